/**
 * Where in a text a match can start: at a character some alias key begins
 * with, with no word character before it. A plain loop over char codes with
 * one table read each (char-classes.ts), so text that holds no such start
 * costs one read and nothing else. Extra candidates are harmless: the key
 * walk and the start-boundary check in matcher.ts decide.
 *
 * Pure: no DOM, no browser.*.
 */
import { FIRST, type CharClasses } from './char-classes';

export interface Prefilter {
  /** The first candidate start at or after `from`, or -1. */
  next(text: string, from: number): number;
}

export function createPrefilter(classes: CharClasses, empty: boolean): Prefilter {
  if (empty) return { next: () => -1 };
  const { table } = classes;
  return {
    next(text, from) {
      const n = text.length;
      let prev = from > 0 ? classes.at(text, from - 1) : 0;
      // A trail surrogate before `from`: look at the whole pair.
      if (from > 1 && (text.charCodeAt(from - 1) & 0xfc00) === 0xdc00) prev = classes.at(text, from - 2);
      for (let i = from; i < n; i++) {
        const c = text.charCodeAt(i);
        const k = table[c] || classes.at(text, i);
        // WORD << 1 === FIRST: one test for "can start an alias, and no word character before".
        if ((k & ~(prev << 1)) & FIRST) return i;
        prev = k;
        // A surrogate pair is one character: its trail unit is no start.
        if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      }
      return -1;
    },
  };
}
