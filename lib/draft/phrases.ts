/**
 * Concepts and figures: noun phrases and numbers that recur across sources.
 * A phrase said by one article only is colour; said by several, it is likely
 * a term of the story a reader will want explained.
 */
import type { ParsedArticle, Term } from './parse-text';
import { fold, trimSurface } from './text-utils';

export interface PhraseGroup {
  kind: 'concept' | 'figure';
  /** Verbatim variants (singular/plural, "90%" / "90 per cent"). */
  surfaces: string[];
  sources: string[];
  mentions: number;
}

const SKIP_TAGS = ['Pronoun', 'Determiner', 'Verb', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord'];
/** Everyday heads (time, people, parts) that make no term of their own. */
export const GENERIC = /^(?:year|years|day|days|time|times|way|week|weeks|month|months|people|thing|things|part|lot|end|side|sides)$/;

function isPhraseTerm(t: Term): boolean {
  if (SKIP_TAGS.some((tag) => t.tags.has(tag))) return false;
  return t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value');
}

/** "immobilised assets", "frozen funds": a past participle right before a noun modifies it like an adjective. */
/** After a noun or pronoun it is a finite verb instead ("leaders hailed new talks"). */
export function isModifyingParticiple(t: Term, prev: Term | undefined, next: Term | undefined): boolean {
  if (prev && prev.joinsNext && (prev.tags.has('Noun') || prev.tags.has('Pronoun'))) return false;
  return (t.tags.has('PastTense') || t.tags.has('Adjective')) && /\p{L}(?:ed|en)$/u.test(t.text) && t.joinsNext &&
    !t.tags.has('Auxiliary') && !!next && (next.tags.has('Noun') || next.tags.has('Adjective'));
}

/** A concept's head word: a noun that is not a person, a title or a role (those are names or people). */
function isHead(t: Term): boolean {
  // "Clause 9-like", "NATO-style": a comparison with a thing, which is the term, not the comparison.
  if (/[-‐‑–—](?:like|style|type)\W*$/iu.test(t.text)) return false;
  return t.tags.has('Noun') && !['Person', 'FirstName', 'Honorific', 'Actor', 'Possessive'].some((tag) => t.tags.has(tag));
}

/** Trailing n-grams (2–4 words) of each noun run: English noun phrases end in their head. */
export function phraseSpans(parsed: ParsedArticle): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const terms of parsed.terms) {
    let run: Term[] = [];
    const flush = () => {
      while (run.length > 0 && !run[run.length - 1]!.tags.has('Noun')) run.pop();
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const part = run.slice(i, i + n);
          if (part.slice(0, -1).some((t) => !t.joinsNext)) continue;
          if (!isHead(part[part.length - 1]!) || /['’]s?$|^(?:its|their|his|her|our)$/iu.test(part[0]!.text)) continue;
          spans.push([part[0]!.start, part[part.length - 1]!.end]);
        }
      }
      run = [];
    };
    for (const [k, t] of terms.entries()) {
      if (isPhraseTerm(t) || isModifyingParticiple(t, terms[k - 1], terms[k + 1])) run.push(t);
      else flush();
      if (!t.joinsNext) flush();
    }
    flush();
  }
  return spans;
}

/** Singular and plural of a phrase compare equal. */
function phraseKey(surface: string): string {
  return fold(surface).replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, ' ').replace(/(?<=\p{L}{3})s$/u, '');
}

export function recurringPhrases(articles: ParsedArticle[], minSources = 2): PhraseGroup[] {
  const byKey = new Map<string, { surfaces: Set<string>; sources: Set<string>; mentions: number }>();
  for (const parsed of articles) {
    for (const [start, end] of phraseSpans(parsed)) {
      // A span that starts inside a hyphenated word ("style promise" of "9-style promise") is a fragment.
      if (/[-‐‑–—]/u.test(parsed.article.text[start - 1] ?? '')) continue;
      const surface = trimSurface(parsed.article.text.slice(start, end));
      const key = phraseKey(surface);
      const last = key.split(' ').at(-1) ?? '';
      if (key.split(' ').length < 2 || GENERIC.test(last)) continue;
      const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0 };
      entry.surfaces.add(surface);
      entry.sources.add(parsed.article.id);
      entry.mentions++;
      byKey.set(key, entry);
    }
  }
  const kept = [...byKey].filter(([, e]) => e.sources.size >= minSources);
  // Of two nested phrases named by the same sources, the longer is the term ("free economic zone",
  // not "economic zone"); a longer phrase found in fewer sources than a shorter one inside it adds nothing.
  const inside = (key: string, other: string) => other !== key && ` ${key} `.includes(` ${other} `);
  const result = kept.filter(([key, e]) => !kept.some(([other, o]) =>
    (inside(key, other) && o.sources.size > e.sources.size && !/\d/.test(key)) ||
    (inside(other, key) && o.sources.size === e.sources.size)));
  return result.map(([, e]) => ({ kind: 'concept' as const, surfaces: [...e.surfaces], sources: [...e.sources].sort(), mentions: e.mentions }));
}

const FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)(?:\s?(%|per ?cent|percent)|(-strong|\s(?:troops|soldiers|people|deaths|casualties|issues|points?|seats|votes|members|euros|dollars|km|kilometres|miles)))?(?![\p{L}\p{N}])/giu;

/** Numbers with a unit, by value and unit ("90%" = "90 per cent"); years and bare small numbers left out. */
const MONEY = /[£$€]\s?\d+(?:[.,]\d+)?(?:\s?(?:million|billion|bn)\b)?/giu;

export function recurringFigures(articles: ParsedArticle[], minSources = 2): PhraseGroup[] {
  const byKey = new Map<string, { surfaces: Set<string>; sources: Set<string>; mentions: number }>();
  for (const parsed of articles) {
    for (const m of parsed.article.text.matchAll(MONEY)) {
      const key = fold(m[0]).replace(/\s+/g, ' ');
      const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0 };
      entry.surfaces.add(m[0]);
      entry.sources.add(parsed.article.id);
      entry.mentions++;
      byKey.set(key, entry);
    }
    for (const m of parsed.article.text.matchAll(FIGURE)) {
      const value = m[1]!.replace(/[,.](?=\d{3}\b)/g, '');
      const unit = m[2] ? 'percent' : m[3] ? fold(m[3]).replace(/^[\s-]+/, '').replace(/s$/, '') : '';
      const n = Number(value);
      if (!unit && (n < 1000 || (n >= 1900 && n <= 2100 && !value.includes(',')))) continue;
      const key = `${value} ${unit === 'strong' ? '' : unit}`.trim();
      const entry = byKey.get(key) ?? { surfaces: new Set(), sources: new Set(), mentions: 0 };
      entry.surfaces.add(m[0]);
      entry.sources.add(parsed.article.id);
      entry.mentions++;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .filter((e) => e.sources.size >= minSources)
    .map((e) => ({ kind: 'figure' as const, surfaces: [...e.surfaces], sources: [...e.sources].sort(), mentions: e.mentions }));
}
