/**
 * Pure lookups the briefing views share: the claims behind a summary item,
 * quotes grouped by speaker, what the active tab mentions. Ids resolve through
 * the shared pack index (lib/pack/lookup). No DOM, no browser APIs, no display strings.
 */
import { packIndex, pick, quoteGroupView, type QuoteGroupView } from '../../lib/pack/lookup';
import type { CompiledClaim, CompiledEntity, CompiledPack, EntityId } from '../../lib/pack/types';

/** The claims behind a summary item, in the item's order. */
export function claimsOf(pack: CompiledPack, claimIds: readonly string[]): CompiledClaim[] {
  return pick(packIndex(pack).claims, claimIds);
}

export interface SpeakerQuotes {
  speaker: CompiledEntity;
  groups: QuoteGroupView[];
}

/** Quote groups by speaker, speakers in order of first appearance in the pack. */
export function quotesBySpeaker(pack: CompiledPack): SpeakerQuotes[] {
  const index = packIndex(pack);
  const bySpeaker = new Map<EntityId, SpeakerQuotes>();
  for (const group of pack.quotes) {
    const speaker = index.entities.get(group.speaker);
    if (!speaker) continue;
    let entry = bySpeaker.get(speaker.id);
    if (!entry) {
      entry = { speaker, groups: [] };
      bySpeaker.set(speaker.id, entry);
    }
    entry.groups.push(quoteGroupView(group, index));
  }
  return [...bySpeaker.values()];
}

export interface PageEntity {
  entity: CompiledEntity;
  count: number;
}

/** Entities the tab mentions, most mentions first, then by name; unknown ids are skipped. */
export function entitiesOnPage(pack: CompiledPack, counts: Readonly<Record<EntityId, number>>): PageEntity[] {
  const { entities } = packIndex(pack);
  const found: PageEntity[] = [];
  for (const [id, count] of Object.entries(counts)) {
    const entity = entities.get(id);
    if (entity && Number.isFinite(count) && count > 0) found.push({ entity, count });
  }
  return found.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
