import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCharClasses } from '../../../lib/match/char-classes';
import { hasPrefix, sortedKeys } from '../../../lib/match/key-index';
import { canonical, WORD_CHAR } from '../../../lib/match/normalize';
import { combinedPattern } from '../../../lib/match/pattern';
import { createPrefilter, type Prefilter } from '../../../lib/match/prefilter';

const ALIASES = [
  'Zelenskyy', 'Зеленський', 'Article 5-like', '"Article 5"-like', 'NATO', 'EU', 'Coalition of the Willing',
  '90%', '90 per cent', 'Merz', 'Kushner', 'Berlin', 'Q', 'Qb', 'ſtraße', 'Σίσυφος', '😀 face', 'x😀',
];
/** The prefilter as the matcher builds it: from the aliases' folded keys. */
function prefilterFor(aliases: string[]): Prefilter {
  const keys = sortedKeys(aliases.map((a) => canonical(a, false)));
  return createPrefilter(createCharClasses((ch) => hasPrefix(keys, ch)), keys.length === 0);
}
const filter = prefilterFor(ALIASES);

function candidates(text: string): number[] {
  const out: number[] = [];
  for (let p = filter.next(text, 0); p >= 0; p = filter.next(text, p + 1)) out.push(p);
  return out;
}

describe('prefilter: where a match can start', () => {
  it.each([
    // [text, candidate starts]
    // Any word start whose first letter begins an alias: "met" may be "Merz", "and" "Article".
    ['Merz met Berlin', [0, 5, 9]],
    ['Merzig', [0]], // the matcher's end boundary rejects it later
    ['Emerz', [0]], // "E" may begin "EU"; the "m" inside the word is no start
    ['about the EU.', [0, 10]],
    ['the eu and Eu', [4, 7, 11]], // case is the matcher's business
    ['then why', []], // no alias begins with "t" or "w": nothing to walk
    ['Article\u00a05-like', [0]],
    ['Arts Arid', [0, 5]], // both may begin "Article": the key walk decides
    ['Q', [0]], // a one-letter alias at the end of the text
    ['Qb Qc', [0, 3]],
    ['ЗЕЛЕНСЬКИЙ', [0]],
    ['x😀 and 😀 face', [0, 4, 8]],
    ['\ud83dZelenskyy', [1]], // a lone surrogate is no character, and no reason to skip the next
    ['STRASSE ſtraße', [0, 8]], // case folding: "ſ" is an "s" to the `iu` RegExp
    ['\u0000NATO\u0000', [1]],
    ['', []],
  ] as const)('%j → %j', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it('finds nothing without aliases', () => {
    expect(prefilterFor([]).next('anything', 0)).toBe(-1);
  });

  it('never drops a start the combined RegExp would accept', () => {
    const sticky = new RegExp(combinedPattern(ALIASES.map((text) => ({ text }))), 'iuy');
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
