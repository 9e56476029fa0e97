/**
 * What the matcher asks of each character, answered once per distinct
 * character code of the page (pages use a few hundred) and then read from a
 * table: a word character? whitespace? a digit? can an alias start with it?
 * And the character's folded form (fold.ts) as one UTF-16 unit, when it is one.
 *
 * The tables are public so the hot loops (prefilter.ts, matcher.ts) read
 * them inline: the content script runs cold on every page, and a function
 * call per character of the page is what a cold loop pays most for.
 *
 * Pure: no DOM, no browser.*.
 */
import { foldChar } from './fold';

export const KNOWN = 1;
/** Letters, digits and combining marks (`WORD_CHAR`). Must stay FIRST >> 1: `Prefilter.next` tests both at once. */
export const WORD = 2;
export const FIRST = 4;
export const SPACE = 8;
export const NUMBER = 16;

/** `folds[c]` for a character whose folded form is not one UTF-16 unit (or not yet known). */
export const FOLD_OTHER = 0;

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_RE = /^\s$/u;
const NUMBER_RE = /^\p{N}$/u;

export interface CharClasses {
  /**
   * Bit flags per BMP code unit, 0 until first asked: read `table[c] || classes.at(text, i)`.
   * Surrogates always stay 0 (their class depends on the pair).
   */
  readonly table: Uint8Array;
  /** Folded form per BMP code unit, FOLD_OTHER when it is not one unit: fill with `fold`. */
  readonly folds: Uint16Array;
  /** Bit flags for the unit at `i` (a lead surrogate: for its whole code point). */
  at(text: string, i: number): number;
  /** The folded form of the unit at `i` as one unit, or FOLD_OTHER (several units, surrogates). */
  fold(text: string, i: number): number;
}

/** `startsAlias(folded)`: whether some alias key begins with this folded character. */
export function createCharClasses(startsAlias: (folded: string) => boolean): CharClasses {
  const table = new Uint8Array(0x10000);
  const folds = new Uint16Array(0x10000);
  const foldKnown = new Uint8Array(0x10000);
  const classify = (ch: string): number => {
    let k = KNOWN;
    if (WORD_RE.test(ch)) k |= WORD;
    if (SPACE_RE.test(ch)) k |= SPACE;
    if (NUMBER_RE.test(ch)) k |= NUMBER;
    if (!(k & SPACE) && startsAlias(foldChar(ch))) k |= FIRST;
    return k;
  };
  return {
    table,
    folds,
    at(text, i) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(i) ?? c;
        // A lone lead surrogate is no character: nothing starts or continues there.
        return cp > 0xffff ? classify(String.fromCodePoint(cp)) : KNOWN;
      }
      if (c >= 0xdc00 && c <= 0xdfff) return KNOWN;
      return table[c] || (table[c] = classify(text[i]!));
    },
    fold(text, i) {
      const c = text.charCodeAt(i);
      if (foldKnown[c]) return folds[c]!;
      if (c >= 0xd800 && c <= 0xdfff) return FOLD_OTHER;
      const folded = foldChar(text[i]!);
      foldKnown[c] = 1;
      return (folds[c] = folded.length === 1 ? folded.charCodeAt(0) : FOLD_OTHER);
    },
  };
}
