/**
 * Entity ids on a page, unique across stories. The bundled story keeps its
 * ids as they are (links, saved focus and tests from before still hold); an
 * imported story's entity `putin` in story `russia-sanctions` is
 * `russia-sanctions/putin`. Ids and story ids are kebab-case, so "/" never
 * occurs inside either.
 */

export const STORY_SEPARATOR = '/';

export function qualify(storyId: string | null, entityId: string): string {
  return storyId === null ? entityId : `${storyId}${STORY_SEPARATOR}${entityId}`;
}

/** The story id (null for the bundled story) and the pack's own entity id. */
export function unqualify(id: string): { storyId: string | null; entityId: string } {
  const at = id.indexOf(STORY_SEPARATOR);
  return at < 0 ? { storyId: null, entityId: id } : { storyId: id.slice(0, at), entityId: id.slice(at + 1) };
}
