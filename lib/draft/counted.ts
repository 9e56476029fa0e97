/**
 * Counted things: a number that qualifies a noun names one particular item
 * of the story ("a 12-point plan", "the three separate reports"). A hyphenated
 * count is specific enough from one mention; a counted plural ("three reports")
 * must come back twice, in any source, since "two days" is everyday talk.
 */
import { FUNCTION_WORDS } from './function-words';
import type { ParsedArticle, Term } from './parse-text';
import { GENERIC, type PhraseGroup } from './phrases';
import { fold, trimSurface } from './text-utils';

const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d+)$/i;

type Found = { key: string; surface: string; source: string };

const isNoun = (t: Term | undefined) => !!t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value');
const isModifier = (t: Term | undefined) => !!t && (t.tags.has('Adjective') || isNoun(t)) && !FUNCTION_WORDS.has(fold(t.text));

/**
 * The noun run from `from`: modifiers then a head noun, at most `max` words,
 * joined by spaces only. A counted run ends at its first plural, the head
 * ("Five Key Documents Now…" in a title-case headline).
 */
function nounRun(terms: Term[], from: number, max: number, plural = false): number | null {
  let last: number | null = null;
  for (let j = from; j < terms.length && j < from + max; j++) {
    if (!isModifier(terms[j])) break;
    if (isNoun(terms[j])) last = j;
    if (plural && terms[j]!.tags.has('Plural')) break;
    if (!terms[j]!.joinsNext) break;
  }
  return last;
}

function countedIn(parsed: ParsedArticle): Found[] {
  const text = parsed.article.text;
  const out: Found[] = [];
  for (const terms of parsed.terms) {
    terms.forEach((t, k) => {
      const span = (last: number) => trimSurface(text.slice(t.start, terms[last]!.end));
      // "28-point plan": digits, a hyphen, a word, then a noun.
      const unit = terms[k + 1];
      if (/^\d+$/.test(t.text) && /^[-‐‑]$/u.test(text.slice(t.end, t.end + 1)) && unit && unit.start === t.end + 1 && unit.joinsNext) {
        const last = nounRun(terms, k + 2, 2);
        if (last !== null) out.push({ key: fold(span(last)), surface: span(last), source: parsed.article.id });
        return;
      }
      // "five separate documents": a number word, up to two modifiers, a plural head.
      if (!NUMBER_WORDS.test(t.text) || !t.joinsNext) return;
      const last = nounRun(terms, k + 1, 3, true);
      if (last === null || !terms[last]!.tags.has('Plural') || GENERIC.test(fold(terms[last]!.text))) return;
      out.push({ key: `${fold(t.text)} ${fold(terms[last]!.text)} *`, surface: span(last), source: parsed.article.id });
    });
  }
  return out;
}

export function countedThings(articles: ParsedArticle[]): PhraseGroup[] {
  const byKey = new Map<string, Found[]>();
  for (const f of articles.flatMap(countedIn)) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  return [...byKey].filter(([key, fs]) => !key.endsWith('*') || fs.length >= 2).map(([, fs]) => ({
    kind: 'concept' as const,
    surfaces: [...new Set(fs.map((f) => f.surface))],
    sources: [...new Set(fs.map((f) => f.source))].sort(),
    mentions: fs.length,
  }));
}
