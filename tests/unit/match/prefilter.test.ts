import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { tokenize, WORD_CHAR } from '../../../lib/match/normalize';
import { compilePrefilter } from '../../../lib/match/prefilter';

const ALIASES = [
  'Zelenskyy', 'Зеленський', 'Article 5-like', '"Article 5"-like', 'NATO', 'EU', 'Coalition of the Willing',
  '90%', '90 per cent', 'Merz', 'Kushner', 'Berlin', 'Q', 'Qb', 'ſtraße', 'Σίσυφος', '😀 face', 'x😀',
];
const filter = compilePrefilter(ALIASES.map(tokenize));

function candidates(text: string): number[] {
  const out: number[] = [];
  for (let p = filter.next(text, 0); p >= 0; p = filter.next(text, p + 1)) out.push(p);
  return out;
}

describe('prefilter: where a match can start', () => {
  it.each([
    // [text, candidate starts]
    ['Merz met Berlin', [0, 9]],
    ['Merzig', [0]], // the key fits; the matcher's end boundary rejects it later
    ['Emerz', []], // inside a word
    ['about the EU.', [10]],
    ['the eu and Eu', [4, 11]], // case is the matcher's business
    ['Article\u00a05-like', [0]],
    ['Arts Arid', [0]], // "Art" may begin "Article", "Ari" begins nothing
    ['Q', [0]], // a one-letter alias at the end of the text
    ['Qb Qc', [0, 3]],
    ['ЗЕЛЕНСЬКИЙ', [0]],
    ['x😀 and 😀 face', [0, 8]],
    ['STRASSE ſtraße', [0, 8]], // case folding: "ſ" is an "s" to the `iu` RegExp
    ['\u0000NATO\u0000', [1]],
    ['', []],
  ] as const)('%j → %j', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it('finds nothing without aliases', () => {
    expect(compilePrefilter([]).next('anything', 0)).toBe(-1);
  });

  it('never drops a start the combined RegExp would accept', () => {
    const { source } = compileMatcher(ALIASES.map((text) => ({ entityId: text, text, caseSensitive: false, ambiguous: false })));
    const sticky = new RegExp(source, 'iuy');
    const wordBefore = new RegExp(`${WORD_CHAR}$`, 'u');
    const piece = fc.oneof(
      fc.constantFrom(...ALIASES),
      fc.constantFrom(...ALIASES).map((a) => a.toUpperCase()),
      fc.constantFrom(' ', '\u00a0', '\u0000', '-', '\u2011', '"', '“', '.', 'x', 'ſ', 'K', 'ς', '😀', '\ud83d'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const found = new Set(candidates(text));
        for (let p = 0; p < text.length; p++) {
          if (wordBefore.test(text.slice(Math.max(0, p - 2), p))) continue;
          // The second half of a surrogate pair: a `u` RegExp would answer for the whole pair.
          if (/[\udc00-\udfff]/.test(text[p] ?? '') && /[\ud800-\udbff]/.test(text[p - 1] ?? '')) continue;
          sticky.lastIndex = p;
          if (sticky.test(text)) expect(found.has(p), `start ${p} in ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
