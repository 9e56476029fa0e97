/**
 * One character of page or alias text in the form the matcher compares:
 * case folded, Latin diacritics dropped, any dash one "-", any quote one
 * `"` or `'`. Alias keys (`canonical`) and the page walk (matcher.ts) both
 * go through `foldChar`, so they can never disagree.
 *
 * Pure: no DOM, no browser.*.
 */
import { stripLatinDiacritic } from './diacritics';

/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus, small and fullwidth hyphen. */
export const DASH_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D';
/** Straight, curly and low double quotes, guillemets, double prime, fullwidth quote. */
export const DOUBLE_QUOTE_CHARS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02';
/** Straight, curly and low single quotes, prime, fullwidth apostrophe, modifier apostrophe. */
export const SINGLE_QUOTE_CHARS = "'\u2018\u2019\u201A\u201B\u2032\uFF07\u02BC";

const DASHES = new Set(DASH_CHARS);
const DOUBLE_QUOTES = new Set(DOUBLE_QUOTE_CHARS);
const SINGLE_QUOTES = new Set(SINGLE_QUOTE_CHARS);

/**
 * Case folding close to Unicode simple case folding (what a `iu` RegExp
 * uses): through upper case where that is one character, so "ſ" is "s" and
 * "ς" is "σ"; plain lower case otherwise ("ß" stays "ß").
 */
function foldCase(ch: string): string {
  const upper = ch.toUpperCase();
  return upper.length === ch.length ? upper.toLowerCase() : ch.toLowerCase();
}

/** `ch`: one code point that is not whitespace (whitespace runs fold to one space, by the caller). */
export function foldChar(ch: string, foldDiacritics = true): string {
  if (DASHES.has(ch)) return '-';
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (SINGLE_QUOTES.has(ch)) return "'";
  return foldCase(foldDiacritics ? stripLatinDiacritic(ch) : ch);
}

/** The same mapping keeping letter case (case-sensitive aliases). */
export function foldPunctuation(ch: string, foldDiacritics = true): string {
  if (DASHES.has(ch)) return '-';
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (SINGLE_QUOTES.has(ch)) return "'";
  return foldDiacritics ? stripLatinDiacritic(ch) : ch;
}

export const isDash = (ch: string) => DASHES.has(ch);
export const isDoubleQuote = (ch: string) => DOUBLE_QUOTES.has(ch);
export const isSingleQuote = (ch: string) => SINGLE_QUOTES.has(ch);
