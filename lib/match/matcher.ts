/**
 * One compiled matcher for all of the pack's aliases.
 *
 * No RegExp runs over the page. At each place an alias can start
 * (prefilter.ts) the matcher reads the page one character at a time, folds
 * it the way alias keys are folded (fold.ts), and narrows a sorted list of
 * keys (key-index.ts) until no key is left; the longest key that ended at a
 * word boundary wins. Stem aliases (`endings`) are walked the same way, then
 * the rest of the word must be one of their endings. The exact alias is
 * then looked up by the page's own spelling (case-sensitive aliases,
 * endings), and notMatching phrases get the last word.
 *
 * A RegExp alternation of the same aliases cost V8 several milliseconds to
 * compile and warm up on every page load (docs/decisions/008); sorted keys
 * need neither.
 *
 * Pure: no DOM, no browser.*.
 */
import type { MatcherAlias, TextMatch } from './types';
import { canonical, tokenize, WORD_CHAR, type Token } from './normalize';
import { isEnding, MAX_ENDING_LENGTH, type EndingSetName } from './endings';
import { createCharClasses, FOLD_OTHER, NUMBER, SPACE, WORD, type CharClasses } from './char-classes';
import { foldChar } from './fold';
import { hasPrefix, narrow, sortedKeys, type KeyRange } from './key-index';
import { createPrefilter } from './prefilter';
import { combinedPattern, PATTERN_FLAGS, START, trieSource } from './pattern';

export interface NotMatchingPhrase {
  entityId: string;
  /** A longer phrase containing one of the entity's aliases that means something else. */
  text: string;
}

export interface MatcherOptions {
  notMatching?: NotMatchingPhrase[];
  /**
   * The story each entity belongs to, when aliases of several stories are
   * matched together. An alias another story already has is then kept as a
   * twin of the first (`TextMatch.also`): the mention names both. Within one
   * story the first entity listed wins, as always.
   */
  storyOf?: (entityId: string) => string;
}

export interface Matcher {
  /** Non-overlapping matches, longest alias first at each position, sorted by start. */
  findAll(text: string): TextMatch[];
}

/**
 * Start boundary, checked on each candidate: not inside a word, and not the
 * "90" of "2.90%".
 */
const BAD_BEFORE = new RegExp(`(?:${WORD_CHAR}|\\p{N}[.,])$`, 'u');

/** Distinct spellings remembered by `findAll`; a bound so a long-lived matcher can't grow without limit. */
const LOOKUP_CACHE_MAX = 5000;

/**
 * Everything `compileMatcher` derives from the aliases, as plain JSON: the
 * build writes it next to the pack (data/compiled/matcher.json), so a page
 * only reads a few arrays into Maps.
 */
export interface MatcherTables {
  version: typeof MATCHER_TABLES_VERSION;
  /** Entity ids, indexed by `TableAlias`. */
  entities: string[];
  /**
   * Only what a match needs from its alias: the alias texts themselves are not
   * shipped (the lookup keys below are their canonical forms). Every page
   * parses these tables, so they are kept small.
   */
  aliases: TableAlias[];
  /** Canonical spelling → index in `aliases`, for case-sensitive and case-folded aliases. */
  exact: Array<[string, number]>;
  folded: Array<[string, number]>;
  /** The same for stem aliases (`endings`): looked up after an ending is taken off. */
  stemsExact: Array<[string, number]>;
  stemsFolded: Array<[string, number]>;
  blockers: BlockerSource[];
  /** Alias index → entities of other stories that share its spelling (see `MatcherOptions.storyOf`). */
  twins?: Array<[alias: number, entities: number[]]>;
}

/** [index in `entities`, ALIAS_* flags, endings] for one alias. */
export type TableAlias = [entity: number, flags: number, endings?: EndingSetName];

const ALIAS_AMBIGUOUS = 1;
const ALIAS_LOOKALIKE = 2;
/** The alias ends in a letter: a glued genitive "s" may follow (`acceptGenitive`). */
const ALIAS_ENDS_IN_LETTER = 4;
const ENDS_IN_LETTER = /\p{L}$/u;

/** What `findAll` knows of the alias behind a match. */
interface LoadedAlias {
  entityId: string;
  ambiguous: boolean;
  lookalike: boolean;
  endsInLetter: boolean;
  endings: EndingSetName | undefined;
  /** Entities of other stories named by the same spelling. */
  also?: string[];
}

/** Bumped whenever the shape or meaning of `MatcherTables` changes. */
export const MATCHER_TABLES_VERSION = 5;

function tableAlias(alias: MatcherAlias, entityIndex: Map<string, number>, entities: string[]): TableAlias {
  let entity = entityIndex.get(alias.entityId);
  if (entity === undefined) {
    entityIndex.set(alias.entityId, (entity = entities.length));
    entities.push(alias.entityId);
  }
  const flags =
    (alias.ambiguous ? ALIAS_AMBIGUOUS : 0) |
    (alias.lookalike ? ALIAS_LOOKALIKE : 0) |
    (ENDS_IN_LETTER.test(alias.text) ? ALIAS_ENDS_IN_LETTER : 0);
  return alias.endings ? [entity, flags, alias.endings] : [entity, flags];
}

function loadAlias([entity, flags, endings]: TableAlias, entities: string[]): LoadedAlias {
  return {
    entityId: entities[entity] ?? '',
    ambiguous: (flags & ALIAS_AMBIGUOUS) !== 0,
    lookalike: (flags & ALIAS_LOOKALIKE) !== 0,
    endsInLetter: (flags & ALIAS_ENDS_IN_LETTER) !== 0,
    endings,
  };
}

/** Pure and deterministic: the same aliases give the same tables. */
export function compileMatcherTables(aliases: MatcherAlias[], options: MatcherOptions = {}): MatcherTables {
  const maps = { exact: new Map<string, number>(), folded: new Map<string, number>(), stemsExact: new Map<string, number>(), stemsFolded: new Map<string, number>() };
  const entities: string[] = [];
  const entityIndex = new Map<string, number>();
  const compact = aliases.map((alias) => tableAlias(alias, entityIndex, entities));
  const twins = new Map<number, number[]>();
  aliases.forEach((alias, i) => {
    if (tokenize(alias.text).length === 0) return;
    const map = alias.endings ? (alias.caseSensitive ? maps.stemsExact : maps.stemsFolded) : alias.caseSensitive ? maps.exact : maps.folded;
    const key = canonical(alias.text, alias.caseSensitive);
    const first = map.get(key);
    // The pack lists the winning entity first when two share an alias.
    if (first === undefined) map.set(key, i);
    else if (options.storyOf) addTwin(twins, first, i, compact, entities, options.storyOf);
  });
  return {
    version: MATCHER_TABLES_VERSION,
    entities,
    aliases: compact,
    exact: [...maps.exact],
    folded: [...maps.folded],
    stemsExact: [...maps.stemsExact],
    stemsFolded: [...maps.stemsFolded],
    blockers: blockerSources(options.notMatching ?? []),
    ...(twins.size > 0 ? { twins: [...twins] } : {}),
  };
}

/** Records alias `i` as a twin of alias `first` when it names an entity of a story not named there yet. */
function addTwin(
  twins: Map<number, number[]>,
  first: number,
  i: number,
  compact: TableAlias[],
  entities: string[],
  storyOf: (entityId: string) => string,
): void {
  const list = twins.get(first) ?? [];
  const other = compact[i]![0];
  const stories = [compact[first]![0], ...list].map((e) => storyOf(entities[e]!));
  if (stories.includes(storyOf(entities[other]!))) return;
  twins.set(first, [...list, other]);
}

export function compileMatcher(aliases: MatcherAlias[], options: MatcherOptions = {}): Matcher {
  return matcherFromTables(compileMatcherTables(aliases, options));
}

/** A RegExp (flags `giu`) finding every alias's candidates, for tools that need one (benchmarks). */
export function matcherRegExp(aliases: ReadonlyArray<Pick<MatcherAlias, 'text' | 'endings'>>): RegExp {
  return new RegExp(combinedPattern(aliases), PATTERN_FLAGS);
}

/** The walk's two key lists: whole aliases, and stems with the ending sets each may take. */
interface WalkKeys {
  keys: string[];
  stems: string[];
  stemSets: EndingSetName[][];
}

function walkKeys(tables: MatcherTables): WalkKeys {
  // Folded keys are stored folded; only the case-sensitive ones need folding here.
  const fold = (key: string) => canonical(key, false);
  const keys = sortedKeys([...tables.folded.map(([k]) => k), ...tables.exact.map(([k]) => fold(k))]);
  const sets = new Map<string, Set<EndingSetName>>();
  const stemEntries: Array<[string, number]> = [...tables.stemsFolded, ...tables.stemsExact.map(([k, i]): [string, number] => [fold(k), i])];
  for (const [folded, i] of stemEntries) {
    const set = tables.aliases[i]?.[2];
    if (!set) continue;
    sets.set(folded, (sets.get(folded) ?? new Set()).add(set));
  }
  const stems = sortedKeys(sets.keys());
  return { keys, stems, stemSets: stems.map((s) => [...(sets.get(s) ?? [])]) };
}

/** The matcher for tables made by `compileMatcherTables` (here or at build time). */
export function matcherFromTables(tables: MatcherTables): Matcher {
  if (tables.version !== MATCHER_TABLES_VERSION) {
    throw new Error(`matcher tables: version ${String(tables.version)}, expected ${MATCHER_TABLES_VERSION} (run npm run pack)`);
  }
  const aliases = tables.aliases.map((a) => loadAlias(a, tables.entities));
  for (const [i, others] of tables.twins ?? []) {
    const alias = aliases[i];
    if (alias) alias.also = others.map((e) => tables.entities[e] ?? '').filter(Boolean);
  }
  const byIndex = (entries: Array<[string, number]>) => new Map(entries.map(([key, i]) => [key, aliases[i]!]));
  const exact = byIndex(tables.exact);
  const folded = byIndex(tables.folded);
  const stemsExact = byIndex(tables.stemsExact);
  const stemsFolded = byIndex(tables.stemsFolded);
  const hasStems = stemsExact.size + stemsFolded.size > 0;
  /** A stem alias whose stem is `found` minus one of its endings. */
  const stemLookup = (found: string): LoadedAlias | undefined => {
    for (let k = 0; k <= MAX_ENDING_LENGTH && k < found.length; k++) {
      const stem = found.slice(0, found.length - k);
      const ending = found.slice(found.length - k).toLowerCase();
      const alias = stemsExact.get(canonical(stem, true)) ?? stemsFolded.get(canonical(stem, false));
      if (alias?.endings && isEnding(alias.endings, ending)) return alias;
    }
    return undefined;
  };
  const walk = walkKeys(tables);
  const classes = createCharClasses((ch) => hasPrefix(walk.keys, ch) || hasPrefix(walk.stems, ch));
  const starts = createPrefilter(classes, walk.keys.length + walk.stems.length === 0);
  const longest = createLongestWalk(walk, classes);
  const blockers = blockersFromSources(tables.blockers);

  // Pages repeat the same few spellings: remember each one's alias (or none).
  const seen = new Map<string, LoadedAlias | null>();
  const lookup = (found: string): LoadedAlias | undefined => {
    let alias = seen.get(found);
    if (alias === undefined) {
      alias = exact.get(canonical(found, true)) ?? folded.get(canonical(found, false)) ?? (hasStems ? stemLookup(found) : undefined) ?? null;
      if (seen.size >= LOOKUP_CACHE_MAX) seen.clear();
      seen.set(found, alias);
    }
    return alias ?? undefined;
  };

  function findAll(text: string): TextMatch[] {
    const out: TextMatch[] = [];
    for (let start = starts.next(text, 0); start >= 0; ) {
      const end = longest(text, start);
      const found = end > start ? text.slice(start, end) : '';
      const alias = found ? lookup(found) : undefined;
      if (!alias || BAD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || !acceptGenitive(text, end, alias, found) || blockers.covers(alias.entityId, text, start, end)) {
        // Step one code point so a surrogate pair is never split.
        start = starts.next(text, start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1));
        continue;
      }
      const match: TextMatch = { start, end, entityId: alias.entityId, text: found, ambiguous: alias.ambiguous };
      if (alias.lookalike) match.lookalike = true;
      if (alias.also) match.also = alias.also;
      out.push(match);
      start = starts.next(text, end);
    }
    return out;
  }

  return { findAll };
}

/**
 * The end of the longest key (or stem plus ending) read from `start` that
 * stops at an end boundary, or -1. Whitespace runs read as one space.
 */
function createLongestWalk({ keys, stems, stemSets }: WalkKeys, classes: CharClasses) {
  /** End boundary: not inside a word, not the "5" of "Article 5.1"; a genitive "s" may follow (`acceptGenitive`). */
  const free = (text: string, p: number): boolean => {
    if (p >= text.length) return true;
    const k = classes.at(text, p);
    if (k & WORD) return false;
    const c = text.charCodeAt(p);
    return !((c === 46 || c === 44) && p + 1 < text.length && classes.at(text, p + 1) & NUMBER);
  };
  const endsAt = (text: string, p: number): boolean => {
    if (free(text, p)) return true;
    const c = text.charCodeAt(p);
    return (c === 115 || c === 83) && free(text, p + 1); // "s" or "S"
  };
  /** Where a stem read up to `p` ends with one of its endings, or -1. */
  const stemEnd = (text: string, p: number, sets: EndingSetName[]): number => {
    let q = p;
    while (q < text.length && q - p <= MAX_ENDING_LENGTH + 1 && classes.at(text, q) & WORD) q++;
    let best = -1;
    for (let e = q; e >= p; e--) {
      if (e <= best || !endsAt(text, e)) continue;
      const ending = text.slice(p, e);
      if (sets.some((set) => isEnding(set, ending))) best = e;
    }
    return best;
  };
  const whole: KeyRange = { lo: 0, hi: 0 };
  const stem: KeyRange = { lo: 0, hi: 0 };
  const { table } = classes;
  // The first two folded units of every key: most word starts of a page begin no key, and
  // one Set lookup turns them away before any search (a walk per word was most of the cost).
  const pairs = new Set<number>();
  const short = new Set<number>();
  for (const key of [...keys, ...stems]) {
    if (key.length >= 2) pairs.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
    else short.add(key.charCodeAt(0));
  }
  const beginsNoKey = (text: string, start: number): boolean => {
    const f0 = classes.fold(text, start);
    if (f0 === FOLD_OTHER || short.has(f0)) return false;
    const j = start + 1;
    if (j >= text.length) return true;
    const k1 = table[text.charCodeAt(j)] || classes.at(text, j);
    const f1 = k1 & SPACE ? 32 : classes.fold(text, j);
    return f1 !== FOLD_OTHER && !pairs.has(f0 * 0x10000 + f1);
  };

  return (text: string, start: number): number => {
    if (beginsNoKey(text, start)) return -1;
    whole.lo = stem.lo = 0;
    whole.hi = keys.length;
    stem.hi = stems.length;
    let depth = 0;
    let best = -1;
    for (let i = start; i < text.length && (whole.lo < whole.hi || stem.lo < stem.hi); ) {
      const k = table[text.charCodeAt(i)] || classes.at(text, i);
      let width = (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      let unit: string;
      if (k & SPACE) {
        while (i + width < text.length && classes.at(text, i + width) & SPACE) width++;
        unit = ' ';
      } else {
        const f = width === 1 ? classes.fold(text, i) : FOLD_OTHER;
        unit = f === FOLD_OTHER ? foldChar(text.slice(i, i + width)) : String.fromCharCode(f);
      }
      for (let u = 0; u < unit.length; u++, depth++) {
        const code = unit.charCodeAt(u);
        if (whole.lo < whole.hi) narrow(keys, whole, depth, code);
        if (stem.lo < stem.hi) narrow(stems, stem, depth, code);
      }
      i += width;
      if (whole.lo < whole.hi && keys[whole.lo]!.length === depth && endsAt(text, i)) best = i;
      if (stem.lo < stem.hi && stems[stem.lo]!.length === depth) best = Math.max(best, stemEnd(text, i, stemSets[stem.lo]!));
    }
    return best;
  };
}

const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}`, 'u');
const STARTS_UPPER = /^\P{Ll}/u;

/**
 * German and Dutch genitives glue an "s" to the name ("Selenskyjs Rede").
 * Accept that only for capitalised names so the English verb "trumps" or
 * plural "merzs"-like words don't light up.
 */
function acceptGenitive(text: string, end: number, alias: LoadedAlias, found: string): boolean {
  if (!WORD_CHAR_RE.test(text.slice(end, end + 2))) return true;
  return alias.endsInLetter && STARTS_UPPER.test(found);
}

interface Blockers {
  covers(entityId: string, text: string, start: number, end: number): boolean;
}

/** One entity's notMatching phrases as a pattern, and how far before a match one can start. */
export interface BlockerSource {
  entityId: string;
  source: string;
  reach: number;
}

/**
 * "Kushner Companies" must not count as Kushner. Only matches of entities that
 * have such phrases pay for the check: a sticky regex is tried at the few
 * positions before the match where a covering phrase could start.
 */
function blockerSources(phrases: NotMatchingPhrase[]): BlockerSource[] {
  const byEntity = new Map<string, Token[][]>();
  const longest = new Map<string, number>();
  for (const { entityId, text } of phrases) {
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), tokens]);
    longest.set(entityId, Math.max(longest.get(entityId) ?? 0, text.length));
  }
  return [...byEntity].map(([entityId, lists]) => ({
    entityId,
    source: `${START}(?:${trieSource(lists)})(?!${WORD_CHAR})`,
    // Whitespace runs in the page may be longer than in the phrase.
    reach: 2 * (longest.get(entityId) ?? 0) + 8,
  }));
}

function blockersFromSources(sources: BlockerSource[]): Blockers {
  const compiled = new Map(sources.map(({ entityId, source, reach }) => [entityId, { re: new RegExp(source, 'iuy'), reach }]));
  return {
    covers(entityId, text, start, end) {
      const blocker = compiled.get(entityId);
      if (!blocker) return false;
      for (let p = Math.max(0, start - blocker.reach); p <= start; p++) {
        blocker.re.lastIndex = p;
        const m = blocker.re.exec(text);
        if (m && p + m[0].length >= end) return true;
      }
      return false;
    },
  };
}
