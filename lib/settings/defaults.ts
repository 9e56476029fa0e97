import { ENTITY_KINDS, type EntityKind } from '../pack/types';
import type { Settings } from './schema';

/**
 * Hover delay bounds. Below ~150 ms a card pops up while the pointer merely
 * crosses a highlight on its way elsewhere; above 2 s the card feels broken.
 * The options page offers this range, and stored values outside it are repaired.
 */
export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;
/** Close to Wikipedia's page-preview dwell: long enough to ignore passing pointers. */
export const HOVER_DELAY_DEFAULT_MS = 350;

function allKindsOn(): Record<EntityKind, boolean> {
  const kinds = {} as Record<EntityKind, boolean>;
  for (const kind of ENTITY_KINDS) kinds[kind] = true;
  return kinds;
}

/** A fresh copy each call, so callers can never mutate the shared defaults. */
export function defaultSettings(): Settings {
  return {
    enabled: true,
    disabledSites: [],
    kinds: allKindsOn(),
    hoverDelayMs: HOVER_DELAY_DEFAULT_MS,
    // Overlay leaves the host page's DOM untouched; inline is the fallback for pages it can't track.
    renderer: 'overlay',
    highlightStyle: 'underline',
    theme: 'system',
  };
}
