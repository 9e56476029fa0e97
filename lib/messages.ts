import { isLazyScript, type LazyScript } from './lazy-scripts';
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
  /**
   * Ids of the stories the page is on topic for, highest score first (several
   * stories enabled; the bundled story's id too). Absent from older senders.
   */
  stories?: string[];
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

/** Longest entity id or site name a message may carry: ids are short kebab-case words, hostnames at most 253. */
const MAX_STRING = 256;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_STRING;
const isEntityId = (v: unknown): v is string => isShortString(v) && /^[a-z0-9][a-z0-9-]*$/.test(v);
const isCounts = (v: unknown): boolean =>
  isObject(v) && Object.entries(v).every(([k, n]) => isEntityId(k) && Number.isInteger(n) && (n as number) >= 0);
const isOptionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';

export function isPageState(v: unknown): v is PageState {
  return (
    isObject(v) && isCounts(v.counts) && (v.found === undefined || isCounts(v.found)) && typeof v.topic === 'boolean' &&
    typeof v.active === 'boolean' && typeof v.site === 'string' && v.site.length <= MAX_STRING &&
    isOptionalBoolean(v.limited) && isOptionalBoolean(v.paused)
  );
}

/**
 * The whole shape, not only the `type`: a receiver acts on what it accepts, so
 * anything malformed (another extension's frame, a bug, a future version) is
 * ignored rather than half-read.
 */
export function isBackstoryMessage(value: unknown): value is BackstoryMessage {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  switch (value.type) {
    case 'backstory:get-page-state':
    case 'backstory:highlight-all':
      return true;
    case 'backstory:reveal':
    case 'backstory:open-briefing':
      return isEntityId(value.entityId);
    case 'backstory:page-state':
      return isPageState(value.state);
    case 'backstory:load-script':
      return isLazyScript(value.script);
    default:
      return false;
  }
}
