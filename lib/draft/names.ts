/**
 * Proper-name runs from tagged terms: consecutive capitalised words (or words
 * the NLP library tags as names), joined only by spaces. Leading titles
 * ("President", "Chancellor", "Sir") are kept in the surface form, which is a
 * useful alias, and stripped from the core that identifies the entity.
 */
import type { EntityKind } from '../pack/types';
import type { ParsedArticle, Term } from './parse-text';
import { trimSurface } from './text-utils';
import type { NameMention } from './types';

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
/** Function words that are capitalised only because they start a headline word. */
const HEADLINE_SMALL = /^(a|an|the|and|or|of|in|on|at|to|for|but|is|are|as|by|with|from|amid|after|over)$/i;

function isCapitalised(term: Term): boolean {
  const t = trimSurface(term.text);
  return /^\p{Lu}/u.test(t) && !HEADLINE_SMALL.test(t);
}

const NEVER_NAMES = ['Pronoun', 'Date', 'WeekDay', 'Month', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord', 'Adverb'];
/** Titles and roles that precede a name; the tagger misses some of them. */
const TITLE_WORDS = /^(president|chancellor|prime|minister|pm|sir|dame|mr|mrs|ms|dr|envoy|special|secretary|foreign|king|queen|senator|governor|mayor|councillor|deputy|general|chief|leader)$/i;

function isNameTerm(term: Term): boolean {
  if (NEVER_NAMES.some((tag) => term.tags.has(tag))) return false;
  if (NAME_TAGS.some((tag) => term.tags.has(tag))) return isCapitalised(term) || term.tags.has('Acronym');
  // A capitalised word mid-sentence that the tagger does not know is most likely a name.
  return term.position > 0 && isCapitalised(term) && !term.tags.has('Pronoun');
}

function isTitle(term: Term): boolean {
  return TITLE_WORDS.test(trimSurface(term.text)) || term.tags.has('Honorific') || term.tags.has('Actor') || term.tags.has('Demonym') || term.tags.has('Acronym');
}

function kindOf(run: Term[]): EntityKind | null {
  const has = (tag: string) => run.some((t) => t.tags.has(tag));
  if (has('FirstName') || has('LastName')) return 'person';
  if (has('Place') || has('Country') || has('City')) return 'place';
  if (has('Organization')) return 'organisation';
  if (has('Person')) return 'person';
  return null;
}

export function nameMentions(parsed: ParsedArticle): NameMention[] {
  const out: NameMention[] = [];
  const text = parsed.article.text;
  for (const terms of parsed.terms) {
    // In a Title Case headline every word is capitalised: trust only the tagger there.
    const headline = isHeadline(terms);
    let run: Term[] = [];
    const flush = () => {
      if (run.length > 0) out.push(...mentionsOf(run, text, parsed.article.id));
      run = [];
    };
    terms.forEach((whole, k) => {
      const next = terms[k + 1];
      const term = numberOfCompound(whole);
      // An opening quote mark starts a new name: "the “Coalition of the Willing”".
      if (/["“‘(]/u.test(text[term.start - 1] ?? '') || /^["“‘(]/u.test(term.text)) flush();
      const inRun = run.length > 0 && run[run.length - 1]!.joinsNext;
      // "Article 5", "Coalition of the Willing": a number after a name, or "of (the)" between two names, stays in it.
      const joins = inRun && (/^\d+$/.test(term.text) || (/^(of|the)$/i.test(term.text) && !!next && (isNameTerm(next) || /^the$/i.test(next.text))));
      if (joins || (isNameTerm(term) && (!headline || NAME_TAGS.some((tag) => term.tags.has(tag))))) {
        run.push(term);
        if (term !== whole || !term.joinsNext || /['’]s?$/u.test(term.text) || /[,.;:!?”"]$/u.test(term.text)) flush();
      } else flush();
    });
    flush();
  }
  return out;
}

/** A term cut short to the part that belongs to a name; `compared` is where the whole term ended. */
type CutTerm = Term & { compared?: number };

/**
 * "Article 5-like", "Article 5”-like": the tagger keeps the number and its
 * suffix as one term. The number alone can end a name, so it stands for the
 * term (shortened to the digits, which keeps the span verbatim); other terms pass as they are.
 */
function numberOfCompound(term: Term): CutTerm {
  // Also a capitalised word compared with ("Article Five-like" → "Five").
  const m = /^(\d+)["”’']?[-–—]\p{L}/u.exec(term.text) ?? /^(\p{Lu}\p{L}*)["”’']?[-–—](?:like|style|type)\b/u.exec(term.text);
  if (!m) return term;
  // A comparison ("X-like") mentions X: its whole surface is kept as an alias of X.
  const compared = /[-–—](?:like|style|type)/u.test(term.text) ? term.start + trimSurface(term.text).length : undefined;
  return { ...term, text: m[1]!, end: term.start + m[1]!.length, joinsNext: false, ...(compared ? { compared } : {}) };
}

function isHeadline(terms: Term[]): boolean {
  const words = terms.filter((t) => /\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter(isCapitalised).length / words.length >= 0.75;
}

function mentionsOf(run: Term[], text: string, source: string): NameMention[] {
  while (run.length > 0 && /^(of|the)$/i.test(run[run.length - 1]!.text)) run = run.slice(0, -1);
  if (run.length === 0) return [];
  const surface = trimSurface(text.slice(run[0]!.start, run[run.length - 1]!.end));
  let from = 0;
  // Strip leading titles, but keep at least one word.
  while (from < run.length - 1 && isTitle(run[from]!)) from++;
  // A run with a first name starts there ("British PM Sir Keir Starmer" → "Keir Starmer").
  const firstName = run.findIndex((t) => t.tags.has('FirstName'));
  if (firstName > from && firstName < run.length - 1) from = firstName;
  // "Friends of Elm Park": a word before "of" is part of the name, not a title.
  if (/^(of|the)$/i.test(run[from]?.text ?? '')) from = 0;
  const coreTerms = run.slice(from);
  const core = trimSurface(text.slice(coreTerms[0]!.start, coreTerms[coreTerms.length - 1]!.end));
  if (!core || core.length < 2) return [];
  // A bare title ("President", "Chancellor") names nobody by itself.
  if (coreTerms.length === 1 && isTitle(coreTerms[0]!) && !coreTerms[0]!.tags.has('Acronym')) return [];
  const kind = kindOf(coreTerms) ?? (coreTerms.every((t) => t.tags.has('Acronym')) ? 'organisation' : null);
  const mentions: NameMention[] = [{ source, surface: core, core, kind }];
  if (surface !== core) mentions.push({ source, surface, core, kind });
  const compared = (run[run.length - 1] as CutTerm).compared;
  if (compared) mentions.push({ source, surface: trimSurface(text.slice(coreTerms[0]!.start, compared)), core, kind });
  return mentions;
}
