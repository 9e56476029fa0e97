/**
 * Where installed stories live in `storage.local`. One key per story file and
 * per compiled pack, so reading the index or one story never reads the others.
 */

/** The PacksIndex. */
export const INDEX_KEY = 'packs';
/** Matcher tables and relevance models of the enabled stories (EngineData); absent when only the bundled story is on. */
export const ENGINE_KEY = 'packs-engine';
/** The every-page gate's checks (GateData); absent when only the bundled story is on. */
export const GATE_KEY = 'packs-gate';

/** The pack file as imported, byte for byte: what export gives back and what is re-checked. */
export const fileKey = (storyId: string) => `pack-file:${storyId}`;
/** The compiled pack the fact panel and the briefing read. */
export const compiledKey = (storyId: string) => `pack-compiled:${storyId}`;

/** The part of `storage.local` the stores use: the extension API's, or a Map in tests. */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
