/**
 * Name compounds: a proper name qualifying a rare common noun ("Harbour Board
 * levy", "Unesco listing") is a thing of the story in its own right, even from
 * one mention. Demonyms ("Russian forces") and possessives ("Kyiv's view") are
 * descriptions, not names of things; roles ("EU leaders") are people.
 */
import { englishRank } from './english-rank';
import type { ParsedArticle, Term } from './parse-text';
import type { PhraseGroup } from './phrases';
import { fold, trimSurface } from './text-utils';

const NAME_TAGS = ['ProperNoun', 'Place', 'Organization', 'Acronym'];
const NOT_THINGS = ['Demonym', 'Person', 'FirstName', 'LastName', 'Honorific', 'Pronoun'];

/** At the start of a sentence a capital proves nothing: there only a place, body or acronym counts. */
const isName = (t: Term) => /^\p{Lu}/u.test(t.text) && NAME_TAGS.some((g) => t.tags.has(g)) &&
  (t.position > 0 || ['Place', 'Organization', 'Acronym'].some((g) => t.tags.has(g))) &&
  !NOT_THINGS.some((g) => t.tags.has(g)) && !/['’]s?$/u.test(t.text);
const isLowerNoun = (t: Term | undefined) => !!t && /^\p{Ll}[\p{Ll}-]+[,.;:!?”"]?$/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun');

/** Compounds in one sentence: a run of name terms, then one or two lower-case nouns ending in the head. */
function compoundsIn(terms: Term[], text: string, minRank: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < terms.length; k++) {
    if (!isName(terms[k]!) || (k > 0 && terms[k - 1]!.joinsNext && isName(terms[k - 1]!))) continue;
    let m = k;
    while (terms[m]!.joinsNext && terms[m + 1] && isName(terms[m + 1]!)) m++;
    let j = m;
    while (j < m + 2 && terms[j]!.joinsNext && isLowerNoun(terms[j + 1])) j++;
    if (j === m) continue;
    const head = terms[j]!;
    if (head.tags.has('Actor') || englishRank(trimSurface(head.text)) < minRank) continue;
    out.push(trimSurface(text.slice(terms[k]!.start, head.end)));
  }
  return out;
}

/**
 * "accession to the Harbour Board", "withdrawal from the Treaty": a rare noun
 * governing a name. Said once it is a passing phrase; the caller keeps those said twice.
 */
function governedIn(terms: Term[], text: string, minRank: number): string[] {
  const out: string[] = [];
  terms.forEach((t, k) => {
    const surface = trimSurface(t.text);
    // After "to" the word is a verb the tagger took for a noun ("to cede to …").
    if (/^to$/i.test(terms[k - 1]?.text ?? '')) return;
    if (!isLowerNoun(t) || t.tags.has('Verb') || surface !== t.text || !t.joinsNext || englishRank(surface) < minRank) return;
    if (!/^(?:of|to|from)$/i.test(terms[k + 1]?.text ?? '') || !terms[k + 1]!.joinsNext) return;
    let m = k + 2;
    if (/^the$/i.test(terms[m]?.text ?? '') && terms[m]!.joinsNext) m++;
    let end = m;
    while (terms[end] && isName(terms[end]!) && terms[end]!.joinsNext && terms[end + 1] && isName(terms[end + 1]!)) end++;
    if (!terms[end] || !isName(terms[end]!)) return;
    out.push(trimSurface(text.slice(t.start, terms[end]!.end)));
  });
  return out;
}

export function nameCompounds(articles: ParsedArticle[], minRank: number): PhraseGroup[] {
  // `once`: enough from a single mention.
  const byKey = new Map<string, { surfaces: Set<string>; sources: Set<string>; mentions: number; once: boolean }>();
  for (const parsed of articles) {
    for (const terms of parsed.terms) {
      const governed = governedIn(terms, parsed.article.text, minRank).map((surface) => ({ surface, once: false }));
      for (const { surface, once } of [...compoundsIn(terms, parsed.article.text, minRank).map((surface) => ({ surface, once: true })), ...governed]) {
        const key = fold(surface).replace(/(?<=\p{L}{3})s$/u, '');
        const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0, once };
        entry.surfaces.add(surface);
        entry.sources.add(parsed.article.id);
        entry.mentions++;
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()].filter((e) => e.once || e.mentions >= 2).map((e) => ({ kind: 'concept' as const, surfaces: [...e.surfaces], sources: [...e.sources].sort(), mentions: e.mentions }));
}
