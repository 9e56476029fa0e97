/**
 * The every-page gate: can this page's text hold anything Backstory would
 * show? Most pages a reader opens are not about the story. For them the
 * content script reads the text once with this check and builds nothing
 * else: no matcher, no engine, no panel.
 *
 * The work is native string operations, not a loop in script: the text is
 * lower-cased, stripped of combining marks, given the matcher's folds for the
 * few letters that need them, and every run of characters no key holds
 * becomes one space. One RegExp of every key (quick-check-data.ts) then finds
 * the places an alias may start. A place counts only at a word start, and
 * only if the alias's last word is followed by a space, a genitive "s", or
 * (for a stem) a few more letters: "Kushnerites" and declined names
 * ("Умеровым") pass, and the matcher decides.
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
  /** Every key, as alternations shaped like tries; one only tried on text that has a `probe` character. */
  patterns: Array<{ probe: string | null; pattern: string }>;
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

  /** The match and every key it starts with that ends a word ("nato" in "nato membership"). */
  const foundAt = (match: string, start: number, t: string): boolean => {
    for (let end = match.indexOf(' '); ; end = match.indexOf(' ', end + 1)) {
      const key = end === -1 ? match : match.slice(0, end);
      const entry = data.keys[key];
      if (entry && tailFits(entry[0]!, t, start + key.length) && found(entry)) return true;
      if (end === -1) return false;
    }
  };

  return {
    read(text) {
      if (triggered) return true;
      let t = text.toLowerCase().replace(COMBINING_MARKS, '');
      if (fix) t = t.replace(fix, fixOne);
      t = t.replace(separators, ' ');
      for (const search of searches) {
        if (search.probe && !search.probe.test(t)) continue;
        const keys = search.keys();
        keys.lastIndex = 0;
        for (let m = keys.exec(t); m; m = keys.exec(t)) {
          // Keys may overlap ("article 5 like" holds "5 like"): every start is tried.
          keys.lastIndex = m.index + 1;
          if (m.index > 0 && t.charCodeAt(m.index - 1) !== SPACE) continue;
          if (foundAt(m[0], m.index, t)) return true;
        }
      }
      return false;
    },
    get triggered() {
      return triggered;
    },
  };
}
