/**
 * Where in a text a match can start, found without the combined RegExp.
 *
 * Running the case-insensitive, Unicode alternation of every alias at every
 * character cost about 25 ns a character in V8, several times the cost of
 * reading the page. A match can only start at a word start whose first two
 * characters begin some alias, so a plain loop over char codes with two
 * cached lookups finds those places and the RegExp runs (sticky) only
 * there.
 *
 * The filter must never drop a real start: every answer is computed from the
 * aliases' own regex fragments with the same `iu` flags, once per distinct
 * character (or three-character key) the page contains, and astral
 * characters are always let through (a start is never inside a surrogate
 * pair). Extra candidates are harmless: the RegExp and the start-boundary
 * check in matcher.ts still decide.
 *
 * Pure: no DOM, no browser.*.
 */
import { expandEndings, WORD_CHAR, type Token } from './normalize';

export interface Prefilter {
  /** The first candidate start at or after `from`, or -1. */
  next(text: string, from: number): number;
}

/** Character classes, filled lazily per code: bit flags, 0 = not yet known. */
const KNOWN = 1;
const WORD = 2;
/** Must stay WORD << 1: `next` tests both bits at once. */
const FIRST = 4;
/** Characters of the page tested as a key: enough to tell "ceasefire" from "Cecilia". */
const KEY_CHARS = 3;

const CACHE_BITS = 14;
const CACHE_SLOTS = 1 << CACHE_BITS;

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * The aliases' first KEY_CHARS tokens as one anchored pattern for a
 * KEY_CHARS-character window. A space token may match a longer whitespace run,
 * so a key stops after it and accepts whatever follows; so does a shorter alias.
 */
function keySource(tokens: Token[]): string {
  let out = '';
  let n = 0;
  for (const token of tokens) {
    out += token.source;
    if (++n === KEY_CHARS) return out;
    if (token.kind === 'space' || token.kind === 'ending') break;
  }
  return `${out}[^]*`;
}

/** The patterns a prefilter is built from: JSON, so the build can make them (see MatcherTables). */
export interface PrefilterSources {
  /** Anchored alternation of the aliases' first tokens, or null when there are no aliases. */
  first: string | null;
  /** Anchored alternation of the aliases' first KEY_CHARS tokens. */
  key: string;
}

/** `tokenLists`: every alias as tokens (normalize.ts). */
export function prefilterSources(tokenLists: Token[][]): PrefilterSources {
  const firsts = new Set<string>();
  const keys = new Set<string>();
  for (const tokens of tokenLists) {
    const a = tokens[0];
    if (!a) continue;
    firsts.add(a.source);
    keys.add(keySource(tokens));
  }
  return {
    first: firsts.size ? `^(?:${[...firsts].join('|')})$` : null,
    key: `^(?:${[...keys].join('|')})$`,
  };
}

export function compilePrefilter(tokenLists: Token[][]): Prefilter {
  return prefilterFromSources(prefilterSources(tokenLists));
}

export function prefilterFromSources(sources: PrefilterSources): Prefilter {
  if (sources.first === null) return { next: () => -1 };
  const firstRe = new RegExp(sources.first, 'iu');
  const keyRe = new RegExp(expandEndings(sources.key), 'iu');
  const wordRe = new RegExp(`^${WORD_CHAR}$`, 'u');

  // Pages use few distinct characters and keys, so each is tested once.
  const classes = new Uint8Array(0x10000);
  // Keys seen, direct-mapped by hash: a miss only costs one more RegExp test.
  const slotHigh = new Int32Array(CACHE_SLOTS).fill(-1);
  const slotLow = new Int32Array(CACHE_SLOTS);
  const slotOk = new Uint8Array(CACHE_SLOTS);

  const classify = (c: number): number => {
    const ch = String.fromCharCode(c);
    // A lead surrogate may begin an astral letter or alias character: let it through, the
    // exact checks come later. A match never starts on a trail surrogate.
    if (c >= 0xd800 && c <= 0xdbff) return KNOWN | FIRST;
    if (isSurrogate(c)) return KNOWN;
    return KNOWN | (wordRe.test(ch) ? WORD : 0) | (firstRe.test(ch) ? FIRST : 0);
  };

  const keyAt = (text: string, i: number): boolean => {
    const len = Math.min(text.length - i, KEY_CHARS);
    const c0 = text.charCodeAt(i);
    const c1 = len > 1 ? text.charCodeAt(i + 1) : 0;
    const c2 = len > 2 ? text.charCodeAt(i + 2) : 0;
    if (isSurrogate(c1) || isSurrogate(c2)) return true;
    const high = (c0 << 16) | c1;
    const low = (c2 << 2) | len;
    const slot = (Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca6b)) >>> (32 - CACHE_BITS);
    if (slotHigh[slot] !== high || slotLow[slot] !== low) {
      slotHigh[slot] = high;
      slotLow[slot] = low;
      slotOk[slot] = keyRe.test(text.slice(i, i + len)) ? 1 : 0;
    }
    return slotOk[slot] === 1;
  };

  return {
    next(text, from) {
      const n = text.length;
      let prev = 0;
      if (from > 0) {
        const c = text.charCodeAt(from - 1);
        prev = classes[c] || (classes[c] = classify(c));
      }
      for (let i = from; i < n; i++) {
        const c = text.charCodeAt(i);
        const k = classes[c] || (classes[c] = classify(c));
        // A match starts only at a possible first character with no word character (BMP)
        // before it. WORD << 1 === FIRST, so this is one test: two separate ones cost a
        // branch the CPU mispredicts at most letters (about a fifth of the loop's time).
        if ((k & ~(prev << 1)) & FIRST && keyAt(text, i)) return i;
        prev = k;
      }
      return -1;
    },
  };
}
