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
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.2, minTokens: 5 };

const STOP = FUNCTION_WORDS;

export function tokens(text: string): string[] {
  const words = fold(text).match(/\p{L}[\p{L}'-]*|\d[\d,.]*/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    if (/^\d/.test(w)) out.add(w.replace(/[,.](?=\d{3})/g, '').replace(/[.,]$/, ''));
    else if (w.length >= 3 && !STOP.has(w)) out.add(w.slice(0, 6)); // a crude stem: guarantee(s), talk(s)
  }
  return [...out];
}

type Weighted = { sentence: Sentence; toks: string[]; weight: number };

/**
 * For each sentence, its best match in every other source (above the
 * threshold) makes one group. A sentence may tell two facts, so it may sit in
 * two groups; a group whose sentences all sit in a larger group is dropped.
 */
export function alignSentences(sentences: Sentence[], options: AlignOptions = DEFAULT_ALIGN): Sentence[][] {
  const items = sentences.map((sentence) => ({ sentence, toks: tokens(sentence.text), weight: 0 }));
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.toks) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + items.length / (df.get(t) ?? 1));
  const usable: Weighted[] = items.filter((it) => it.toks.length >= options.minTokens);
  for (const it of usable) it.weight = it.toks.reduce((n, t) => n + idf(t), 0);
  const sets = usable.map((u) => new Set(u.toks));
  const score = (i: number, j: number): number => {
    const shared = usable[j]!.toks.filter((t) => sets[i]!.has(t)).reduce((n, t) => n + idf(t), 0);
    return shared / Math.sqrt(usable[i]!.weight * usable[j]!.weight);
  };

  const groups: number[][] = [];
  usable.forEach((a, i) => {
    const best = new Map<string, { j: number; s: number }>();
    usable.forEach((b, j) => {
      if (b.sentence.source === a.sentence.source) return;
      const s = score(i, j);
      const prev = best.get(b.sentence.source);
      if (s >= options.threshold && (!prev || s > prev.s)) best.set(b.sentence.source, { j, s });
    });
    if (best.size > 0) groups.push([i, ...[...best.values()].map((b) => b.j)].sort((x, y) => x - y));
  });
  const keyed = new Map(groups.map((g) => [g.join(','), g]));
  const unique = [...keyed.values()];
  const kept = unique.filter((g) => !unique.some((h) => h !== g && h.length > g.length && g.every((k) => h.includes(k))));
  return kept.map((g) => g.map((k) => usable[k]!.sentence));
}
