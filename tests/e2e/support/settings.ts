/**
 * Writes the extension's settings the way the options page does: the whole
 * settings object under the `settings` key of `storage.local` (WXT's
 * `local:settings` item, see lib/settings/store.ts). Open tabs pick the change
 * up live through the content script's settings watcher.
 */
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import type { ExtensionDriver } from './driver';

export interface SettingsWriter {
  /** Stores the defaults overridden by `patch`; `null` removes the stored value (defaults apply). */
  write(patch: Partial<Settings> | null): Promise<void>;
  close(): Promise<void>;
}

/** Keeps an extension page open to write settings from, for tests that switch often. */
export async function openSettingsWriter(driver: ExtensionDriver): Promise<SettingsWriter> {
  const page = await driver.openExtensionPage('options.html', 'body');
  return {
    async write(patch) {
      const value = patch === null ? null : { ...defaultSettings(), ...patch };
      await page.evaluate(async (stored: Settings | null) => {
        // Runs in the extension page: `browser` in Firefox, `chrome` in Chromium.
        type StorageArea = { set(items: object): Promise<void>; remove(key: string): Promise<void> };
        const g = globalThis as unknown as { browser?: { storage: { local: StorageArea } }; chrome?: { storage: { local: StorageArea } } };
        const local = (g.browser ?? g.chrome)!.storage.local;
        if (stored === null) await local.remove('settings');
        else await local.set({ settings: stored });
      }, value);
    },
    close: () => page.close(),
  };
}

export async function writeSettings(driver: ExtensionDriver, patch: Partial<Settings> | null): Promise<void> {
  const writer = await openSettingsWriter(driver);
  try {
    await writer.write(patch);
  } finally {
    await writer.close();
  }
}

/** Removes one `storage.local` key (e.g. the popup's remembered sections), from an extension page. */
export async function removeStored(driver: ExtensionDriver, key: string): Promise<void> {
  const page = await driver.openExtensionPage('options.html', 'body');
  try {
    await page.evaluate(async (name: string) => {
      type StorageArea = { remove(key: string): Promise<void> };
      const g = globalThis as unknown as { browser?: { storage: { local: StorageArea } }; chrome?: { storage: { local: StorageArea } } };
      await (g.browser ?? g.chrome)!.storage.local.remove(name);
    }, key);
  } finally {
    await page.close();
  }
}
