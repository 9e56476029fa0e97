/**
 * What the matcher asks of each character, answered once per distinct
 * character code of the page (pages use a few hundred) and then read from a
 * table: a word character? whitespace? a digit? can an alias start with it?
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

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_RE = /^\s$/u;
const NUMBER_RE = /^\p{N}$/u;

export interface CharClasses {
  /** Bit flags for the UTF-16 unit at `i` (a lead surrogate: for its whole code point). */
  at(text: string, i: number): number;
}

/** `startsAlias(folded)`: whether some alias key begins with this folded character. */
export function createCharClasses(startsAlias: (folded: string) => boolean): CharClasses {
  const table = new Uint8Array(0x10000);
  const classify = (ch: string): number => {
    let k = KNOWN;
    if (WORD_RE.test(ch)) k |= WORD;
    if (SPACE_RE.test(ch)) k |= SPACE;
    if (NUMBER_RE.test(ch)) k |= NUMBER;
    if (!(k & SPACE) && startsAlias(foldChar(ch))) k |= FIRST;
    return k;
  };
  return {
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
  };
}
