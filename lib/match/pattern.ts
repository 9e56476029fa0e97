/**
 * Aliases as one RegExp pattern: a trie of tokens (normalize.ts) emitted as
 * nested alternations, longest spelling first. The page matcher does not use
 * it (matcher.ts walks sorted keys instead); the notMatching blockers do,
 * and so do tools that need a RegExp (the benchmark's mark.js comparison,
 * property tests).
 *
 * Pure: no DOM, no browser.*.
 */
import type { MatcherAlias } from './types';
import { endingToken, expandEndings, tokenize, WORD_CHAR, type Token } from './normalize';

/**
 * End boundary: not inside a word and not the "5" of "Article 5.1"; an optional
 * genitive "s" is allowed ("Selenskyjs").
 */
export const END = `(?=s?(?!${WORD_CHAR}|[.,]\\p{N}))`;
/** Start boundary: not inside a word, and not the "90" of "2.90%". */
export const START = `(?<!${WORD_CHAR}|\\p{N}[.,])`;
export const PATTERN_FLAGS = 'giu';

interface TrieNode {
  /** `merged`: the distinct sources of tokens that share the edge's key. */
  children: Map<string, { token: Token; node: TrieNode; merged?: Set<string> }>;
  terminal: boolean;
}

/** Every alias as its tokens, a stem alias with its ending token last. */
export function aliasTokens(alias: Pick<MatcherAlias, 'text' | 'endings'>): Token[] {
  const tokens = tokenize(alias.text);
  if (tokens.length > 0 && alias.endings) tokens.push(endingToken(alias.endings));
  return tokens;
}

/** The aliases as one pattern with start and end boundaries, for the `giu` flags ('(?!)' for none). */
export function combinedPattern(aliases: ReadonlyArray<Pick<MatcherAlias, 'text' | 'endings'>>): string {
  const lists = aliases.map(aliasTokens).filter((t) => t.length > 0);
  return lists.length ? `${START}(?:${expandEndings(trieSource(lists))})${END}` : '(?!)';
}

export function trieSource(tokenLists: Token[][]): string {
  return emit(trie(tokenLists));
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
