// The package path rather than `#imports`, so plain Node tools can load this file too.
import { storage } from 'wxt/utils/storage';
import type { EntityKind } from '../pack/types';
import { parseSettings, type ParsedSettings, type Settings } from './schema';
import { withSiteEnabled } from './sites';

/**
 * Settings persisted with WXT storage. Stored as `unknown`: whatever is in
 * storage goes through `parseSettings`, so a corrupt value can't reach a page.
 */
const settingsItem = storage.defineItem<unknown>('local:settings');

/** A partial update; `kinds` may name just the kinds that change. */
export type SettingsPatch = Partial<Omit<Settings, 'kinds'>> & {
  kinds?: Partial<Record<EntityKind, boolean>>;
};

/** Settings plus the names of stored fields that were invalid (for the options page). */
export async function loadSettingsWithProblems(): Promise<ParsedSettings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    // Storage itself failed (quota, profile trouble): run with defaults rather than not at all.
    return { ...parseSettings(undefined), problems: ['storage'] };
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithProblems()).settings;
}

/** Writes are queued so two quick clicks can't both read the old value and lose one change. */
let writeQueue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current settings and stores the result. The result
 * is re-validated, so an invalid patch value is dropped rather than stored.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const write = writeQueue.then(async () => {
    const next = parseSettings(change(await loadSettings())).settings;
    await settingsItem.setValue(next);
    return next;
  });
  writeQueue = write.catch(() => undefined);
  return write;
}

export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  // An explicit `undefined` in a patch means "no change", not "back to default".
  const defined = <T extends object>(o: T | undefined): Partial<T> =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  return updateSettings((current) => ({
    ...current,
    ...defined(patch),
    kinds: { ...current.kinds, ...defined(patch.kinds) },
  }));
}

/** One-click "off/on for this site" (popup and fact panel). */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  return updateSettings((current) => withSiteEnabled(current, hostname, enabled));
}

/**
 * Calls `cb` with validated settings whenever they change in any extension
 * context (options page, popup, another tab). Returns the unsubscribe function.
 */
export function watchSettings(cb: (settings: Settings, problems: string[]) => void): () => void {
  const unwatch = settingsItem.watch((raw) => {
    const { settings, problems } = parseSettings(raw);
    cb(settings, problems);
  });
  return () => {
    try {
      unwatch();
    } catch {
      // The extension was reloaded or removed ("Extension context invalidated"): nothing to unregister from,
      // and a throw here would surface in the page as an uncaught error.
    }
  };
}
