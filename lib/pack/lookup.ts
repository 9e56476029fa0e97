/**
 * Looking things up in a compiled pack, and the view shapes the fact panel and
 * the briefing both show: sources in a strip, a quote group's wordings with the
 * sources that carry them, the sides of a difference with who gives them.
 * Pure: no DOM, no browser APIs, no display strings.
 */
import type {
  ClaimId,
  CompiledClaim,
  CompiledEntity,
  CompiledPack,
  CompiledQuoteGroup,
  CompiledSource,
  EntityId,
  QuoteGroupId,
  SourceId,
} from './types';

export interface PackIndex {
  sources: ReadonlyMap<SourceId, CompiledSource>;
  /** 1-based position in the pack's source list: the "Source N" the briefing shows. */
  sourceNumbers: ReadonlyMap<SourceId, number>;
  entities: ReadonlyMap<EntityId, CompiledEntity>;
  claims: ReadonlyMap<ClaimId, CompiledClaim>;
  quotes: ReadonlyMap<QuoteGroupId, CompiledQuoteGroup>;
}

// One index per pack object: the panel opens, and the briefing re-renders, many times on the same pack.
const indexes = new WeakMap<CompiledPack, PackIndex>();

export function packIndex(pack: CompiledPack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = {
      sources: new Map(pack.sources.map((s) => [s.id, s])),
      sourceNumbers: new Map(pack.sources.map((s, i) => [s.id, i + 1])),
      entities: new Map(pack.entities.map((e) => [e.id, e])),
      claims: new Map(pack.claims.map((c) => [c.id, c])),
      quotes: new Map(pack.quotes.map((q) => [q.id, q])),
    };
    indexes.set(pack, index);
  }
  return index;
}

/** Looks ids up in their order, dropping any the pack does not hold (a stale id must not break a view). */
export function pick<T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const value = map.get(id);
    if (value !== undefined) out.push(value);
  }
  return out;
}

export interface SourceChip {
  source: CompiledSource;
  mentioned: boolean;
}

/** Every pack source in pack order, marked where `mentionedIds` includes it. */
export function sourceStrip(pack: CompiledPack, mentionedIds: readonly SourceId[]): SourceChip[] {
  const mentioned = new Set(mentionedIds);
  return pack.sources.map((source) => ({ source, mentioned: mentioned.has(source.id) }));
}

export interface SideView {
  position: string;
  sources: CompiledSource[];
}

/** Each position with the sources giving it, in the order given. */
export function sideViews(
  sides: ReadonlyArray<{ position: string; sourceIds: readonly SourceId[] }>,
  index: PackIndex,
): SideView[] {
  return sides.map((side) => ({ position: side.position, sources: pick(index.sources, side.sourceIds) }));
}

export interface QuoteVariantView {
  text: string;
  sources: CompiledSource[];
}

export interface QuoteGroupView {
  id: string;
  label: string;
  singleSource: boolean;
  variants: QuoteVariantView[];
}

export function quoteGroupView(group: CompiledQuoteGroup, index: PackIndex): QuoteGroupView {
  return {
    id: group.id,
    label: group.label,
    singleSource: group.singleSource,
    variants: group.variants.map((v) => ({ text: v.text, sources: pick(index.sources, v.sourceIds) })),
  };
}
