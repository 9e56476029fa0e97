// @vitest-environment jsdom
/**
 * Fuzzing with fast-check: the real pack's matcher over random Unicode text
 * (lone surrogates, combining marks, right-to-left, NUL and alias words mixed
 * in), and the scanner + both renderers over random DOM trees of such text.
 * Nothing throws, no text changes, undo restores, doing it twice equals doing
 * it once. Stored settings of any shape parse to valid settings.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { matcherFromTables, type MatcherTables } from '../../../lib/match/matcher';
import { parseSettings } from '../../../lib/settings';
import { installFakeHighlights, removeFakeHighlights, syncEngine } from '../page/support';

const tables = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/compiled/matcher.json'), 'utf8')) as MatcherTables;
const real = matcherFromTables(tables);

/** Alias words and troublesome characters, so random text still meets the matcher's hard paths. */
const PIECES = [
  'Zelensky', 'Зеленського', 'Selenskyjs', 'NATO', 'l’OTAN', 'dell’Ue', 'Witkoff', 'Article 5-like', 'Donbas', 'Merz',
  '\u0000', '\u00ad', '\u200b', '\u200d', '\u2011', '\u00a0', '\u0301', '\u202e', '\ud800', '\udfff', '😀', 'ﬁ', 'İ', 'ß',
];
const unicodeText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...PIECES), fc.constantFrom(' ', '. ', ', ')), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('matcher fuzz (real pack)', () => {
  it('never throws; matches are in order, apart, and are the text they claim; same answer twice', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const first = real.findAll(text);
        let end = 0;
        for (const m of first) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          end = m.end;
        }
        expect(real.findAll(text)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });
});

const INLINE = ['span', 'em', 'b', 'a', 'mark', 'sup'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'td'];
const SKIPPED = ['code', 'pre', 'textarea', 'button'];
const { tree } = fc.letrec<{ tree: Node }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    unicodeText.map((t) => document.createTextNode(t) as Node),
    fc.tuple(fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED), fc.array(tie('tree'), { maxLength: 4 })).map(([tag, kids]) => {
      const el = document.createElement(tag);
      // Adjacent text nodes are kept as they are (no normalising): pages and frameworks make them too.
      for (const kid of kids) el.appendChild(kid.cloneNode(true));
      return el as Node;
    }),
  ),
}));
const page = fc.array(tree, { minLength: 1, maxLength: 5 });

function load(nodes: Node[]): void {
  document.body.replaceChildren(...nodes.map((n) => n.cloneNode(true)));
}

/** Every text node's data in document order: node identity and boundaries, not only the joined text. */
function textNodes(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
}

afterEach(() => {
  removeFakeHighlights();
  document.body.replaceChildren();
});

describe.each(['overlay', 'inline'] as const)('scanner + %s renderer fuzz over random DOM trees', (renderer) => {
  it('never throws, never changes the text, restores the nodes, and is idempotent', () => {
    let painted = 0;
    fc.assert(
      fc.property(page, (nodes) => {
        installFakeHighlights();
        load(nodes);
        const html = document.body.innerHTML;
        const text = document.body.textContent;
        const before = textNodes();
        const once = syncEngine(renderer);
        once.engine.start();
        expect(document.body.textContent).toBe(text);
        const shown = once.last()?.found;
        if (shown?.length) painted++;
        once.engine.stop();
        expect(document.body.innerHTML).toBe(html);
        expect(textNodes()).toEqual(before);
        const twice = syncEngine(renderer);
        twice.engine.start();
        expect(twice.last()?.found).toEqual(shown);
        twice.engine.stop();
        expect(textNodes()).toEqual(before);
        removeFakeHighlights();
      }),
      { numRuns: 150 },
    );
    // The generated pages really exercised the renderer (the test pack's names are in the pieces).
    expect(painted).toBeGreaterThan(10);
  });
});

describe('stored settings fuzz', () => {
  it('any stored value parses to valid settings, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('enabled', 'renderer', 'kinds', 'sites', 'theme', 'hoverDelayMs', 'highlightStyle'), fc.anything())), (raw) => {
        const { settings } = parseSettings(raw);
        expect(parseSettings(settings).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
