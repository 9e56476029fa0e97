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

export function nameCompounds(articles: ParsedArticle[], minRank: number): PhraseGroup[] {
  const byKey = new Map<string, { surfaces: Set<string>; sources: Set<string>; mentions: number }>();
  for (const parsed of articles) {
    for (const terms of parsed.terms) {
      for (const surface of compoundsIn(terms, parsed.article.text, minRank)) {
        const key = fold(surface).replace(/(?<=\p{L}{3})s$/u, '');
        const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0 };
        entry.surfaces.add(surface);
        entry.sources.add(parsed.article.id);
        entry.mentions++;
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()].map((e) => ({ kind: 'concept' as const, surfaces: [...e.surfaces], sources: [...e.sources].sort(), mentions: e.mentions }));
}
