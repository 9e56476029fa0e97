/**
 * The every-page gate: can this page's text hold anything Backstory would
 * show? Most pages a reader opens are not about the story. For them the
 * content script reads the text once with this check and builds nothing
 * else: no matcher, no engine, no panel.
 *
 * The work is native: the text is lower-cased, given the matcher's folds
 * for the few letters that need them and stripped of combining marks (one
 * replace that finds nothing on most pages), then one RegExp finds every
 * page word that starts with a key's first word ("witkoff", "nato" of "nato
 * membership", the stem "умеров" of "Умеровым"). Only those words, a few per
 * page, are looked at in script: the key that is the word (or the word with a
 * genitive "s", or a stem with a short ending), or a longer key read from the
 * text that follows, with its separators made one space.
 *
 * Earlier versions made every run of characters no key holds one space over
 * the whole text and put the page's words in a Set. That replace alone cost
 * more than the walk on a long page (a call per word), and the Set hashed
 * every word (docs/decisions/008-what-loads-on-every-page.md).
 *
 * A page can show something only if it names an entity that is not everyday
 * news, or names enough entities, an anchor among them, to reach the topic
 * threshold (relevance.ts). That rule is checked with each entity's highest
 * possible points. The check may let through a page the matcher then finds
 * nothing on; that page pays for the full scan. It must never stop a page the
 * matcher would light up (tests/unit/match/quick-check.test.ts).
 *
 * Pure: no DOM, no browser.*.
 */

export interface QuickCheckData {
  /**
   * A RegExp source that finds, with the separator before it (group 1: the page word), a page word
   * that is a key's first word (a one-word key is its own first word) or one followed by what may
   * follow that key in the same word.
   */
  pattern: string;
  /** A character class body: what keys are made of (any other run of characters is a separator). */
  keyChars: string;
  /** Lower-case letters that fold to another key letter (fixFrom[i] → fixTo[i]). */
  fixFrom: string;
  fixTo: string;
  /**
   * Per key of one word: [what may follow it (TAIL_*), 1 when it alone can show the page, then per
   * entity it may score for: entity index, the most one match can score, 1 if it can anchor the topic].
   */
  keys: Record<string, number[]>;
  /** Keys of several words by their first word: [the key after its first word and a space, ...the same entry]. */
  several: Record<string, Array<[string, ...number[]]>>;
  /** The most letters a stem's ending adds. */
  maxEnding: number;
  threshold: number;
}

export interface QuickCheck {
  /**
   * Reads a piece of the page's text. Pieces are read apart: text that runs on
   * from one piece into the next must be in both. True once the page may hold
   * something to show; from then on the caller can stop reading.
   */
  read(text: string): boolean;
  readonly triggered: boolean;
}

/** Combining marks, dropped from page text: "é" written as "e" + U+0301 reads as "e". */
export const COMBINING_MARKS = /[\u0300-\u036f]/g;

const LETTER_S = 115;
const SPACE = 32;

/** What may follow a key's last word in the same page word. */
export const TAIL_GENITIVE = 1;
export const TAIL_ENDING = 2;
/** The key was cut short: anything. */
export const TAIL_ANY = 3;

/** Characters of text read after a first word to find a longer key: more if its separators are long. */
const AFTER_CHARS = 64;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function createQuickCheck(data: QuickCheckData): QuickCheck {
  const words = new RegExp(data.pattern, 'g');
  // The folds and the combining marks in one pass: on most pages it finds nothing to replace.
  const fix = new RegExp(`[${[...data.fixFrom].map(hex).join('')}${COMBINING_MARKS.source.slice(1, -1)}]`, 'g');
  const separators = new RegExp(`[^${data.keyChars}]+`, 'g');
  const fixes = new Map([...data.fixFrom].map((c, i) => [c, data.fixTo[i]!]));
  const fixOne = (ch: string) => fixes.get(ch) ?? '';
  // Page words are looked up: only the tables' own entries count, never what every object has.
  const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
  /** Per entity, the best points found so far: the engine scores an entity by its best match. */
  const best = new Map<number, number>();
  let points = 0;
  let anchored = false;
  let triggered = false;

  /** Scores a key's entry (from index `from` of the array holding it). */
  const found = (entry: readonly unknown[], from = 0): boolean => {
    if (entry[from + 1] === 1) return (triggered = true);
    for (let i = from + 2; i + 2 < entry.length; i += 3) {
      const e = entry[i] as number;
      const p = entry[i + 1] as number;
      anchored ||= entry[i + 2] === 1;
      const before = best.get(e) ?? 0;
      if (p <= before) continue;
      best.set(e, p);
      points += p - before;
    }
    return (triggered = anchored && points >= data.threshold);
  };

  /** Whether `rest` letters after a key, starting with unit `next`, fit what may follow it. */
  const restFits = (tail: number, rest: number, next: number): boolean =>
    rest === 0 || tail === TAIL_ANY || (tail === TAIL_ENDING ? rest <= data.maxEnding : rest === 1 && next === LETTER_S);

  /** A one-word key the page word is, or starts with. */
  const foundInWord = (word: string): boolean => {
    for (let n = word.length; n > 0; n--) {
      const entry = own(data.keys, n === word.length ? word : word.slice(0, n));
      if (entry && restFits(entry[0]!, word.length - n, word.charCodeAt(n)) && found(entry)) return true;
    }
    return false;
  };

  /** A key of several words whose first word is `word`, read from the text at `at` with its separators made one space. */
  const foundAfter = (word: string, t: string, at: number): boolean => {
    const list = own(data.several, word);
    if (!list) return false;
    let span = AFTER_CHARS;
    let after = '';
    for (;;) {
      after = t.slice(at, at + span).replace(separators, ' ');
      // Enough for any key (16 characters) and what may follow it, or the text ends.
      if (after.length >= AFTER_CHARS / 2 || at + span >= t.length) break;
      span *= 8;
    }
    // The first word must end at a separator for any longer key to follow it.
    if (after.charCodeAt(word.length) !== SPACE) return false;
    const from = word.length + 1;
    for (const entry of list) {
      const more = entry[0];
      if (!after.startsWith(more, from)) continue;
      const end = from + more.length;
      const next = after.charCodeAt(end);
      const rest = end >= after.length || next === SPACE ? 0 : (after.indexOf(' ', end) + 1 || after.length + 1) - 1 - end;
      if (restFits(entry[1]!, rest, next) && found(entry, 1)) return true;
    }
    return false;
  };

  return {
    read(text) {
      if (triggered) return true;
      // A separator first: the RegExp matches the one before each word.
      const t = `\n${text}`.toLowerCase().replace(fix, fixOne);
      words.lastIndex = 0;
      for (let m = words.exec(t); m; m = words.exec(t)) {
        const word = m[1]!;
        if (foundInWord(word) || foundAfter(word, t, m.index + 1)) return true;
      }
      return false;
    },
    get triggered() {
      return triggered;
    },
  };
}
