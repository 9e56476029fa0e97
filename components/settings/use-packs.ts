import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DamagedPack, PackStore } from '../../lib/packs/store';
import type { PacksIndex } from '../../lib/packs/types';

/** Subscribes to changes of the installed stories; returns the unsubscribe. */
export type WatchPacks = (cb: () => void) => () => void;

export interface PacksState {
  /** null until the first read. */
  index: PacksIndex | null;
  /** Stored stories that failed the re-check when the page opened. */
  damaged: DamagedPack[];
  /** Shows an index an action returned, without waiting for the watch. */
  show(index: PacksIndex): void;
  reload(): Promise<void>;
  /** Drops a story from `damaged` once it was imported again or removed. */
  forget(storyId: string): void;
}

/**
 * The installed stories for the options page: checked once on open (so a
 * damaged file is switched off and named), then re-read whenever another
 * view or tab changes them.
 */
export function usePacks(store: PackStore, watch?: WatchPacks): PacksState {
  const [index, setIndex] = useState<PacksIndex | null>(null);
  const [damaged, setDamaged] = useState<DamagedPack[]>([]);
  const reload = useCallback(() => store.index().then(setIndex), [store]);

  useEffect(() => {
    let live = true;
    store
      .verify()
      .catch((): DamagedPack[] => [])
      .then((found) => {
        if (!live) return;
        setDamaged(found);
        return reload();
      });
    const stop = watch?.(() => {
      if (live) void reload();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store, watch, reload]);

  const forget = useCallback((storyId: string) => setDamaged((list) => list.filter((d) => d.id !== storyId)), []);
  return { index, damaged, show: setIndex, reload, forget };
}
