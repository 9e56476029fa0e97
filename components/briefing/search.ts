/**
 * Search over the pack's entities and claims. Pure. Every word of the query
 * must appear (in any order) in the item's text; case, accents and curly
 * quotes don't matter, so "zelenskyy" finds "Zelenskyy" and "dont" doesn't
 * need the reader to type ’.
 */
import type { CompiledClaim, CompiledEntity, CompiledPack } from '../../lib/pack/types';

export interface SearchResults {
  entities: CompiledEntity[];
  claims: CompiledClaim[];
}

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .toLowerCase();
}

function words(query: string): string[] {
  return normaliseForSearch(query).split(/\s+/).filter(Boolean);
}

const haystacks = new WeakMap<object, string>();

function haystack(item: CompiledEntity | CompiledClaim, parts: () => string[]): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = normaliseForSearch(parts().join('\n'));
    haystacks.set(item, text);
  }
  return text;
}

function entityText(e: CompiledEntity): string {
  return haystack(e, () => [e.name, e.description, ...e.aliases.map((a) => a.text)]);
}

function claimText(c: CompiledClaim): string {
  return haystack(c, () => [c.label, ...c.citations.map((q) => q.quote)]);
}

/** Empty query → no results (the caller shows the full briefing instead). */
export function searchPack(pack: CompiledPack, query: string): SearchResults {
  const terms = words(query);
  if (terms.length === 0) return { entities: [], claims: [] };
  const matches = (text: string) => terms.every((term) => text.includes(term));
  return {
    entities: pack.entities.filter((e) => matches(entityText(e))),
    claims: pack.claims.filter((c) => matches(claimText(c))),
  };
}
