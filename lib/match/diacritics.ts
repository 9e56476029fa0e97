/**
 * Latin diacritics, which the matcher treats as optional on the page.
 *
 * Pure: no DOM, no browser.*.
 */

/** Latin letters (Latin-1 Supplement to Latin Extended-B) that decompose into a base letter + marks. */
const LATIN_WITH_MARKS = /[\u00C0-\u024F]/;
const MARKS = /\p{M}+/gu;

/**
 * "é" → "e", "ü" → "u"; other characters unchanged. Only Latin letters: in
 * Cyrillic "й" and "ї" are letters of their own, not "и" and "і" with marks.
 */
export function stripLatinDiacritic(ch: string): string {
  if (!LATIN_WITH_MARKS.test(ch)) return ch;
  const bare = ch.normalize('NFD').replace(MARKS, '');
  return bare.length === 1 ? bare : ch;
}
