/**
 * The enabled stories as the fact panel, popup and side panel see them: each
 * with its compiled pack, and a lookup from a page's entity id (ids.ts) to
 * the entity and its story. Pure.
 */
import type { CompiledPack } from '../pack/types';
import { qualify, unqualify } from './ids';
import type { LibraryStory, ResolvedEntity, StoryHeader, StorySummary } from './types';

export interface StoryLibrary {
  /** The bundled story first (when enabled), then imported ones in the order they were imported. */
  readonly stories: readonly LibraryStory[];
  resolve(id: string): ResolvedEntity | undefined;
  /** The page's id for one of the story's entities. */
  idOf(story: LibraryStory, entityId: string): string;
  /** The story whose id (the header's) this is. */
  story(storyId: string): LibraryStory | undefined;
}

export function createLibrary(stories: readonly LibraryStory[]): StoryLibrary {
  const bundled = stories.find((s) => s.bundled);
  const byId = new Map(stories.map((s) => [s.header.id, s]));
  const entities = new Map(stories.map((s) => [s, new Map(s.pack.entities.map((e) => [e.id, e]))]));
  return {
    stories,
    resolve(id) {
      const { storyId, entityId } = unqualify(id);
      const story = storyId === null ? bundled : byId.get(storyId);
      // A bundled story's id never carries a prefix, an imported one's always does.
      if (!story || (storyId !== null && story.bundled)) return undefined;
      const entity = entities.get(story)?.get(entityId);
      return entity ? { story, entity } : undefined;
    },
    idOf: (story, entityId) => qualify(story.bundled ? null : story.header.id, entityId),
    story: (storyId) => byId.get(storyId),
  };
}

/** What the options page lists for a story. */
export function summarize(header: StoryHeader, pack: CompiledPack): StorySummary {
  const dates = pack.sources.map((s) => s.date?.iso).filter((d): d is string => typeof d === 'string').sort();
  return {
    id: header.id,
    title: header.title,
    lang: header.lang,
    sources: pack.sources.length,
    entities: pack.entities.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
  };
}
