/**
 * Spelling variants the matcher treats as equal.
 *
 * Instead of normalising page text (which would shift offsets and cost a pass
 * over every page), each alias is compiled into tokens whose regex fragments
 * accept every variant: any dash for a hyphen, any curly or straight quote,
 * any whitespace run for a space. Letter case is left to the RegExp's `i`
 * flag plus an exact lookup for case-sensitive aliases (see matcher.ts).
 *
 * Pure: no DOM, no browser.*.
 */
import { stripLatinDiacritic } from './diacritics';
import { DASH_CHARS, DOUBLE_QUOTE_CHARS, foldChar, foldPunctuation, isDash, isDoubleQuote, isSingleQuote, SINGLE_QUOTE_CHARS } from './fold';
import { endingsLongestFirst, type EndingSetName } from './endings';

export { stripLatinDiacritic } from './diacritics';

export { DASH_CHARS, DOUBLE_QUOTE_CHARS, SINGLE_QUOTE_CHARS } from './fold';

const DASH_CLASS = `[${escapeClass(DASH_CHARS)}]`;
const DOUBLE_QUOTE_CLASS = `[${escapeClass(DOUBLE_QUOTE_CHARS)}]`;
const SINGLE_QUOTE_CLASS = `[${escapeClass(SINGLE_QUOTE_CHARS)}]`;
/**
 * `\s` covers NBSP, thin and narrow spaces and line breaks, so "Coalition of
 * the\nWilling" matches. It does not cover U+0000, which the scanner uses
 * between blocks, so no match can run from one paragraph into the next.
 */
const SPACE_RUN = '\\s+';

/** Letters, digits and combining marks: what counts as "inside a word" in any script. */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

export type TokenKind = 'space' | 'dash' | 'dquote' | 'squote' | 'char' | 'ending';

export interface Token {
  kind: TokenKind;
  /** Trie key: equal keys accept exactly the same page text. */
  key: string;
  /** Regex fragment (for the `iu` flags) accepting every variant. */
  source: string;
}

const WHITESPACE = /\s/u;

/** Splits an alias into tokens; runs of whitespace become one `space` token. */
export function tokenize(alias: string): Token[] {
  const tokens: Token[] = [];
  for (const ch of alias.trim()) {
    if (WHITESPACE.test(ch)) {
      if (tokens[tokens.length - 1]?.kind !== 'space') tokens.push({ kind: 'space', key: ' ', source: SPACE_RUN });
    } else if (isDash(ch)) {
      tokens.push({ kind: 'dash', key: '-', source: DASH_CLASS });
    } else if (isDoubleQuote(ch)) {
      tokens.push({ kind: 'dquote', key: '"', source: DOUBLE_QUOTE_CLASS });
    } else if (isSingleQuote(ch)) {
      tokens.push({ kind: 'squote', key: "'", source: SINGLE_QUOTE_CLASS });
    } else {
      tokens.push(charToken(ch));
    }
  }
  return tokens;
}

/**
 * Letters keep their own case in the pattern: the combined RegExp carries the
 * `i` flag (V8 scans large case-insensitive alternations far faster than the
 * same alternation spelled with `[Aa]` classes), and case-sensitive aliases
 * are enforced afterwards by an exact lookup. So the trie key folds case.
 */
function charToken(original: string): Token {
  // Lower case where that is one character: the `i` flag makes "D" and "d" the same pattern,
  // and one spelling lets the trie merge them ("Donbas", "donbas") into one edge.
  const lower = original.toLowerCase();
  const ch = [...lower].length === 1 ? lower : original;
  const bare = stripLatinDiacritic(ch);
  // A Latin letter with a diacritic also accepts its bare letter: "sécurité" matches "securite",
  // which real pages (headlines, URLs, keyboards without the key) often print.
  const source = bare === ch ? escapeChar(ch) : `[${escapeClassChar(ch)}${escapeClassChar(bare)}]`;
  // The key folds the diacritic too, so "région" and "referendum" share the "r", "e" path and
  // the trie merges their sources (matcher.ts): the lookup folds diacritics the same way.
  return { kind: 'char', key: bare.toLowerCase(), source };
}

/**
 * Stands for a set's ending alternation in stored patterns: the same list
 * after each of a hundred stems would triple the tables every page loads.
 * `expandEndings` puts the alternation back when a pattern is compiled.
 */
const ENDING_MARK = '\u0001';
const ENDING_MARKS = /\u0001(\w+)\u0001/g;

/** The optional inflection endings after a stem alias (endings.ts), as a mark for `expandEndings`. */
export function endingToken(set: EndingSetName): Token {
  return { kind: 'ending', key: `~${set}`, source: `${ENDING_MARK}${set}${ENDING_MARK}` };
}

/** A stored pattern with each ending mark replaced by its optional, longest-first alternation. */
export function expandEndings(source: string): string {
  if (!source.includes(ENDING_MARK)) return source;
  return source.replace(ENDING_MARKS, (_mark, set: string) => endingAlternation(set as EndingSetName));
}

const alternations = new Map<EndingSetName, string>();
function endingAlternation(set: EndingSetName): string {
  let out = alternations.get(set);
  if (out === undefined) {
    const alternatives = endingsLongestFirst(set).map((e) => [...e].map((ch) => charToken(ch).source).join(''));
    alternations.set(set, (out = `(?:${alternatives.join('|')})?`));
  }
  return out;
}

/**
 * Canonical form of page text or alias text for lookups: one character per
 * dash/quote, one space per whitespace run, lower case unless `caseSensitive`.
 */
export function canonical(text: string, caseSensitive: boolean, foldDiacritics = true): string {
  // Most matches are plain ASCII words with single spaces: nothing to map.
  if (PLAIN_ASCII.test(text)) return caseSensitive ? text : text.toLowerCase();
  let out = '';
  let inSpace = false;
  for (const ch of text) {
    if (WHITESPACE.test(ch)) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += caseSensitive ? foldPunctuation(ch, foldDiacritics) : foldChar(ch, foldDiacritics);
  }
  return out.trim();
}

/** Printable ASCII other than space, dash and quotes, in words joined by single spaces. */
const PLAIN_ASCII = /^[!#-&(-,.-~]+(?: [!#-&(-,.-~]+)*$/;

/** Syntax characters; with the `u` flag only these may be escaped outside a class. */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/;

function escapeChar(ch: string): string {
  return REGEX_SPECIAL.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClass(chars: string): string {
  return [...chars].map(escapeClassChar).join('');
}
