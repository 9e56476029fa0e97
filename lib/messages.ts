import type { LazyScript } from './lazy-scripts';
import type { EntityId } from './pack/types';

/**
 * Messages between the extension's parts. Every receiver checks `type` with
 * `isBackstoryMessage` and ignores anything else (pages cannot reach these
 * channels, but other extensions' frames can share `runtime.onMessage`).
 */

/** What the content script knows about its page. */
export interface PageState {
  /** Entity id → mentions currently highlighted on the page. */
  counts: Record<EntityId, number>;
  /** Entity id → mentions found, highlighted or not: off topic most stay dark, the popup still lists them. */
  found?: Record<EntityId, number>;
  /** Relevance decision for the page (off topic, only first mentions of story entities highlight). */
  topic: boolean;
  /** False when Backstory is off globally or for this site. */
  active: boolean;
  /** Hostname the settings' per-site switch applies to. */
  site: string;
  /** Some entity has more mentions than the page highlights (the per-entity cap); the popup offers all. */
  limited?: boolean;
  /** The page changes so often that Backstory checks it only every few seconds. */
  paused?: boolean;
}

export type BackstoryMessage =
  /** popup → content script: reply with `PageState`. */
  | { type: 'backstory:get-page-state' }
  /** popup → content script: scroll to the entity's next mention and open its panel. */
  | { type: 'backstory:reveal'; entityId: EntityId }
  /** popup → content script: lift the per-entity cap and highlight every mention. */
  | { type: 'backstory:highlight-all' }
  /** content script → background: the page's state changed (badge, live popup). */
  | { type: 'backstory:page-state'; state: PageState }
  /** content script (fact panel) → background: open the briefing focused on an entity. */
  | { type: 'backstory:open-briefing'; entityId: EntityId }
  /** content script → background: inject a lazy script (lib/lazy-scripts.ts) into the sender's frame. */
  | { type: 'backstory:load-script'; script: LazyScript };

export function isBackstoryMessage(value: unknown): value is BackstoryMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('backstory:')
  );
}
