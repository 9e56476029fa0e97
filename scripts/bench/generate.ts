/**
 * Inputs the benchmark makes up: a 5 MB news-like page and extra aliases
 * for the 1,000-alias run.
 */
import type { MatcherAlias } from '../../lib/match/types';

/** Deterministic, so every run measures the same page. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const FILLER = (
  'the a of and to in that said on for with as was by talks officials security plan peace ' +
  'government minister week after before would could new told reporters on Monday meeting ' +
  'agreement proposal leaders country border forces ceasefire negotiations statement European ' +
  'capital summit guarantees sanctions support military economic people war'
).split(' ');

/** About `bytes` of article markup: paragraphs with inline links and emphasis, some aliases. */
export function generatePage(bytes: number, aliasTexts: string[]): string {
  const rnd = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const parts: string[] = ['<!doctype html><html><head><meta charset="utf-8"><title>Generated</title></head><body><main><article>'];
  let size = parts[0]!.length;
  let n = 0;
  while (size < bytes) {
    const words: string[] = [];
    const count = 40 + Math.floor(rnd() * 80);
    for (let i = 0; i < count; i++) {
      const r = rnd();
      if (r < 0.015 && aliasTexts.length) words.push(pick(aliasTexts));
      else if (r < 0.03) words.push(`<a href="#x${i}">${pick(FILLER)} ${pick(FILLER)}</a>`);
      else if (r < 0.04) words.push(`<em>${pick(FILLER)}</em>`);
      else words.push(pick(FILLER));
    }
    const p = n++ % 12 === 0 ? `<h2>${words.slice(0, 8).join(' ')}</h2>` : `<p>${words.join(' ')}.</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('\n');
}

const SYLLABLES = 'ka lo mi ne ru sta ber vin tor gel dra po shi fen mar lu wen zo ha pre'.split(' ');

/** Made-up names (one or two words) standing in for a much larger pack. */
export function syntheticAliases(count: number): MatcherAlias[] {
  const rnd = random(7);
  const word = () => {
    let s = '';
    for (let i = 2 + Math.floor(rnd() * 2); i > 0; i--) s += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return Array.from({ length: count }, (_, i) => ({
    entityId: `synthetic-${i}`,
    text: rnd() < 0.5 ? word() : `${word()} ${word()}`,
    caseSensitive: false,
    ambiguous: false,
  }));
}
