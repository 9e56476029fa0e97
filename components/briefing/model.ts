/**
 * Pure lookups the briefing views share: ids to pack objects, the verbatim
 * quotes behind a summary item, quotes grouped by speaker, what the active tab
 * mentions. No DOM, no browser APIs, no display strings.
 */
import type {
  CompiledClaim,
  CompiledEntity,
  CompiledPack,
  CompiledQuoteGroup,
  CompiledSource,
  EntityId,
} from '../../lib/pack/types';
import type { QuoteGroupView } from '../../lib/panel/view-model';

export interface PackLookup {
  source(id: string): CompiledSource | undefined;
  /** 1-based position in the pack's source list: the number the Sources section shows. */
  sourceNumber(id: string): number;
  claim(id: string): CompiledClaim | undefined;
  entity(id: string): CompiledEntity | undefined;
}

const lookups = new WeakMap<CompiledPack, PackLookup>();

export function packLookup(pack: CompiledPack): PackLookup {
  const cached = lookups.get(pack);
  if (cached) return cached;
  const sources = new Map(pack.sources.map((s, i) => [s.id, { s, n: i + 1 }]));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const lookup: PackLookup = {
    source: (id) => sources.get(id)?.s,
    sourceNumber: (id) => sources.get(id)?.n ?? 0,
    claim: (id) => claims.get(id),
    entity: (id) => entities.get(id),
  };
  lookups.set(pack, lookup);
  return lookup;
}

/** Looks ids up and drops unknown ones: a stale id must not break the view. */
export function pickAll<T>(ids: readonly string[], get: (id: string) => T | undefined): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const value = get(id);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** The claims behind a summary item, in the item's order. */
export function claimsOf(pack: CompiledPack, claimIds: readonly string[]): CompiledClaim[] {
  const lookup = packLookup(pack);
  return pickAll(claimIds, lookup.claim);
}

export interface SpeakerQuotes {
  speaker: CompiledEntity;
  groups: QuoteGroupView[];
}

/** Quote groups by speaker, speakers in order of first appearance in the pack. */
export function quotesBySpeaker(pack: CompiledPack): SpeakerQuotes[] {
  const lookup = packLookup(pack);
  const bySpeaker = new Map<EntityId, SpeakerQuotes>();
  for (const group of pack.quotes) {
    const speaker = lookup.entity(group.speaker);
    if (!speaker) continue;
    let entry = bySpeaker.get(speaker.id);
    if (!entry) {
      entry = { speaker, groups: [] };
      bySpeaker.set(speaker.id, entry);
    }
    entry.groups.push(quoteGroupView(group, lookup));
  }
  return [...bySpeaker.values()];
}

function quoteGroupView(group: CompiledQuoteGroup, lookup: PackLookup): QuoteGroupView {
  return {
    id: group.id,
    label: group.label,
    singleSource: group.singleSource,
    variants: group.variants.map((v) => ({ text: v.text, sources: pickAll(v.sourceIds, lookup.source) })),
  };
}

export interface PageEntity {
  entity: CompiledEntity;
  count: number;
}

/** Entities the tab mentions, most mentions first, then by name; unknown ids are skipped. */
export function entitiesOnPage(pack: CompiledPack, counts: Readonly<Record<EntityId, number>>): PageEntity[] {
  const lookup = packLookup(pack);
  const found: PageEntity[] = [];
  for (const [id, count] of Object.entries(counts)) {
    const entity = lookup.entity(id);
    if (entity && Number.isFinite(count) && count > 0) found.push({ entity, count });
  }
  return found.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
