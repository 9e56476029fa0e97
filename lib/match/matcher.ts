/**
 * One compiled matcher for all of the pack's aliases.
 *
 * Aliases are merged into a trie of tokens (see normalize.ts) and emitted as a
 * single RegExp, so the page is read once however many aliases there are, and
 * shared prefixes ("Article 5", "Article 5-like") are tried together. Greedy
 * optional groups make the longest alias win at each start; scanning left to
 * right gives non-overlapping matches sorted by start.
 *
 * Pure: no DOM, no browser.*.
 */
import type { MatcherAlias, TextMatch } from './types';
import { canonical, endingToken, expandEndings, tokenize, WORD_CHAR, type Token } from './normalize';
import { isEnding, MAX_ENDING_LENGTH, type EndingSetName } from './endings';
import { prefilterFromSources, prefilterSources, type PrefilterSources } from './prefilter';

export interface NotMatchingPhrase {
  entityId: string;
  /** A longer phrase containing one of the entity's aliases that means something else. */
  text: string;
}

export interface MatcherOptions {
  notMatching?: NotMatchingPhrase[];
}

export interface Matcher {
  /** Non-overlapping matches, longest alias first at each position, sorted by start. */
  findAll(text: string): TextMatch[];
  /**
   * The combined pattern, for benchmarks and tools that need a RegExp. It finds
   * candidates only: start boundaries, case-sensitive aliases and notMatching
   * phrases are checked by `findAll`.
   */
  readonly source: string;
  readonly flags: string;
  /** A fresh RegExp of `source` with `flags`, safe to hand to other code. */
  regex(): RegExp;
}

/**
 * End boundary: not inside a word and not the "5" of "Article 5.1"; an optional
 * genitive "s" is allowed ("Selenskyjs") and vetted in `acceptGenitive`.
 * It sits in the pattern so a longer alias that ends inside a word backtracks
 * to a shorter one.
 */
const END = `(?=s?(?!${WORD_CHAR}|[.,]\\p{N}))`;
/**
 * Start boundary: not inside a word, and not the "90" of "2.90%". Checked in
 * code on each candidate, not as a lookbehind in the pattern: a leading
 * lookbehind stops V8 from skipping ahead to possible first characters and
 * made the scan several times slower.
 */
const BAD_BEFORE = new RegExp(`(?:${WORD_CHAR}|\\p{N}[.,])$`, 'u');
const START = `(?<!${WORD_CHAR}|\\p{N}[.,])`;

const FLAGS = 'giu';
/** Distinct spellings remembered by `findAll`; a bound so a long-lived matcher can't grow without limit. */
const LOOKUP_CACHE_MAX = 10_000;

interface TrieNode {
  /** `merged`: the distinct sources of tokens that share the edge's key. */
  children: Map<string, { token: Token; node: TrieNode; merged?: Set<string> }>;
  terminal: boolean;
}

/**
 * Everything `compileMatcher` derives from the aliases, as plain JSON: the
 * build writes it next to the pack (data/compiled/matcher.json), so a page
 * only turns strings into RegExps instead of tokenizing 200 aliases and
 * building the trie on every load.
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
  /**
   * The trie's first-level branches: [first character's key, pattern of the aliases starting
   * with it]. A page picks the branch by the character at a candidate start: one combined
   * alternation of 700 aliases in nine scripts cost V8 about 8 µs per candidate.
   */
  branches: Array<[key: string, source: string]>;
  prefilter: PrefilterSources;
  blockers: BlockerSource[];
}

/** [index in `entities`, ALIAS_* flags, endings] for one alias. */
export type TableAlias = [entity: number, flags: number, endings?: EndingSetName];

const ALIAS_AMBIGUOUS = 1;
const ALIAS_LOOKALIKE = 2;
/** The alias ends in a letter: a glued genitive "s" may follow (`acceptGenitive`). */
const ALIAS_ENDS_IN_LETTER = 4;

/** What `findAll` knows of the alias behind a match. */
interface LoadedAlias {
  entityId: string;
  ambiguous: boolean;
  lookalike: boolean;
  endsInLetter: boolean;
  endings: EndingSetName | undefined;
}

/** Bumped whenever the shape or meaning of `MatcherTables` changes. */
export const MATCHER_TABLES_VERSION = 4;

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
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const stemsExact = new Map<string, number>();
  const stemsFolded = new Map<string, number>();
  const tokenLists: Token[][] = [];
  const entities: string[] = [];
  const entityIndex = new Map<string, number>();
  const compact = aliases.map((alias) => tableAlias(alias, entityIndex, entities));
  aliases.forEach((alias, i) => {
    const tokens = tokenize(alias.text);
    if (tokens.length === 0) return;
    if (alias.endings) tokens.push(endingToken(alias.endings));
    const map = alias.endings ? (alias.caseSensitive ? stemsExact : stemsFolded) : alias.caseSensitive ? exact : folded;
    const key = canonical(alias.text, alias.caseSensitive);
    // The pack lists the winning entity first when two share an alias.
    if (!map.has(key)) map.set(key, i);
    tokenLists.push(tokens);
  });
  return {
    version: MATCHER_TABLES_VERSION,
    entities,
    aliases: compact,
    exact: [...exact],
    folded: [...folded],
    stemsExact: [...stemsExact],
    stemsFolded: [...stemsFolded],
    branches: trieBranches(tokenLists),
    prefilter: prefilterSources(tokenLists),
    blockers: blockerSources(options.notMatching ?? []),
  };
}

export function compileMatcher(aliases: MatcherAlias[], options: MatcherOptions = {}): Matcher {
  return matcherFromTables(compileMatcherTables(aliases, options));
}

/** The matcher for tables made by `compileMatcherTables` (here or at build time). */
export function matcherFromTables(tables: MatcherTables): Matcher {
  if (tables.version !== MATCHER_TABLES_VERSION) {
    throw new Error(`matcher tables: version ${String(tables.version)}, expected ${MATCHER_TABLES_VERSION} (run npm run pack)`);
  }
  const aliases = tables.aliases.map((a) => loadAlias(a, tables.entities));
  // The combined pattern only serves tools and benchmarks: made when one asks, not at page load.
  let combined: string | null = null;
  const source = () =>
    (combined ??= tables.branches.length ? `(?:${tables.branches.map(([, b]) => expandEndings(b)).join('|')})${END}` : '(?!)');
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
  // Sticky: tried only where the prefilter says an alias can start, and only the branch for
  // the character there. Compiled on first use: a page pays only for the letters it has.
  const branchSource = new Map(tables.branches);
  const branchRe = new Map<string, RegExp | null>();
  const keyOf = new Map<number, string>();
  const regexAt = (text: string, start: number): RegExp | null => {
    const cp = text.codePointAt(start) ?? 0;
    let key = keyOf.get(cp);
    if (key === undefined) keyOf.set(cp, (key = canonical(String.fromCodePoint(cp), false)));
    let re = branchRe.get(key);
    if (re === undefined) {
      const b = branchSource.get(key);
      branchRe.set(key, (re = b === undefined ? null : new RegExp(`${expandEndings(b)}${END}`, 'iuy')));
    }
    return re;
  };
  const starts = prefilterFromSources(tables.prefilter);
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
      const re = regexAt(text, start);
      // `test` allocates no result for the many candidates that don't match. A sticky `u`
      // RegExp never starts inside a surrogate pair, and the prefilter never asks it to.
      let hit = false;
      if (re) {
        re.lastIndex = start;
        hit = re.test(text);
      }
      const end = hit && re ? re.lastIndex : start;
      const found = text.slice(start, end);
      const alias = hit ? lookup(found) : undefined;
      if (!alias || BAD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || !acceptGenitive(text, end, alias, found) || blockers.covers(alias.entityId, text, start, end)) {
        // Step one code point so a surrogate pair is never split.
        start = starts.next(text, start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1));
        continue;
      }
      const match: TextMatch = { start, end, entityId: alias.entityId, text: found, ambiguous: alias.ambiguous };
      if (alias.lookalike) match.lookalike = true;
      out.push(match);
      start = starts.next(text, end);
    }
    return out;
  }

  return {
    findAll,
    get source() {
      return source();
    },
    flags: FLAGS,
    regex: () => new RegExp(source(), FLAGS),
  };
}

const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}`, 'u');
const ENDS_IN_LETTER = /\p{L}$/u;
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

function trieSource(tokenLists: Token[][]): string {
  return emit(trie(tokenLists));
}

/** The root's branches, one per first-character key (see `MatcherTables.branches`). */
function trieBranches(tokenLists: Token[][]): Array<[string, string]> {
  return [...trie(tokenLists).children].map(([key, { token, node }]) => [key, token.source + emit(node)]);
}

function trie(tokenLists: Token[][]): TrieNode {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const tokens of tokenLists) {
    let node = root;
    for (const token of tokens) {
      let edge = node.children.get(token.key);
      if (!edge) {
        edge = { token, node: { children: new Map(), terminal: false } };
        node.children.set(token.key, edge);
      } else if (edge.token.source !== token.source && !edge.merged?.has(token.source)) {
        // Same key, wider text: "é" (accepts "e") and "e" share the edge, which accepts both.
        edge.merged ??= new Set([edge.token.source]);
        edge.merged.add(token.source);
        edge.token = { ...edge.token, source: `(?:${[...edge.merged].join('|')})` };
      }
      node = edge.node;
    }
    node.terminal = true;
  }
  return root;
}

/** Greedy `(?:…)?` around a terminal node's children: the longer alias is tried first. */
function emit(node: TrieNode): string {
  // Alternation takes the first branch that matches, not the longest: an optional ending must
  // come after every longer spelling ("Донецк" + ending after "Донецкая область").
  const edges = [...node.children.values()].sort((a, b) => Number(a.token.kind === 'ending') - Number(b.token.kind === 'ending'));
  const alternatives = edges.map(({ token, node: child }) => token.source + emit(child));
  if (alternatives.length === 0) return '';
  if (!node.terminal && alternatives.length === 1) return alternatives[0] ?? '';
  const group = `(?:${alternatives.join('|')})`;
  return node.terminal ? `${group}?` : group;
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
