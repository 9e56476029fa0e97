/**
 * Inflection endings the matcher accepts after an alias marked with
 * `endings`. Slavic languages decline names ("Зеленський / Зеленського /
 * Зеленському", "Putin / Putina / Putinem"), German and Dutch add genitive
 * and plural endings ("Sicherheitsgarantie / Sicherheitsgarantien"). Listing
 * every form as an alias would multiply the pack; a stem with one bounded
 * set of endings per language keeps the tables compact and the matching
 * rule in one place.
 *
 * Each set is closed and short: a stem + ending must still end at a word
 * boundary, so "Путин" + endings never reaches "путина" written in lower
 * case unless the alias allows lower case (names are case-sensitive where a
 * common word shares the stem).
 *
 * Pure: no DOM, no browser.*.
 */
import { stripLatinDiacritic } from './diacritics';

export const ENDING_SETS = {
  /** Russian noun and adjective case endings (masculine surnames, nouns, adjectives). */
  ru: ['а', 'у', 'ю', 'е', 'ы', 'и', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ого', 'его', 'ому', 'ему', 'ая', 'яя', 'ую', 'юю', 'ий', 'ый', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ью', 'ь', 'я', 'ём'],
  /** Ukrainian noun and adjective case endings. */
  uk: ['а', 'у', 'ю', 'е', 'є', 'и', 'і', 'ї', 'ою', 'ею', 'єю', 'ом', 'ем', 'им', 'ім', 'ого', 'ому', 'ій', 'ий', 'ої', 'ах', 'ях', 'ам', 'ям', 'ами', 'ями', 'ів', 'ові', 'еві', 'ами'],
  /** Polish noun and adjective case endings. */
  pl: ['a', 'u', 'e', 'y', 'i', 'ą', 'ę', 'em', 'ie', 'iem', 'owi', 'ego', 'emu', 'im', 'ym', 'ej', 'ów', 'om', 'ami', 'ach', 'iego', 'iemu', 'ich', 'ych', 'imi', 'ymi'],
  /** German genitive, dative and plural endings. */
  de: ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns'],
  /** Dutch plural and genitive endings. */
  nl: ['s', 'en', 'n'],
} as const satisfies Record<string, readonly string[]>;

export type EndingSetName = keyof typeof ENDING_SETS;

export const ENDING_SET_NAMES = Object.keys(ENDING_SETS) as EndingSetName[];

/** Longest ending of any set, in UTF-16 units: how far a lookup strips back. */
export const MAX_ENDING_LENGTH = Math.max(...Object.values(ENDING_SETS).flatMap((set) => set.map((e) => e.length)));

/** Lower case, Latin diacritics dropped: the page may print "aktywow" for "aktywów", as the pattern allows. */
const fold = (ending: string) => [...ending.toLowerCase()].map(stripLatinDiacritic).join('');

/** Built on first use: the every-page gate imports this module for MAX_ENDING_LENGTH only. */
let lookup: Map<EndingSetName, ReadonlySet<string>> | null = null;

/** Whether `suffix` (may be empty) is one of the set's endings, ignoring case and Latin diacritics. */
export function isEnding(set: EndingSetName, suffix: string): boolean {
  if (suffix === '') return true;
  lookup ??= new Map(ENDING_SET_NAMES.map((name) => [name, new Set(ENDING_SETS[name].map(fold))]));
  return lookup.get(set)?.has(fold(suffix)) ?? false;
}

/** The endings, longest first, so a greedy alternation tries "ого" before "о". */
export function endingsLongestFirst(set: EndingSetName): string[] {
  return [...new Set(ENDING_SETS[set])].sort((a, b) => b.length - a.length || a.localeCompare(b));
}
