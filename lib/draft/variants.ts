/**
 * Modified forms of a recurring concept: "national referendum" and "a
 * referendum", "frozen Russian assets" and "Russian assets". A modifier one
 * source adds to a term several sources share is still that term, so the
 * longer form joins it as an alias (and the curator sees how sources qualify it).
 */
import { spellingKey } from './concepts';
import type { ParsedArticle } from './parse-text';
import { phraseSpans, type PhraseGroup } from './phrases';
import { FUNCTION_WORDS } from './function-words';
import { fold, trimSurface } from './text-utils';

const wordsOf = (surface: string) => surface.split(/\s+/).filter(Boolean).map(spellingKey);

function endsWith(long: string[], short: string[]): boolean {
  return long.length > short.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * The span widened to the whole of a hyphenated first word ("post-war
 * reconstruction", not "war reconstruction"); null when the modifier is not a
 * plain word: a function word ("over", "been"), a possessive, a number or a quote mark.
 */
function modifiedForm(text: string, start: number, end: number, shared: number): string | null {
  while (start > 0 && /[-‐‑]/u.test(text[start - 1]!) && /\p{L}/u.test(text[start - 2] ?? '')) {
    start--;
    while (start > 0 && /[\p{L}-]/u.test(text[start - 1]!)) start--;
  }
  const surface = trimSurface(text.slice(start, end));
  const words = surface.split(/\s+/);
  const modifiers = words.slice(0, words.length - shared);
  const plain = modifiers.every((w) => /^\p{L}[\p{L}-]*$/u.test(w) && !FUNCTION_WORDS.has(fold(w)));
  return plain && modifiers.length > 0 ? surface : null;
}

/** Adds to each group the noun phrases that end in one of its surfaces, unless another group holds them already. */
export function withModifiedForms(groups: PhraseGroup[], articles: ParsedArticle[]): PhraseGroup[] {
  const held = new Set(groups.flatMap((g) => g.surfaces.map((s) => wordsOf(s).join(' '))));
  // Words once per span, not once per span and group.
  const spans = articles.flatMap((p) => phraseSpans(p).map(([s, e]) => ({ text: p.article.text, s, e, words: wordsOf(trimSurface(p.article.text.slice(s, e))) })))
    .filter((span) => !held.has(span.words.join(' ')));
  return groups.map((g) => {
    if (g.kind !== 'concept') return g;
    const own = g.surfaces.map(wordsOf);
    const extra: string[] = [];
    for (const { text, s, e, words } of spans) {
      const match = own.find((o) => endsWith(words, o));
      if (!match) continue;
      const form = modifiedForm(text, s, e, match.length);
      if (form) extra.push(form);
    }
    return { ...g, surfaces: [...new Set([...g.surfaces, ...extra])] };
  });
}
