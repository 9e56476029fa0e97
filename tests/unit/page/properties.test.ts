// @vitest-environment jsdom
/**
 * Properties over generated DOM trees: whatever the page looks like,
 * highlighting never changes its text, undo restores it exactly, doing it
 * twice equals doing it once, and both renderers find the same mentions.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeHighlights, removeFakeHighlights, summary, syncEngine } from './support';

/** Words that form aliases, near-misses and punctuation, so matches cross element edges. */
const WORDS = [
  'Zelensky', 'Zelenskyy’s', 'NATO', 'EU', 'eu', 'Merz', 'Merzig', 'Witkoff', 'Kushner', 'Companies',
  'Coalition', 'of', 'the', 'Willing', 'Article', '5-like', '5', '50', ' ', ' ', ', ', '. ', '“', '”',
];
const INLINE = ['span', 'em', 'b', 'a'];
const BLOCK = ['p', 'div', 'li', 'h2'];
const SKIPPED = ['code', 'textarea', 'pre'];

type Tree = string;
/** Mostly spaced words, sometimes glued, so word boundaries get exercised both ways. */
const text: fc.Arbitrary<Tree> = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '', '\u00a0')), { minLength: 1, maxLength: 6 })
  .map((w) => w.map(([word, sep]) => word + sep).join(''));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED), fc.array(tie('tree'), { maxLength: 4 })).map(
      ([tag, kids]) => (tag === 'textarea' ? `<textarea>${kids.length}</textarea>` : `<${tag}>${kids.join('')}</${tag}>`),
    ),
  ),
}));
const page = fc.array(tree, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

function highlight(html: string, renderer: 'overlay' | 'inline') {
  document.body.innerHTML = html;
  const { engine } = syncEngine(renderer);
  engine.start();
  return engine;
}

describe('engine properties', () => {
  it('inline: text unchanged while highlighted, outerHTML restored after', () => {
    fc.assert(
      fc.property(page, (html) => {
        document.body.innerHTML = html;
        const before = document.body.outerHTML;
        const textBefore = document.body.textContent;
        const engine = highlight(html, 'inline');
        expect(document.body.textContent).toBe(textBefore);
        engine.stop();
        expect(document.body.outerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('overlay: the DOM is never touched', () => {
    installFakeHighlights();
    fc.assert(
      fc.property(page, (html) => {
        document.body.innerHTML = html;
        const before = document.body.outerHTML;
        const engine = highlight(html, 'overlay');
        expect(document.body.outerHTML).toBe(before);
        engine.stop();
      }),
      { numRuns: 150 },
    );
  });

  it('highlighting twice equals highlighting once', () => {
    fc.assert(
      fc.property(page, (html) => {
        const engine = highlight(html, 'inline');
        const once = { html: document.body.outerHTML, mentions: summary(engine.mentions()) };
        engine.start(); // already running: no second pass
        expect(document.body.outerHTML).toBe(once.html);
        engine.setOptions({}); // full rescan over the already highlighted page
        expect(summary(engine.mentions())).toEqual(once.mentions);
        expect(document.body.outerHTML).toBe(once.html);
        engine.stop();
      }),
      { numRuns: 100 },
    );
  });

  it('overlay and inline find the same mentions', () => {
    let total = 0;
    fc.assert(
      fc.property(page, (html) => {
        installFakeHighlights();
        const overlay = highlight(html, 'overlay');
        const viaOverlay = summary(overlay.mentions());
        overlay.stop();
        removeFakeHighlights();
        const inline = highlight(html, 'inline');
        expect(summary(inline.mentions())).toEqual(viaOverlay);
        // Each inline mention's marks hold exactly its text.
        for (const m of inline.mentions()) expect(m.range.toString()).toBe(m.text);
        total += viaOverlay.length;
        inline.stop();
      }),
      { numRuns: 150 },
    );
    // The generator must actually produce mentions for the comparison to mean anything.
    expect(total).toBeGreaterThan(150);
  });
});
