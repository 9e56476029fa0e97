/**
 * The every-page gate: can this page's text hold anything Backstory would
 * show? Most pages a reader opens are not about the story. For them the
 * content script reads the text once with this check and builds nothing
 * else: no matcher, no engine, no panel.
 *
 * The work is native string operations, not a loop over characters in
 * script: the text is lower-cased, stripped of combining marks, given the
 * matcher's folds for the few letters that need them, and every run of
 * characters no key holds becomes one space. The page's words then go into
 * one Set (a native split and a native Set), and each key's first word is
 * looked up in it: a key of one word is found by its word alone ("witkoff",
 * or "witkoffs" for a genitive), a longer key is tried where its first word
 * stands ("nato membership"). Only keys whose first word may go on (a stem
 * that takes endings, "Умеровым"; a word cut short) need a RegExp, a small
 * one. A place counts only at a word start, and only if the key's last word
 * is followed by a space, a genitive "s", or (for a stem) a few more letters:
 * "Kushnerites" passes, and the matcher decides.
 *
 * An earlier version ran one RegExp of every key over the text. Compiling it
 * cost more, cold, on every page, than everything else the check does
 * (docs/decisions/008-what-loads-on-every-page.md).
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
   * The keys whose first word may go on in the page word (stems, words cut short), as alternations
   * shaped like tries, each after a space; one only tried on text that has a `probe` character.
   */
  patterns: Array<{ probe: string | null; pattern: string }>;
  /**
   * Page word → the keys to try where it stands: every key of several words under its first word,
   * every other key of one word under itself and its genitive. A one-word key is found by the word alone.
   */
  words: Record<string, string[]>;
  /** A character class of what no key holds (its runs become one space). */
  separators: string;
  /** Lower-case letters that fold to another key letter (fixFrom[i] → fixTo[i]). */
  fixFrom: string;
  fixTo: string;
  /**
   * Per key: [what may follow its last word (TAIL_*), 1 when it alone can show the page, then per
   * entity it may score for: entity index, the most one match can score, 1 if it can anchor the topic].
   */
  keys: Record<string, number[]>;
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

const SPACE = 32;
const LETTER_S = 115;

/** What may follow a key's last word in the same page word. */
export const TAIL_GENITIVE = 1;
export const TAIL_ENDING = 2;
/** The key was cut short: anything. */
export const TAIL_ANY = 3;

const classOf = (chars: string) => `[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

export function createQuickCheck(data: QuickCheckData): QuickCheck {
  // Built on first use: most pages never need the second.
  const searches = data.patterns.map(({ probe, pattern }) => {
    let keys: RegExp | null = null;
    return { probe: probe === null ? null : new RegExp(probe), keys: () => (keys ??= new RegExp(pattern, 'g')) };
  });
  const separators = new RegExp(data.separators, 'g');
  const fix = data.fixFrom ? new RegExp(classOf(data.fixFrom), 'g') : null;
  let fixes: Map<string, string> | null = null;
  const fixOne = (ch: string) => {
    fixes ??= new Map([...data.fixFrom].map((c, i) => [c, data.fixTo[i]!]));
    return fixes.get(ch) ?? ch;
  };
  /** Per entity, the best points found so far: the engine scores an entity by its best match. */
  const best = new Map<number, number>();
  let points = 0;
  let anchored = false;
  let triggered = false;

  const found = (entry: readonly number[]): boolean => {
    if (entry[1] === 1) return (triggered = true);
    for (let i = 2; i + 2 < entry.length; i += 3) {
      const e = entry[i]!;
      const p = entry[i + 1]!;
      anchored ||= entry[i + 2] === 1;
      const before = best.get(e) ?? 0;
      if (p <= before) continue;
      best.set(e, p);
      points += p - before;
    }
    return (triggered = anchored && points >= data.threshold);
  };

  /** Whether what follows a key ending at `at` in the page word fits the key. */
  const tailFits = (tail: number, t: string, at: number): boolean => {
    if (tail === TAIL_ANY || at >= t.length || t.charCodeAt(at) === SPACE) return true;
    const rest = (t.indexOf(' ', at) + 1 || t.length + 1) - 1 - at;
    return tail === TAIL_ENDING ? rest <= data.maxEnding : rest === 1 && t.charCodeAt(at) === LETTER_S;
  };

  /** Keys of several words, tried at every place their first word stands (`t` starts and ends with a space). */
  const foundWhere = (word: string, keys: readonly string[], t: string): boolean => {
    const at = ` ${word} `;
    for (let i = t.indexOf(at); i !== -1; i = t.indexOf(at, i + 1)) {
      for (const key of keys) {
        const entry = data.keys[key]!;
        if (key.length > word.length && t.startsWith(key, i + 1) && tailFits(entry[0]!, t, i + 1 + key.length) && found(entry)) return true;
      }
    }
    return false;
  };

  /** Every key whose first word is one of the page's words. */
  const foundByWords = (t: string): boolean => {
    const page = new Set(t.split(' '));
    for (const word in data.words) {
      if (!page.has(word)) continue;
      const keys = data.words[word]!;
      let longer = false;
      for (const key of keys) {
        if (key.length > word.length) longer = true;
        // A one-word key: the page word is the key, or the key and its genitive "s".
        else if (found(data.keys[key]!)) return true;
      }
      if (longer && foundWhere(word, keys, t)) return true;
    }
    return false;
  };

  /** The keys whose first word may go on, found by RegExp (each pattern starts with a space). */
  const foundByPatterns = (t: string): boolean => {
    for (const search of searches) {
      if (search.probe && !search.probe.test(t)) continue;
      const keys = search.keys();
      keys.lastIndex = 0;
      for (let m = keys.exec(t); m; m = keys.exec(t)) {
        // Keys may overlap: every start is tried.
        keys.lastIndex = m.index + 1;
        const key = m[0].slice(1);
        const entry = data.keys[key];
        if (entry && tailFits(entry[0]!, t, m.index + m[0].length) && found(entry)) return true;
      }
    }
    return false;
  };

  return {
    read(text) {
      if (triggered) return true;
      let t = text.toLowerCase().replace(COMBINING_MARKS, '');
      if (fix) t = t.replace(fix, fixOne);
      t = ` ${t.replace(separators, ' ')} `;
      return foundByWords(t) || foundByPatterns(t);
    },
    get triggered() {
      return triggered;
    },
  };
}
