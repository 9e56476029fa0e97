/**
 * Single-word concepts: a lower-case noun (or adjective) that several sources
 * use but everyday English rarely does ("referendum", "ceasefire") is a term of
 * the story, though no longer phrase recurs around it. British and American
 * spellings count as one word ("demilitarised" / "demilitarized").
 */
import { englishRank } from './english-rank';
import type { ParsedArticle, Term } from './parse-text';
import { isModifyingParticiple, type PhraseGroup } from './phrases';
import { fold, trimSurface } from './text-utils';

export interface ConceptOptions {
  /** Words ranked below this in everyday English are too common to be a term. */
  minRank: number;
  minSources: number;
}

export const DEFAULT_CONCEPTS: ConceptOptions = { minRank: 10_000, minSources: 2 };

const SKIP_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Pronoun', 'Value', 'Verb', 'Adverb'];

/** One key for British and American spellings and for singular and plural. */
export function spellingKey(word: string): string {
  return fold(word)
    .replace(/(?<=\p{L}{4})is(e|ed|es|ing)$/u, 'iz$1')
    .replace(/(?<=\p{L}{4})isation(s?)$/u, 'ization$1')
    .replace(/(?<=\p{L}{4})our(s?)$/u, 'or$1')
    .replace(/(?<=\p{L}{3})s$/u, '');
}

/**
 * A noun, or a participle that modifies the next word ("demilitarised buffer"):
 * plain adjectives ("robust", "maritime") describe rather than name. A capital
 * counts only at the start of a sentence or list item.
 */
function isConceptWord(t: Term, prev: Term | undefined, next: Term | undefined, surface: string): boolean {
  const lower = /^\p{Ll}[\p{Ll}-]{3,}$/u.test(surface);
  if (!lower && !(t.position === 0 && /^\p{Lu}[\p{Ll}-]{3,}$/u.test(surface))) return false;
  // After "to" a word is a verb the tagger may take for a noun ("to cede").
  if (/^to$/i.test(prev?.text ?? '')) return false;
  const participle = /ed$/.test(surface) && isModifyingParticiple(t, prev, next);
  if (participle) return true;
  if (SKIP_TAGS.some((tag) => t.tags.has(tag)) && !(t.position === 0 && t.tags.has('ProperNoun') && !t.tags.has('Person'))) return false;
  return t.tags.has('Noun');
}

export function recurringConcepts(articles: ParsedArticle[], options: ConceptOptions = DEFAULT_CONCEPTS): PhraseGroup[] {
  const byKey = new Map<string, { surfaces: Set<string>; sources: Set<string>; mentions: number }>();
  for (const parsed of articles) {
    for (const [t, prev, next] of parsed.terms.flatMap((ts) => ts.map((t, k) => [t, ts[k - 1], ts[k + 1]] as const))) {
      const surface = trimSurface(parsed.article.text.slice(t.start, t.end));
      if (!isConceptWord(t, prev, next, surface)) continue;
      const key = spellingKey(surface);
      const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0 };
      entry.surfaces.add(surface);
      entry.sources.add(parsed.article.id);
      entry.mentions++;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    // A name is capitalised everywhere; a concept shows in lower case at least once.
    .filter((e) => e.sources.size >= options.minSources && [...e.surfaces].some((s) => /^\p{Ll}/u.test(s)))
    .filter((e) => [...e.surfaces].every((s) => englishRank(s) >= options.minRank))
    .map((e) => ({ kind: 'concept' as const, surfaces: [...e.surfaces], sources: [...e.sources].sort(), mentions: e.mentions }));
}
