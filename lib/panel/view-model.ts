/**
 * What the fact panel shows for one entity, derived from the compiled pack.
 * Pure: no DOM, no browser APIs, no strings for display (the components
 * translate), so every choice here is unit-tested with plain objects.
 */
import {
  packIndex,
  pick,
  quoteGroupView,
  sideViews,
  sourceStrip,
  type PackIndex,
  type QuoteGroupView,
  type SideView,
  type SourceChip,
} from '../pack/lookup';
import type { ClaimStatus, CompiledClaim, CompiledPack, CompiledSource, EntityId, EntityKind } from '../pack/types';

// Kept here too: the panel's callers and tests import it from the view model.
export { sourceStrip };

export interface CitationView {
  source: CompiledSource;
  quote: string;
  /** For `differs` claims: the value this source gives, a substring of `quote`. */
  position: string | null;
  /** The date exactly as the source's text gives it, or null when it gives none. */
  dateText: string | null;
}

export interface ClaimView {
  id: string;
  label: string;
  status: ClaimStatus;
  sources: CompiledSource[];
  /** Every pack source, filled where the claim is carried. */
  strip: SourceChip[];
  citations: CitationView[];
  /** Only for `differs` claims: each position with the sources giving it, best-supported first. */
  sides: SideView[];
}

export interface PanelModel {
  entityId: EntityId;
  name: string;
  kind: EntityKind;
  description: string;
  mentionedIn: number;
  totalSources: number;
  strip: SourceChip[];
  claims: ClaimView[];
  quoteGroups: QuoteGroupView[];
}

/** Most-supported first; the pack's own order breaks ties (Array.prototype.sort is stable). */
export function orderClaims(claims: readonly CompiledClaim[]): CompiledClaim[] {
  return [...claims].sort((a, b) => b.sourceCount - a.sourceCount);
}

/** Sides of a `differs` claim, the position more sources give first. */
export function orderSides(
  sides: CompiledClaim['sides'],
): CompiledClaim['sides'] {
  return [...sides].sort((a, b) => b.sourceIds.length - a.sourceIds.length);
}

function claimView(claim: CompiledClaim, pack: CompiledPack, index: PackIndex): ClaimView {
  const citations: CitationView[] = [];
  for (const c of claim.citations) {
    const source = index.sources.get(c.source);
    if (source) citations.push({ source, quote: c.quote, position: c.position ?? null, dateText: source.date.text });
  }
  return {
    id: claim.id,
    label: claim.label,
    status: claim.status,
    sources: pick(index.sources, claim.sourceIds),
    strip: sourceStrip(pack, claim.sourceIds),
    citations,
    sides: claim.status === 'differs' ? sideViews(orderSides(claim.sides), index) : [],
  };
}

/** Everything the panel shows for `entityId`, or null when the pack has no such entity. */
export function buildPanelModel(pack: CompiledPack, entityId: EntityId): PanelModel | null {
  const index = packIndex(pack);
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  return {
    entityId: entity.id,
    name: entity.name,
    kind: entity.kind,
    description: entity.description,
    mentionedIn: entity.sourceIds.length,
    totalSources: pack.totalSources,
    strip: sourceStrip(pack, entity.sourceIds),
    claims: orderClaims(pick(index.claims, entity.claimIds)).map((c) => claimView(c, pack, index)),
    // Quote groups are only ever attributed to people; other kinds show none.
    quoteGroups:
      entity.kind === 'person'
        ? pick(index.quotes, entity.quoteGroupIds).map((g) => quoteGroupView(g, index))
        : [],
  };
}

/** `quote` cut around the first occurrence of `part`, to emphasise it; null when absent. */
export function splitAround(quote: string, part: string | null): [string, string, string] | null {
  if (!part) return null;
  const at = quote.indexOf(part);
  if (at < 0) return null;
  return [quote.slice(0, at), part, quote.slice(at + part.length)];
}
