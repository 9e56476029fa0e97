/**
 * Pure lookups the briefing views share: the claims behind a summary item,
 * quotes grouped by speaker, what the active tab mentions. Ids resolve through
 * the shared pack index (lib/pack/lookup). No DOM, no browser APIs, no display strings.
 */
import { packIndex, pick, quoteGroupView, type QuoteGroupView } from '../../lib/pack/lookup';
import type { CompiledClaim, CompiledEntity, CompiledPack, EntityId } from '../../lib/pack/types';
import type { StoryLibrary } from '../../lib/packs/library';
import type { LibraryStory } from '../../lib/packs/types';

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

export interface StoryOnPage {
  story: LibraryStory;
  /** `pageId`: the entity's id on the page (lib/packs/ids.ts), what reveal asks for. */
  entities: Array<PageEntity & { pageId: string }>;
}

/**
 * What the tab mentions, by story (stories in the library's order), each
 * story's entities most-mentioned first; ids no enabled story knows are skipped.
 */
export function storiesOnPage(library: StoryLibrary, counts: Readonly<Record<string, number>>): StoryOnPage[] {
  const groups = new Map<LibraryStory, StoryOnPage['entities']>();
  for (const [pageId, count] of Object.entries(counts)) {
    const resolved = library.resolve(pageId);
    if (!resolved || !Number.isFinite(count) || count <= 0) continue;
    const list = groups.get(resolved.story) ?? [];
    list.push({ entity: resolved.entity, count, pageId });
    groups.set(resolved.story, list);
  }
  return library.stories
    .filter((story) => groups.has(story))
    .map((story) => ({
      story,
      entities: groups.get(story)!.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
    }));
}
