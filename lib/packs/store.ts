/**
 * Installing, switching and removing stories: the options page's actions,
 * and the background's rebuild after an update. Every change is checked
 * first and written in one `storage.local.set`, so an import that fails
 * (a malformed file, no room left) changes nothing. Writes are queued so two
 * quick clicks can't both read the old index and lose one change.
 *
 * After each change the tables pages match are rebuilt for the enabled
 * stories (runtime.ts). When only the bundled story is on they are removed,
 * and pages use the build's own: the common case reads nothing extra.
 */
import { compileMatcher } from '../match/matcher';
import { PackError, formatIssue, type PackIssue } from '../pack/errors';
import { loadPackFile } from '../pack/file';
import type { CompiledPack } from '../pack/types';
import { summarize } from './library';
import { installedStory, readIndex } from './read';
import { buildRuntime } from './runtime';
import { ENGINE_KEY, GATE_KEY, INDEX_KEY, compiledKey, fileKey, type StorageArea } from './storage-keys';
import type { InstalledPack, LibraryStory, PacksIndex } from './types';

export interface ImportResult {
  pack: InstalledPack;
  /** A story with the same id was installed before and is now replaced. */
  replaced: boolean;
}

/** A stored story whose file no longer passes the check (damaged storage, or a stricter Backstory). */
export interface DamagedPack {
  id: string;
  issues: string[];
}

export interface PackStore {
  index(): Promise<PacksIndex>;
  /** Checks the file as a build would (every citation against its text); throws PackError, changing nothing, when it fails. */
  importFile(text: string, fileName: string): Promise<ImportResult>;
  /** `null` is the bundled story. */
  setEnabled(storyId: string | null, enabled: boolean): Promise<PacksIndex>;
  /** The bundled story cannot be removed, only disabled. */
  remove(storyId: string): Promise<PacksIndex>;
  /** The file exactly as it was imported. */
  exportFile(storyId: string): Promise<{ fileName: string; text: string }>;
  /** Re-checks every stored file; a story that fails is disabled and listed. */
  verify(): Promise<DamagedPack[]>;
  /** Rebuilds what pages match from the stored packs (after an update changed the tables' format). */
  rebuild(): Promise<void>;
}

function issueError(fileName: string, path: string, reason: string): PackError {
  return new PackError([{ file: fileName, path, reason }]);
}

/** Chrome's `storage.local` holds 10 MB without `unlimitedStorage` (docs/decisions/012). */
function storageError(fileName: string, error: unknown): PackError {
  const why = error instanceof Error ? error.message : String(error);
  const full = /quota/i.test(why);
  return issueError(fileName, '', full ? 'not enough room in the extension\'s storage: remove a story you no longer need, then import again' : `could not be saved: ${why}`);
}

export function createPackStore(area: StorageArea, bundled: LibraryStory, now: () => Date = () => new Date()): PackStore {
  let queue: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The enabled stories' tables, or removal of them when the bundled story is all there is. */
  async function runtimeItems(index: PacksIndex, extra: Record<string, CompiledPack> = {}): Promise<{ set: Record<string, unknown>; remove: string[] }> {
    const enabled = index.installed.filter((p) => p.enabled);
    if (enabled.length === 0 && index.bundledEnabled) return { set: {}, remove: [ENGINE_KEY, GATE_KEY] };
    const missing = enabled.filter((p) => !extra[p.id]).map((p) => compiledKey(p.id));
    const stored = missing.length > 0 ? await area.get(missing) : {};
    const stories: LibraryStory[] = index.bundledEnabled ? [bundled] : [];
    for (const p of enabled) {
      const pack = extra[p.id] ?? (stored[compiledKey(p.id)] as CompiledPack | undefined);
      if (pack) stories.push(installedStory(p, pack));
    }
    const { engine, gate } = buildRuntime(stories);
    return { set: { [ENGINE_KEY]: engine, [GATE_KEY]: gate }, remove: [] };
  }

  async function write(index: PacksIndex, items: Record<string, unknown> = {}, removed: string[] = [], extra: Record<string, CompiledPack> = {}): Promise<void> {
    const runtime = await runtimeItems(index, extra);
    await area.set({ ...items, ...runtime.set, [INDEX_KEY]: index });
    const gone = [...removed, ...runtime.remove];
    if (gone.length > 0) await area.remove(gone);
  }

  function compile(text: string, fileName: string) {
    const loaded = loadPackFile(text, fileName, { makeMatcher: compileMatcher });
    if (loaded.story.id === bundled.header.id) {
      throw issueError(fileName, 'story.id', `"${loaded.story.id}" is the story that comes with Backstory; give this story an id of its own`);
    }
    return loaded;
  }

  return {
    index: () => readIndex(area),

    importFile: (text, fileName) =>
      queued(async () => {
        const { story, pack } = compile(text, fileName);
        const index = await readIndex(area);
        const replaced = index.installed.some((p) => p.id === story.id);
        const installed: InstalledPack = { ...summarize(story, pack), enabled: true, fileName, importedAt: now().toISOString() };
        const next: PacksIndex = {
          ...index,
          installed: replaced ? index.installed.map((p) => (p.id === story.id ? installed : p)) : [...index.installed, installed],
        };
        try {
          await write(next, { [fileKey(story.id)]: text, [compiledKey(story.id)]: pack }, [], { [story.id]: pack });
        } catch (error) {
          if (error instanceof PackError) throw error;
          throw storageError(fileName, error);
        }
        return { pack: installed, replaced };
      }),

    setEnabled: (storyId, enabled) =>
      queued(async () => {
        const index = await readIndex(area);
        const next: PacksIndex = storyId === null
          ? { ...index, bundledEnabled: enabled }
          : { ...index, installed: index.installed.map((p) => (p.id === storyId ? { ...p, enabled } : p)) };
        await write(next);
        return next;
      }),

    remove: (storyId) =>
      queued(async () => {
        const index = await readIndex(area);
        const next: PacksIndex = { ...index, installed: index.installed.filter((p) => p.id !== storyId) };
        await write(next, {}, [fileKey(storyId), compiledKey(storyId)]);
        return next;
      }),

    async exportFile(storyId) {
      const index = await readIndex(area);
      const pack = index.installed.find((p) => p.id === storyId);
      const text = (await area.get([fileKey(storyId)]))[fileKey(storyId)];
      if (!pack || typeof text !== 'string') throw new Error(`no installed story "${storyId}"`);
      return { fileName: pack.fileName, text };
    },

    verify: () =>
      queued(async () => {
        const index = await readIndex(area);
        const files = index.installed.length > 0 ? await area.get(index.installed.map((p) => fileKey(p.id))) : {};
        const damaged: DamagedPack[] = [];
        const compiled: Record<string, unknown> = {};
        for (const p of index.installed) {
          const text = files[fileKey(p.id)];
          try {
            if (typeof text !== 'string') throw issueError(p.fileName, '', 'the stored file is missing');
            // Recompiled, so a pack stored by an older Backstory is stored again in today's shape.
            compiled[compiledKey(p.id)] = compile(text, p.fileName).pack;
          } catch (error) {
            const issues: PackIssue[] = error instanceof PackError ? error.issues : [{ file: p.fileName, path: '', reason: String(error) }];
            damaged.push({ id: p.id, issues: issues.map(formatIssue) });
          }
        }
        const bad = new Set(damaged.map((d) => d.id));
        const next: PacksIndex = { ...index, installed: index.installed.map((p) => (bad.has(p.id) ? { ...p, enabled: false } : p)) };
        await write(next, compiled);
        return damaged;
      }),

    rebuild: () =>
      queued(async () => {
        await write(await readIndex(area));
      }),
  };
}
