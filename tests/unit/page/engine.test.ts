// @vitest-environment jsdom
import { createInlineRenderer } from '../../../page/renderers/inline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { createEngine } from '../../../page/engine';
import { installKeyboard } from '../../../page/keyboard';
import { ALIASES, installFakeHighlights, KINDS, RELEVANCE, removeFakeHighlights, summary, syncEngine } from './support';

const ON_TOPIC = `
  <h1>Zelensky meets Witkoff and Kushner</h1>
  <p>NATO and the EU back a “Coalition of the <em>Willing</em>”; Merz agreed.</p>
  <p>Talks on Article 5-like guarantees; Article 5 itself is untouched.</p>
  <p>Kushner Companies is not Kushner.</p>
  <textarea>NATO</textarea><pre>Zelensky</pre><div contenteditable><p>NATO</p></div>`;

const OFF_TOPIC = '<p>Article 5 of the GDPR: Merz, a data officer, and NATO.</p>';

let registry: Map<string, Set<AbstractRange>>;
beforeEach(() => {
  registry = installFakeHighlights();
});
afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const EXPECTED_ON_TOPIC = [
  'zelensky:Zelensky', 'witkoff:Witkoff', 'kushner:Kushner', 'nato:NATO', 'eu:EU',
  'coalition:Coalition of the Willing', 'merz:Merz', 'article-5-like:Article 5-like', 'article-5:Article 5',
  'kushner:Kushner',
];

describe.each(['overlay', 'inline'] as const)('engine (%s)', (renderer) => {
  it('finds mentions across inline elements, skipping forms, editors and code', () => {
    document.body.innerHTML = ON_TOPIC;
    const { engine, last } = syncEngine(renderer);
    engine.start();
    expect(summary(engine.mentions())).toEqual(EXPECTED_ON_TOPIC);
    expect(last()).toMatchObject({ mentions: 10, topic: true, renderer, pass: 'full' });
    expect(last()?.entities).toMatchObject({ kushner: 2, nato: 1 });
    expect(last()?.found).toContainEqual(['coalition', 'Coalition of the Willing', 1]);
    engine.stop();
  });

  it('hides ambiguous aliases off topic', () => {
    document.body.innerHTML = OFF_TOPIC;
    const { engine, last } = syncEngine(renderer);
    engine.start();
    expect(summary(engine.mentions())).toEqual(['nato:NATO']);
    expect(last()?.topic).toBe(false);
    engine.stop();
  });

  it('restores the page exactly on stop', () => {
    document.body.innerHTML = ON_TOPIC;
    const before = document.body.outerHTML;
    const { engine } = syncEngine(renderer);
    engine.start();
    engine.stop();
    expect(document.body.outerHTML).toBe(before);
    expect(engine.mentions()).toEqual([]);
  });

  it('moves to next and previous mentions, wrapping around', () => {
    document.body.innerHTML = '<p>NATO, EU and Zelensky</p>';
    const { engine } = syncEngine(renderer);
    engine.start();
    const first = engine.next();
    expect(first?.entityId).toBe('nato');
    expect(engine.next(first ?? undefined)?.entityId).toBe('eu');
    expect(engine.next(first ?? undefined, -1)?.entityId).toBe('zelensky');
    engine.stop();
  });

  it('filters kinds and rescans on setOptions', () => {
    document.body.innerHTML = ON_TOPIC;
    const { engine } = syncEngine(renderer);
    engine.start();
    engine.setOptions({ enabledKinds: new Set(['organisation']) });
    expect(Object.keys(engine.counts()).sort()).toEqual(['coalition', 'eu', 'nato']);
    engine.stop();
  });

  it('highlights new paragraphs added later, and ignores its own changes', async () => {
    document.body.innerHTML = '<main><p>Zelensky</p></main>';
    const reports: number[] = [];
    const engine = createEngine({ createInline: createInlineRenderer,
      matcher: compileMatcher(ALIASES), kinds: KINDS, relevance: RELEVANCE, renderer, onScan: (r) => reports.push(r.mentions),
    });
    engine.start();
    await waitFor(() => reports.length === 1);
    // Off topic, a bare surname stays dark (other people share it).
    expect(summary(engine.mentions())).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'NATO and Witkoff';
    document.querySelector('main')!.append(p);
    await waitFor(() => reports.length === 2);
    expect(summary(engine.mentions())).toEqual(['zelensky:Zelensky', 'nato:NATO', 'witkoff:Witkoff']);
    p.textContent = 'nothing';
    await waitFor(() => reports.length === 3);
    // Off topic again: the new paragraph's mentions are gone and the surname is dark again.
    expect(summary(engine.mentions())).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(reports).toHaveLength(3);
    engine.stop();
  });
});

describe('overlay renderer', () => {
  it('registers one highlight per kind and leaves the DOM alone', () => {
    document.body.innerHTML = ON_TOPIC;
    const before = document.body.outerHTML;
    const { engine } = syncEngine('overlay');
    engine.start();
    expect(document.body.outerHTML).toBe(before);
    expect(registry.get('backstory-person')?.size).toBe(5);
    expect(registry.get('backstory-organisation')?.size).toBe(3);
    engine.stop();
    expect(registry.size).toBe(0);
    expect(document.head.querySelector('style[data-backstory-ui]')).toBeNull();
  });

  it('falls back to inline without CSS.highlights', () => {
    removeFakeHighlights();
    document.body.innerHTML = '<p>NATO</p>';
    const { engine, last } = syncEngine('overlay');
    engine.start();
    expect(last()?.renderer).toBe('inline');
    expect(document.querySelector('mark[data-backstory="nato"]')?.className).toBe('backstory-mark backstory-organisation');
    engine.stop();
  });
});

describe('keyboard', () => {
  it('Alt+Shift+ArrowDown activates the next mention, Escape closes', () => {
    document.body.innerHTML = '<p>NATO and EU</p>';
    const { engine } = syncEngine('inline');
    engine.start();
    const activated: string[] = [];
    let escaped = 0;
    const off = installKeyboard(engine, { onActivate: (m) => activated.push(m.entityId), onEscape: () => escaped++ });
    const key = (init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    key({ key: 'ArrowDown', altKey: true, shiftKey: true });
    key({ key: 'ArrowDown', altKey: true, shiftKey: true });
    key({ key: 'ArrowUp', altKey: true, shiftKey: true });
    key({ key: 'ArrowDown' });
    key({ key: 'Escape' });
    expect(activated).toEqual(['nato', 'eu', 'nato']);
    expect(escaped).toBe(1);
    off();
    engine.stop();
  });
});

async function waitFor(ok: () => boolean, ms = 3000): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('inline topic flips', () => {
  it('hides ambiguous marks when the page goes off topic and shows them again', async () => {
    document.body.innerHTML = '<main><p>Merz spoke.</p><p id="x">Zelensky, Witkoff and NATO.</p></main>';
    const reports: boolean[] = [];
    const engine = createEngine({ createInline: createInlineRenderer, matcher: compileMatcher(ALIASES), kinds: KINDS, relevance: RELEVANCE, renderer: 'inline', onScan: (r) => reports.push(r.topic) });
    engine.start();
    await waitFor(() => reports.length === 1);
    expect(summary(engine.mentions())[0]).toBe('merz:Merz');
    const x = document.getElementById('x')!;
    const saved = x.innerHTML;
    x.textContent = 'nothing here';
    await waitFor(() => reports.length === 2);
    expect(reports[1]).toBe(false);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    x.innerHTML = saved.replace(/<mark[^>]*>|<\/mark>/g, '');
    await waitFor(() => reports.length === 3);
    expect(summary(engine.mentions())).toEqual(['merz:Merz', 'zelensky:Zelensky', 'witkoff:Witkoff', 'nato:NATO']);
    expect(document.querySelector('mark[data-backstory="merz"]')?.textContent).toBe('Merz');
    engine.stop();
    expect(document.body.innerHTML).toBe('<main><p>Merz spoke.</p><p id="x">Zelensky, Witkoff and NATO.</p></main>');
  });
});

describe('document order after incremental scans', () => {
  it.each(['overlay', 'inline'] as const)('%s: a paragraph inserted at the top comes first', async (renderer) => {
    installFakeHighlights();
    document.body.innerHTML = '<main><p>Zelensky</p><p>NATO</p></main>';
    const reports: number[] = [];
    const engine = createEngine({ createInline: createInlineRenderer, matcher: compileMatcher(ALIASES), kinds: KINDS, relevance: RELEVANCE, renderer, onScan: (r) => reports.push(r.mentions) });
    engine.start();
    await waitFor(() => reports.length === 1);
    const p = document.createElement('p');
    p.textContent = 'Witkoff';
    document.querySelector('main')!.prepend(p);
    const q = document.createElement('p');
    q.textContent = 'EU';
    document.querySelector('main')!.children[1]!.after(q);
    await waitFor(() => reports.length === 2);
    expect(summary(engine.mentions())).toEqual(['witkoff:Witkoff', 'zelensky:Zelensky', 'eu:EU', 'nato:NATO']);
    engine.stop();
  });
});
