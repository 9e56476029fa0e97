/**
 * Aligns sentences across sources: the same fact told by several articles.
 * Sentences are compared by their rarer content words and numbers (weighted by
 * how few sentences use them), and grouped greedily, best pair first, with at
 * most one sentence per source in a group. Quotes are whole sentences, so each
 * citation is verbatim by construction.
 */
import { fold } from './text-utils';
import type { Sentence } from './types';

export interface AlignOptions {
  /** Similarity (0–1) from which two sentences are taken to tell the same fact. */
  threshold: number;
  /** Sentences with fewer content words are too thin to align (captions, headings). */
  minTokens: number;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.3, minTokens: 5 };

const STOP = new Set(('the a an and or but of in on at to for with from by as is are was were be been has have had ' +
  'that this these those it its their his her they he she we you i not no said says say would will could can ' +
  'also than then there which who whom what when where while about after before over into more most such other ' +
  'some any all one two our out up down very just being do does did so if only new').split(' '));

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

export function alignSentences(sentences: Sentence[], options: AlignOptions = DEFAULT_ALIGN): Sentence[][] {
  const items = sentences.map((sentence) => ({ sentence, toks: tokens(sentence.text), weight: 0 }));
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.toks) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + items.length / (df.get(t) ?? 1));
  const usable: Weighted[] = items.filter((it) => it.toks.length >= options.minTokens);
  for (const it of usable) it.weight = it.toks.reduce((n, t) => n + idf(t), 0);

  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (let i = 0; i < usable.length; i++) {
    const a = usable[i]!;
    const setA = new Set(a.toks);
    for (let j = i + 1; j < usable.length; j++) {
      const b = usable[j]!;
      if (b.sentence.source === a.sentence.source) continue;
      const shared = b.toks.filter((t) => setA.has(t)).reduce((n, t) => n + idf(t), 0);
      const score = shared / Math.sqrt(a.weight * b.weight);
      if (score >= options.threshold) pairs.push({ i, j, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);

  const groupOf = usable.map((_, i) => i);
  const members = new Map<number, number[]>(usable.map((_, i) => [i, [i]]));
  const sourcesOf = (g: number) => new Set(members.get(g)!.map((k) => usable[k]!.sentence.source));
  for (const { i, j } of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const si = sourcesOf(gi);
    if ([...sourcesOf(gj)].some((s) => si.has(s))) continue; // one sentence per source
    for (const k of members.get(gj)!) groupOf[k] = gi;
    members.get(gi)!.push(...members.get(gj)!);
    members.delete(gj);
  }
  return [...members.values()]
    .filter((m) => m.length >= 2)
    .map((m) => m.map((k) => usable[k]!.sentence).sort((x, y) => x.source.localeCompare(y.source)));
}
