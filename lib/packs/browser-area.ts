/** The extension's `storage.local` as a StorageArea, and a watch on the installed stories. */
import { browser } from 'wxt/browser';
import { INDEX_KEY, type StorageArea } from './storage-keys';

export function localArea(): StorageArea {
  const local = browser.storage.local;
  return {
    get: (keys) => local.get(keys) as Promise<Record<string, unknown>>,
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
  };
}

/** Calls `cb` whenever the installed stories or their switches change, in any extension context. */
export function watchPacks(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension was reloaded: nothing to unregister from.
    }
  };
}
