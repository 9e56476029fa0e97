/**
 * Reading installed stories, for every view that shows them (fact panel,
 * popup, side panel, options). No validator and no compiler here, so the
 * fact panel's script stays small: what is read was checked and compiled by
 * store.ts when it was written, and is shape-checked again here.
 */
import type { CompiledPack } from '../pack/types';
import { createLibrary, type StoryLibrary } from './library';
import { INDEX_KEY, compiledKey, type StorageArea } from './storage-keys';
import type { InstalledPack, LibraryStory, PacksIndex } from './types';

export const EMPTY_INDEX: PacksIndex = { version: 1, bundledEnabled: true, installed: [] };

const isString = (v: unknown): v is string => typeof v === 'string';

function isInstalled(v: unknown): v is InstalledPack {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return (
    isString(p.id) && isString(p.title) && isString(p.lang) && isString(p.fileName) && isString(p.importedAt) &&
    typeof p.enabled === 'boolean' && typeof p.sources === 'number' && typeof p.entities === 'number' &&
    (p.firstDate === null || isString(p.firstDate)) && (p.lastDate === null || isString(p.lastDate))
  );
}

/** The stored index, or the empty one when there is none; entries of the wrong shape are dropped. */
export function parseIndex(raw: unknown): PacksIndex {
  if (!raw || typeof raw !== 'object') return EMPTY_INDEX;
  const r = raw as Record<string, unknown>;
  if (r.version !== 1) return EMPTY_INDEX;
  return {
    version: 1,
    bundledEnabled: r.bundledEnabled !== false,
    installed: Array.isArray(r.installed) ? r.installed.filter(isInstalled) : [],
  };
}

export async function readIndex(area: StorageArea): Promise<PacksIndex> {
  return parseIndex((await area.get([INDEX_KEY]))[INDEX_KEY]);
}

function isCompiledPack(v: unknown): v is CompiledPack {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return p.formatVersion === 1 && Array.isArray(p.entities) && Array.isArray(p.claims) && Array.isArray(p.sources) && Array.isArray(p.quotes);
}

/** An installed story with its compiled pack, as the views and the runtime tables take it. */
export function installedStory(p: InstalledPack, pack: CompiledPack): LibraryStory {
  return { header: { id: p.id, title: p.title, lang: p.lang }, bundled: false, pack };
}

/** The enabled stories with their compiled packs; a story whose pack is missing or damaged is left out. */
export async function loadLibrary(area: StorageArea, bundled: LibraryStory): Promise<StoryLibrary> {
  const index = await readIndex(area);
  const enabled = index.installed.filter((p) => p.enabled);
  const stored = enabled.length > 0 ? await area.get(enabled.map((p) => compiledKey(p.id))) : {};
  const stories: LibraryStory[] = index.bundledEnabled ? [bundled] : [];
  for (const p of enabled) {
    const pack = stored[compiledKey(p.id)];
    if (isCompiledPack(pack)) stories.push(installedStory(p, pack));
  }
  return createLibrary(stories);
}
