/**
 * The every-page gate: can this page's text hold anything Backstory would
 * show? Most pages a reader opens are not about the story. For them the
 * content script reads the text once with this check and builds nothing
 * else: no matcher, no engine, no panel.
 *
 * Each alias is represented by its words, folded like the matcher folds
 * (fold.ts): a one-word alias by its word, a longer one by each pair of
 * consecutive words. Any match of the alias on a page holds those words as
 * whole, consecutive words of the page's text, because alias words and page
 * words both end at non-word characters. Only the alias's last word may run
 * longer on the page: a stem takes an ending, any name a genitive "s". So
 * the check never misses a page the matcher would highlight. It may let
 * through a page the matcher then finds nothing on, which only costs that
 * page the full scan.
 *
 * A page can show something only if it names an entity that is not
 * everyday news, or names enough everyday ones, an anchor among them, to
 * reach the topic threshold. Off topic, everyday entities stay dark
 * (relevance.ts). That rule is checked with each entity's highest possible
 * points.
 *
 * Pure: no DOM, no browser.*.
 */
import { MAX_ENDING_LENGTH } from './endings';
import { foldChar } from './fold';
import type { MatcherAlias } from './types';

/** What a page word may add after the alias word it stands for. */
const EXACT = 0;
/** A genitive "s" (an alias's last word). */
const GENITIVE = 1;
/** An inflection ending (a stem alias's last word), or a genitive "s". */
const ENDING = 2;

/** The alias can show a page's text (not ambiguous: ambiguous aliases only add to the score). */
const SHOWS = 1;

export interface SentinelData {
  threshold: number;
  entities: string[];
  /** Per entity: the most a page can score for it (weight × closeness bonus). */
  points: number[];
  /** Indices into `entities`. */
  everyday: number[];
  anchors: number[];
  /**
   * Per alias: [entity index, SHOWS or 0, tail of its last word (EXACT, GENITIVE, ENDING),
   * ...the hashes of its folded words] (hashed at build time: the page only reads numbers).
   */
  aliases: Array<[entity: number, flags: number, tail: number, ...words: number[]]>;
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
/** Words per alias the check keeps track of (a bit each); longer aliases are checked on their first ones. */
const MAX_WORDS = 31;

/**
 * Words are compared by a 32-bit FNV-1a hash of their folded UTF-16 units, computed as
 * the page is read: no string is made for the thousands of words a page has. Two words
 * with the same hash only let a page through: harmless, and rare.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const hashOf = (word: string) => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
};
/** One hash for a pair of consecutive words. */
const pairHash = (first: number, second: number) => Math.imul(first ^ 0x9e3779b9, FNV_PRIME) ^ second;
/** The alias's distinct words, folded like the matcher folds. */
function aliasWords(text: string): string[] {
  const folded = [...text.trim()].map((ch) => (/\s/u.test(ch) ? ' ' : foldChar(ch))).join('');
  return folded.match(WORD_RUN) ?? [];
}

/** Build time: the check's data from the pack's aliases and relevance model. */
export function sentinelData(
  aliases: readonly MatcherAlias[],
  everydayIds: ReadonlySet<string>,
  relevance: { threshold: number; closeFactor: number; anchors: readonly string[]; weights: Readonly<Record<string, number>> },
): SentinelData {
  const entities = [...new Set(aliases.map((a) => a.entityId))].sort();
  const index = new Map(entities.map((id, i) => [id, i]));
  const rows = new Map<string, SentinelData['aliases'][number]>();
  for (const alias of aliases) {
    const words = aliasWords(alias.text);
    if (!words.length) continue;
    const row: SentinelData['aliases'][number] = [index.get(alias.entityId)!, alias.ambiguous ? 0 : SHOWS, alias.endings ? ENDING : GENITIVE, ...words.map(hashOf)];
    rows.set(JSON.stringify(row), row);
  }
  return {
    threshold: relevance.threshold,
    entities,
    points: entities.map((id) => (relevance.weights[id] ?? 0) * Math.max(1, relevance.closeFactor)),
    everyday: entities.flatMap((id, i) => (everydayIds.has(id) ? [i] : [])),
    anchors: entities.flatMap((id, i) => (relevance.anchors.includes(id) ? [i] : [])),
    aliases: [...rows.values()],
  };
}

export interface Sentinel {
  /**
   * Reads the next piece of the page's text (text nodes in document order:
   * a word may continue from one piece into the next). True once the page
   * may hold something to show; from then on the caller can stop reading.
   */
  read(text: string): boolean;
  /** Ends the current word (the end of the page, or of a rescanned subtree). */
  flush(): boolean;
  readonly triggered: boolean;
}

const isWordRe = /[\p{L}\p{N}\p{M}]/u;

/** Where a unit of the page counts for an alias: [alias index, its bit]. */
type Slot = [alias: number, bit: number];

/** Prefix hashes kept per word: longer words are no alias's last word plus an ending. */
const MAX_TRACKED_LENGTH = 48;

/**
 * Units per alias: its word if it has one, else each pair of consecutive words. In a
 * match, consecutive alias words are consecutive words of the page (only spaces, dashes
 * and quotes lie between them), so pairs tell "Article 5-like" from a page that has
 * "article", "5" and "like" apart.
 */
function aliasUnits(words: readonly number[]): number[] {
  if (words.length === 1) return [words[0]!];
  const units: number[] = [];
  for (let i = 1; i < words.length && units.length < MAX_WORDS; i++) units.push(pairHash(words[i - 1]!, words[i]!));
  return units;
}

export function createSentinel(data: SentinelData): Sentinel {
  // Units by what the page may add after their last word.
  const byTail = [new Map<number, Slot[]>(), new Map<number, Slot[]>(), new Map<number, Slot[]>()] as const;
  const full = new Uint32Array(data.aliases.length);
  // Quick rejects: most words of a page are no alias word and cannot end one either.
  const vocabulary = new Set<number>();
  const tailWords = new Set<number>();
  data.aliases.forEach(([, , tail, ...words], a) => {
    const hashes = words;
    for (const h of hashes) vocabulary.add(h);
    tailWords.add(hashes[hashes.length - 1]!);
    const units = aliasUnits(hashes);
    units.forEach((unit, i) => {
      // The unit holding the alias's last word takes its tail; pairs before it are whole.
      const kind = i === units.length - 1 && units.length === Math.max(1, words.length - 1) ? tail : EXACT;
      const bit = 1 << i;
      full[a]! |= bit;
      const map = byTail[kind as 0 | 1 | 2];
      const slots = map.get(unit);
      if (slots) slots.push([a, bit]);
      else map.set(unit, [[a, bit]]);
    });
  });
  const seen = new Uint32Array(data.aliases.length);
  const everyday = new Set(data.everyday);
  const anchors = new Set(data.anchors);
  const scored = new Set<number>();
  const unitsRead = new Set<number>();
  let points = 0;
  let triggered = false;

  /** Every unit of alias `a` is on the page: it may match. */
  const aliasFound = (a: number): boolean => {
    const [entity, flags] = data.aliases[a]!;
    if (flags & SHOWS && !everyday.has(entity)) return (triggered = true);
    // Everyday entities stay dark off topic, ambiguous aliases always: only the score can
    // still make the page on topic, and it needs an anchor.
    if (!scored.has(entity)) {
      scored.add(entity);
      points += data.points[entity] ?? 0;
    }
    if (points >= data.threshold && [...scored].some((e) => anchors.has(e))) triggered = true;
    return triggered;
  };

  const mark = (slots: Slot[] | undefined): boolean => {
    if (!slots) return false;
    for (const [a, bit] of slots) {
      if (seen[a]! & bit) continue;
      seen[a]! |= bit;
      if (seen[a] === full[a] && aliasFound(a)) return true;
    }
    return false;
  };

  /** A unit of the page, whole (`trimmed` false) or with a genitive "s" or an ending taken off. */
  const check = (unit: number, trimmed: boolean): boolean => {
    const key = trimmed ? unit ^ 0x5bd1e995 : unit;
    if (unitsRead.has(key)) return false;
    unitsRead.add(key);
    if (!trimmed && mark(byTail[EXACT].get(unit))) return true;
    return mark(byTail[GENITIVE].get(unit)) || mark(byTail[ENDING].get(unit));
  };

  // The word being read: its hash, its length, and the hash of each of its prefixes (only
  // the last few are looked up, once the word ends: not a Set lookup per character).
  let hash = FNV_OFFSET;
  let length = 0;
  const prefixes = new Int32Array(MAX_TRACKED_LENGTH + 1);
  /** The previous page word's hash, when it was an alias word (a pair can start there). */
  let previous: number | null = null;

  const endWord = (): boolean => {
    if (length === 0) return triggered;
    const h = hash;
    const len = length;
    hash = FNV_OFFSET;
    length = 0;
    const prev = previous;
    previous = null;
    let hit = false;
    if (vocabulary.has(h)) {
      previous = h;
      hit = check(h, false) || (prev !== null && check(pairHash(prev, h), false));
    }
    // The page's word may be an alias's last word plus a genitive "s" or an ending.
    for (let extra = 1; !hit && extra <= MAX_ENDING_LENGTH + 1 && extra < len; extra++) {
      const at = len - extra;
      if (at > MAX_TRACKED_LENGTH) continue;
      const stem = prefixes[at]!;
      if (!tailWords.has(stem)) continue;
      hit = check(stem, true) || (prev !== null && check(pairHash(prev, stem), true));
    }
    return hit || triggered;
  };

  // Per BMP code unit, its folded form as one unit; 0 = not a word character, 0xffff = not
  // yet known. Word characters whose fold is longer keep their own code (rare: "İ").
  const folds = new Uint16Array(0x10000).fill(0xffff);
  for (let c = 0; c < 128; c++) folds[c] = c >= 48 && c <= 57 ? c : c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : 0;
  const foldSlow = (c: number): number => {
    const ch = String.fromCharCode(c);
    // Surrogates count as word characters, so an astral letter never splits a word.
    const isWord = (c >= 0xd800 && c <= 0xdfff) || isWordRe.test(ch);
    const folded = isWord ? foldChar(ch) : '';
    return (folds[c] = !isWord ? 0 : folded.length === 1 ? folded.charCodeAt(0) : c);
  };

  return {
    read(text) {
      if (triggered) return true;
      // The one loop every page runs over all its text: table reads and arithmetic only.
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        let f = folds[c]!;
        if (f === 0xffff) f = foldSlow(c);
        if (f === 0) {
          if (length > 0 && endWord()) return true;
          continue;
        }
        hash = Math.imul(hash ^ f, FNV_PRIME);
        if (++length <= MAX_TRACKED_LENGTH) prefixes[length] = hash;
      }
      return triggered;
    },
    flush: endWord,
    get triggered() {
      return triggered;
    },
  };
}
