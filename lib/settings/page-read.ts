/**
 * What the every-page gate reads at start: the settings and, when stories
 * besides the bundled one are on, their stored checks, in one
 * `storage.local.get`. The gate runs on every page, so it talks to the
 * browser's storage API directly rather than through WXT's storage layer
 * (its item definitions, locks and versioning are for the extension pages).
 * Values go through the same parser as everywhere else.
 */
import { GATE_KEY } from '../packs/storage-keys';
import { parseSettings, type Settings } from './schema';

/** The key WXT's `local:settings` item uses in `storage.local` (store.ts). */
export const SETTINGS_KEY = 'settings';

/** A `storage.onChanged` listener. */
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The part of the browser's storage API the gate uses. */
export interface PageStorage {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: { addListener(cb: ChangeListener): void; removeListener(cb: ChangeListener): void };
}

export interface PageStart {
  settings: Settings;
  /** The stored gate data, unparsed (page-data.ts `gateDataOf` checks it). */
  gate: unknown;
}

export async function readPageStart(api: PageStorage): Promise<PageStart> {
  // A storage that fails (profile trouble) must not keep the page's reader from running with defaults.
  const stored = await api.local.get([SETTINGS_KEY, GATE_KEY]).catch(() => ({}) as Record<string, unknown>);
  return { settings: parseSettings(stored[SETTINGS_KEY]).settings, gate: stored[GATE_KEY] };
}

/** Calls `cb` with parsed settings whenever they change; returns the unsubscribe function. */
export function watchPageSettings(api: PageStorage, cb: (settings: Settings) => void): () => void {
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(parseSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  api.onChanged.addListener(listener);
  return () => {
    try {
      api.onChanged.removeListener(listener);
    } catch {
      // The extension was reloaded ("Extension context invalidated"): nothing to unregister from.
    }
  };
}
