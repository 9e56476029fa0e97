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
  /** Per alias: [entity index, SHOWS or 0, tail of its last word (EXACT, GENITIVE, ENDING), ...its folded words]. */
  aliases: Array<[entity: number, flags: number, tail: number, ...words: string[]]>;
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
/** Words per alias the check keeps track of (a bit each); longer aliases are checked on their first ones. */
const MAX_WORDS = 31;

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
    const row: SentinelData['aliases'][number] = [index.get(alias.entityId)!, alias.ambiguous ? 0 : SHOWS, alias.endings ? ENDING : GENITIVE, ...words];
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

/** Where a word (or a pair of words) of the page counts for an alias: [alias index, its bit]. */
type Slot = [alias: number, bit: number];

/** Joins two words into one key: not a word character, so no word contains it. */
const PAIR = '\u0001';

/**
 * Units per alias: its word if it has one, else each pair of consecutive words. In a
 * match, consecutive alias words are consecutive words of the page (only spaces, dashes
 * and quotes lie between them), so pairs tell "Article 5-like" from a page that has
 * "article", "5" and "like" apart.
 */
function aliasUnits(words: readonly string[]): string[] {
  if (words.length === 1) return [words[0]!];
  const units: string[] = [];
  for (let i = 1; i < words.length && units.length < MAX_WORDS; i++) units.push(words[i - 1] + PAIR + words[i]);
  return units;
}

export function createSentinel(data: SentinelData): Sentinel {
  // Units by what the page may add after their last word: a page word is looked up whole,
  // then without its last characters (a genitive "s", an ending).
  const byTail = [new Map<string, Slot[]>(), new Map<string, Slot[]>(), new Map<string, Slot[]>()] as const;
  const full = new Uint32Array(data.aliases.length);
  data.aliases.forEach(([, , tail, ...words], a) => {
    const units = aliasUnits(words);
    units.forEach((unit, i) => {
      // Pairs ending before the alias's last word are whole; units cut short are exact too.
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
  const unitsRead = new Set<string>();
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

  /** A unit read from the page: whole, then with a genitive "s" or an ending taken off. */
  const check = (unit: string): boolean => {
    if (unitsRead.has(unit)) return false;
    unitsRead.add(unit);
    if (mark(byTail[EXACT].get(unit)) || mark(byTail[GENITIVE].get(unit)) || mark(byTail[ENDING].get(unit))) return true;
    const last = unit.charCodeAt(unit.length - 1);
    if (last === 115 && mark(byTail[GENITIVE].get(unit.slice(0, -1)))) return true;
    const start = unit.lastIndexOf(PAIR) + 2;
    for (let k = 1; k <= MAX_ENDING_LENGTH + 1 && unit.length - k >= start; k++) {
      if (mark(byTail[ENDING].get(unit.slice(0, unit.length - k)))) return true;
    }
    return false;
  };

  let previous = '';
  const checkWord = (word: string): boolean => {
    const pair = previous ? previous + PAIR + word : '';
    previous = word;
    return check(word) || (pair !== '' && check(pair));
  };

  // Per character code: 0 unknown, 1 not a word character, otherwise its folded form.
  const folds = new Map<number, string | null>();
  const foldAt = (code: number): string | null => {
    if (code < 128) {
      if (code >= 97 && code <= 122) return String.fromCharCode(code);
      if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
      if (code >= 48 && code <= 57) return String.fromCharCode(code);
      return null;
    }
    let f = folds.get(code);
    if (f === undefined) {
      const ch = String.fromCharCode(code);
      // Surrogates: both halves count as word characters, so an astral letter never splits a word.
      f = (code >= 0xd800 && code <= 0xdfff) || isWordRe.test(ch) ? foldChar(ch) : null;
      folds.set(code, f);
    }
    return f;
  };

  let word = '';
  const flush = (): boolean => {
    if (!word) return triggered;
    const w = word;
    word = '';
    return checkWord(w);
  };

  return {
    read(text) {
      if (triggered) return true;
      for (let i = 0; i < text.length; i++) {
        const f = foldAt(text.charCodeAt(i));
        if (f !== null) word += f;
        else if (word && flush()) return true;
      }
      return triggered;
    },
    flush,
    get triggered() {
      return triggered;
    },
  };
}
