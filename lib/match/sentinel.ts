/**
 * The every-page gate: can this page's text hold anything Backstory would
 * show? Most pages a reader opens are not about the story. For them the
 * content script reads the text once with this check and builds nothing
 * else: no matcher, no engine, no panel.
 *
 * Each alias is represented by its longest word, folded like the matcher
 * folds (fold.ts). Any match of the alias on a page contains that word as a
 * whole word of the page's text, because alias words and page words both end
 * at non-word characters. Only the alias's last word may run longer on the
 * page: a stem takes an ending, any name a genitive "s". So the check never
 * misses a page the matcher would highlight. It may let through a page the
 * matcher then finds nothing on, which only costs that page the full scan.
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
/** A genitive "s". */
const GENITIVE = 1;
/** An inflection ending (a stem alias), or a genitive "s". */
const ENDING = 2;

export interface SentinelData {
  threshold: number;
  entities: string[];
  /** Per entity: the most a page can score for it (weight × closeness bonus). */
  points: number[];
  /** Indices into `entities`. */
  everyday: number[];
  anchors: number[];
  /** [folded word, entity index, EXACT | GENITIVE | ENDING]. */
  words: Array<[word: string, entity: number, tail: number]>;
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/** The alias's longest word, folded, and whether it is the alias's last word. */
function keyWord(text: string): { word: string; last: boolean } | null {
  const runs = [...text.trim()].map((ch) => (/\s/u.test(ch) ? ' ' : foldChar(ch))).join('').match(WORD_RUN);
  if (!runs) return null;
  let best = 0;
  for (let i = 1; i < runs.length; i++) if (runs[i]!.length > runs[best]!.length) best = i;
  return { word: runs[best]!, last: best === runs.length - 1 };
}

/** Build time: the check's data from the pack's aliases and relevance model. */
export function sentinelData(
  aliases: readonly MatcherAlias[],
  everydayIds: ReadonlySet<string>,
  relevance: { threshold: number; closeFactor: number; anchors: readonly string[]; weights: Readonly<Record<string, number>> },
): SentinelData {
  const entities = [...new Set(aliases.map((a) => a.entityId))].sort();
  const index = new Map(entities.map((id, i) => [id, i]));
  const words = new Map<string, [string, number, number]>();
  for (const alias of aliases) {
    const key = keyWord(alias.text);
    if (!key) continue;
    const entity = index.get(alias.entityId)!;
    const tail = !key.last ? EXACT : alias.endings ? ENDING : GENITIVE;
    const id = `${key.word}\u0000${entity}`;
    const seen = words.get(id);
    if (!seen || seen[2] < tail) words.set(id, [key.word, entity, tail]);
  }
  return {
    threshold: relevance.threshold,
    entities,
    points: entities.map((id) => (relevance.weights[id] ?? 0) * Math.max(1, relevance.closeFactor)),
    everyday: entities.flatMap((id, i) => (everydayIds.has(id) ? [i] : [])),
    anchors: entities.flatMap((id, i) => (relevance.anchors.includes(id) ? [i] : [])),
    words: [...words.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])),
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

export function createSentinel(data: SentinelData): Sentinel {
  // Words per tail kind: a page word is looked up whole, then without its last 1…n characters.
  const byTail = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()] as const;
  for (const [word, entity, tail] of data.words) {
    const map = byTail[tail as 0 | 1 | 2];
    const list = map.get(word);
    if (list) list.push(entity);
    else map.set(word, [entity]);
  }
  const everyday = new Set(data.everyday);
  const anchors = new Set(data.anchors);
  const seenEveryday = new Set<number>();
  let everydayPoints = 0;
  let triggered = false;

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

  const found = (entities: readonly number[] | undefined): boolean => {
    if (!entities) return false;
    for (const e of entities) {
      if (!everyday.has(e)) return (triggered = true);
      if (seenEveryday.has(e)) continue;
      seenEveryday.add(e);
      everydayPoints += data.points[e] ?? 0;
    }
    if (everydayPoints >= data.threshold && [...seenEveryday].some((e) => anchors.has(e))) triggered = true;
    return triggered;
  };

  const check = (word: string): boolean => {
    if (found(byTail[EXACT].get(word)) || found(byTail[GENITIVE].get(word)) || found(byTail[ENDING].get(word))) return true;
    const last = word.charCodeAt(word.length - 1);
    if ((last === 115 || last === 83) && found(byTail[GENITIVE].get(word.slice(0, -1)))) return true;
    for (let k = 1; k <= MAX_ENDING_LENGTH + 1 && k < word.length; k++) {
      if (found(byTail[ENDING].get(word.slice(0, word.length - k)))) return true;
    }
    return false;
  };

  let word = '';
  const flush = (): boolean => {
    if (!word) return triggered;
    const w = word;
    word = '';
    return check(w);
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
