/**
 * Aligns sentences across sources: the same fact told by several articles.
 * Sentences are compared by their rarer content words and numbers (weighted by
 * how few sentences use them); each group holds at most one sentence per
 * source. Quotes are whole sentences, so each
 * citation is verbatim by construction.
 */
import { FUNCTION_WORDS } from './function-words';
import { fold } from './text-utils';
import type { Sentence } from './types';

export interface AlignOptions {
  /** Similarity (0–1) from which two sentences are taken to tell the same fact. */
  threshold: number;
  /** Sentences with fewer content words are too thin to align (captions, headings). */
  minTokens: number;
  /**
   * A lower similarity that still aligns two sentences when each is the
   * other's best match in its source: a pair that picks each other out of
   * every sentence there is rarely chance, where a one-sided best match often is.
   */
  mutual: number;
  /**
   * A long sentence may tell two facts, so it need not pick back the short
   * sentence that picks it: from `ratio` times the short one's weight, the pair
   * aligns from `threshold` even when one-sided.
   */
  longer: { ratio: number; threshold: number };
  /**
   * Share (0–1) of the shorter sentence's weight in the normaliser, against
   * the geometric mean of both: plain cosine punishes a long sentence that
   * contains a short one's fact whole.
   */
  shortShare: number;
  /** Two sentences sharing one rare word (a name, a number) alone are a coincidence more often than one fact. */
  minShared: number;
}

export const DEFAULT_ALIGN: AlignOptions = {
  threshold: 0.25, minTokens: 5, mutual: 0.12, longer: { ratio: 1.5, threshold: 0.18 }, shortShare: 0.25, minShared: 2,
};

const STOP = FUNCTION_WORDS;

/**
 * A crude stem: possessive and inflection off ("demanded", "demands" →
 * "demand"), then the first six letters ("guarantee(s)", "negotiat(ions)").
 */
export function stem(word: string): string {
  const bare = word.replace(/['’]s?$/u, '');
  return bare.slice(0, 6);
}

export function tokens(text: string): string[] {
  const words = fold(text).match(/\p{L}[\p{L}'-]*|\d[\d,.]*/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    if (/^\d/.test(w)) out.add(w.replace(/[,.](?=\d{3})/g, '').replace(/[.,]$/, ''));
    else if (w.length >= 3 && !STOP.has(w)) out.add(stem(w));
  }
  return [...out];
}

type Weighted = { sentence: Sentence; toks: string[]; weight: number };

type Best = Map<string, { j: number; s: number }>;

/** Each sentence's most similar sentence in every other source. */
function bestPerSource(usable: Weighted[], score: (i: number, j: number) => number): Best[] {
  return usable.map((a, i) => {
    const best: Best = new Map();
    usable.forEach((b, j) => {
      if (b.sentence.source === a.sentence.source) return;
      const s = score(i, j);
      const prev = best.get(b.sentence.source);
      if (!prev || s > prev.s) best.set(b.sentence.source, { j, s });
    });
    return best;
  });
}

/**
 * For each sentence, its best match in every other source (above the
 * threshold) makes one group. A sentence may tell two facts, so it may sit in
 * two groups; a group whose sentences all sit in a larger group is dropped.
 */
export function alignSentences(sentences: Sentence[], options: AlignOptions = DEFAULT_ALIGN): Sentence[][] {
  const items = sentences.map((sentence) => ({ sentence, toks: [...tokens(sentence.text)], weight: 0 }));
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.toks) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + items.length / (df.get(t) ?? 1));
  const usable: Weighted[] = items.filter((it) => it.toks.length >= options.minTokens);
  for (const it of usable) it.weight = it.toks.reduce((n, t) => n + idf(t), 0);
  const sets = usable.map((u) => new Set(u.toks));
  const score = (i: number, j: number): number => {
    const common = usable[j]!.toks.filter((t) => sets[i]!.has(t));
    if (common.length < options.minShared) return 0;
    const shared = common.reduce((n, t) => n + idf(t), 0);
    const [a, b] = [usable[i]!.weight, usable[j]!.weight];
    return shared / ((1 - options.shortShare) * Math.sqrt(a * b) + options.shortShare * Math.min(a, b));
  };

  const best = bestPerSource(usable, score);
  const groups: number[][] = [];
  best.forEach((perSource, i) => {
    const source = usable[i]!.sentence.source;
    const members = [...perSource.values()].filter(({ j, s }) => s >= options.threshold ||
      (s >= options.mutual && best[j]!.get(source)?.j === i) ||
      (s >= options.longer.threshold && usable[j]!.weight >= options.longer.ratio * usable[i]!.weight));
    if (members.length > 0) groups.push([i, ...members.map((b) => b.j)].sort((x, y) => x - y));
  });
  const keyed = new Map(groups.map((g) => [g.join(','), g]));
  const unique = [...keyed.values()];
  const kept = unique.filter((g) => !unique.some((h) => h !== g && h.length > g.length && g.every((k) => h.includes(k))));
  return kept.map((g) => g.map((k) => usable[k]!.sentence));
}
