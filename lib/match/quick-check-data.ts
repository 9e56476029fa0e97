/**
 * Build time: the data of the every-page quick check (quick-check.ts) from
 * the pack's aliases and relevance model.
 *
 * Each alias that could make a page show something is reduced to a key: its
 * words folded like the matcher folds them (fold.ts), joined by one space
 * and cut to KEY_LENGTH characters. The page's text is brought into the same
 * form with two native string operations (lower case; a few character fixes
 * and combining marks dropped), and one RegExp, a trie of every key's first
 * word, finds the page words worth a look.
 *
 * The rules the page side relies on are checked here for every character of
 * the Basic Multilingual Plane, and the build fails if one does not hold: a
 * quick check that could miss a page the matcher would light up is a bug.
 *
 * Pure: no DOM, no browser.*.
 */
import { MAX_ENDING_LENGTH } from './endings';
import { foldChar } from './fold';
import type { MatcherAlias } from './types';
import { COMBINING_MARKS, TAIL_ANY, TAIL_ENDING, TAIL_GENITIVE, type QuickCheckData } from './quick-check';

/** Characters of a key: enough to tell the story's phrases from everyday text, and a short RegExp. */
export const KEY_LENGTH = 16;

/** First words this short get what may follow them checked by the RegExp (see quickCheckData). */
const SHORT_WORD = 3;

const WORD = /[\p{L}\p{N}\p{M}]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/** The alias's folded words, as the matcher compares them. */
function aliasWords(text: string): string[] {
  const folded = [...text.trim()].map((ch) => (/\s/u.test(ch) ? ' ' : foldChar(ch))).join('');
  return folded.match(WORD_RUN) ?? [];
}

/** A word character's folded form when it is one UTF-16 unit (what page and alias words are compared in). */
function foldUnit(c: number): number | null {
  const ch = String.fromCharCode(c);
  if (!WORD.test(ch)) return null;
  const folded = foldChar(ch);
  return folded.length === 1 ? folded.charCodeAt(0) : c;
}

const escapeClass = (units: Iterable<number>) => {
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
    out += j > i ? `${hex(sorted[i]!)}-${hex(sorted[j]!)}` : hex(sorted[i]!);
    i = j;
  }
  return out;
};

const escapeText = (s: string) => s.replace(/[\\^$*+?.()|[\]{}/-]/g, '\\$&');

interface Trie extends Map<string, Trie> {
  /** Where a first word ends: what may follow it in the page word (a RegExp). */
  tail?: string;
}

/**
 * One alternation per shared prefix, each first word followed by what may follow it in the same
 * page word: the RegExp engine tries a handful of branches per position, not hundreds, and
 * matches only page words the script will look at.
 */
function triePattern(tails: ReadonlyMap<string, string>): string {
  const root: Trie = new Map();
  for (const [word, tail] of tails) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.tail = tail;
  }
  // A longer first word is tried before the end of a shorter one.
  const emit = (node: Trie): string => {
    const branches = [...node].map(([ch, next]) => escapeText(ch) + emit(next));
    if (node.tail !== undefined) branches.push(node.tail);
    if (branches.length === 1) return branches[0]!;
    // An end with nothing to check after it makes the rest optional.
    if (node.tail === '') return `(?:${branches.slice(0, -1).join('|')})?`;
    return `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** The per-character rules the page's transformation needs, or the build stops. */
function characterRules(keep: ReadonlySet<number>): { fixFrom: string; fixTo: string } {
  const fix = new Map<number, number>();
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const folded = foldUnit(c);
    if (folded === null || !keep.has(folded)) continue;
    // A page character whose fold is a key character must become that character.
    const lower = String.fromCharCode(c).toLowerCase().replace(COMBINING_MARKS, '');
    if (lower.length !== 1) throw new Error(`quick check: U+${c.toString(16)} folds to a key character but lower-cases to ${lower.length} units`);
    const l = lower.charCodeAt(0);
    if (l === folded) continue;
    const earlier = fix.get(l);
    if (earlier !== undefined && earlier !== folded) throw new Error(`quick check: U+${l.toString(16)} stands for two key characters`);
    fix.set(l, folded);
  }
  const from = [...fix.keys()].sort((a, b) => a - b);
  return { fixFrom: String.fromCharCode(...from), fixTo: String.fromCharCode(...from.map((l) => fix.get(l)!)) };
}

export function quickCheckData(
  aliases: readonly MatcherAlias[],
  everydayIds: ReadonlySet<string>,
  relevance: {
    threshold: number;
    closeFactor: number;
    ambiguousFactor: number;
    lookalikeFactor: number;
    anchors: readonly string[];
    weights: Readonly<Record<string, number>>;
  },
): QuickCheckData {
  const anchors = new Set(relevance.anchors);
  // Everyday entities stay dark off topic and ambiguous aliases only add points: such an
  // alias matters only for the points its entity adds.
  const opens = (a: MatcherAlias) => !a.ambiguous && !everydayIds.has(a.entityId);
  const useful = aliases.filter((a) => opens(a) || (relevance.weights[a.entityId] ?? 0) > 0);
  const entities = [...new Set(useful.map((a) => a.entityId))].sort();
  const index = new Map(entities.map((id, i) => [id, i]));
  /** The most one match of the alias can score (relevance.ts matchPoints), and whether it can anchor the topic. */
  const pointsOf = (a: MatcherAlias) =>
    (relevance.weights[a.entityId] ?? 0) *
    (a.lookalike ? relevance.lookalikeFactor : a.ambiguous ? relevance.ambiguousFactor : 1) *
    Math.max(1, relevance.closeFactor);
  const anchorsVia = (a: MatcherAlias) => anchors.has(a.entityId) && !a.ambiguous && !a.lookalike;
  const byKey = new Map<string, { tail: number; opens: boolean; entities: Map<number, { points: number; anchors: boolean }> }>();
  for (const alias of useful) {
    const full = aliasWords(alias.text).join(' ');
    const key = full.slice(0, KEY_LENGTH).trimEnd();
    if (!key) continue;
    // A key cut short may go on with anything; a name may take a genitive "s", a stem an ending.
    const tail = key.length < full.length ? TAIL_ANY : alias.endings ? TAIL_ENDING : TAIL_GENITIVE;
    const entry = byKey.get(key) ?? { tail, opens: false, entities: new Map() };
    entry.tail = Math.max(entry.tail, tail);
    if (opens(alias)) entry.opens = true;
    const e = index.get(alias.entityId)!;
    const before = entry.entities.get(e) ?? { points: 0, anchors: false };
    entry.entities.set(e, { points: Math.max(before.points, pointsOf(alias)), anchors: before.anchors || anchorsVia(alias) });
    byKey.set(key, entry);
  }
  const keys: QuickCheckData['keys'] = {};
  const several: QuickCheckData['several'] = {};
  for (const [key, { tail, opens: alone, entities: found }] of byKey) {
    const scores = [...found].sort((a, b) => a[0] - b[0]).flatMap(([e, { points, anchors: anchor }]) => [e, points, anchor ? 1 : 0]);
    const entry = alone ? [tail, 1] : [tail, 0, ...scores];
    const space = key.indexOf(' ');
    if (space === -1) keys[key] = entry;
    else (several[key.slice(0, space)] ??= []).push([key.slice(space + 1), ...entry]);
  }
  const kept = [...byKey.keys()];
  const maxEnding = MAX_ENDING_LENGTH + 1;
  const keep = new Set([...kept.join('')].filter((ch) => ch !== ' ').map((ch) => ch.charCodeAt(0)));
  const keyChars = escapeClass(keep);
  // Every key's first word (a one-word key is its own), at a word start, then the rest of the page
  // word. A short first word ("u" of "u s", "de") begins many page words: after it, only what may
  // follow it there (an ending, a genitive "s", or, first of several words, nothing) is matched.
  const keyChar = `[${keyChars}]`;
  const notKey = `(?!${keyChar})`;
  const tailOf = (word: string) => {
    const tail = keys[word]?.[0] ?? 0;
    if (word.length > SHORT_WORD || tail === TAIL_ANY) return '';
    return tail === TAIL_ENDING ? `${keyChar}{0,${maxEnding}}${notKey}` : tail === TAIL_GENITIVE ? `s?${notKey}` : notKey;
  };
  const firstWords = new Map(kept.map((k) => k.split(' ')[0]!).map((word) => [word, tailOf(word)]));
  // The separator is matched, not looked behind for, and the first letters are looked ahead for
  // before the trie: V8's RegExp engine then rejects most positions with two class tests instead
  // of entering the trie's alternation at each one (half the time on the saved pages).
  const firstLetters = escapeClass([...firstWords.keys()].map((w) => w.charCodeAt(0)));
  return {
    pattern: `[^${keyChars}](?=[${firstLetters}])(${triePattern(firstWords)}${keyChar}*)`,
    keyChars,
    maxEnding,
    ...characterRules(keep),
    keys,
    several,
    threshold: relevance.threshold,
  };
}
