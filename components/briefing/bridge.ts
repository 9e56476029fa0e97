import type { PageState } from '../../lib/messages';
import type { EntityId } from '../../lib/pack/types';

/**
 * Everything the briefing needs from the browser, behind one interface so
 * component tests hand in a fake and the views never touch `browser.*`.
 */
export interface TabBridge {
  /** The tab this view describes, or null when there is none. */
  currentTabId(): Promise<number | null>;
  /** The tab's state, or null when no content script answers (browser pages, unloaded tabs). */
  getPageState(tabId: number): Promise<PageState | null>;
  /** Live updates pushed by content scripts; the view filters by tab. */
  onPageState(cb: (tabId: number, state: PageState) => void): () => void;
  /** Fires when the view should look again (the side panel follows the active tab). */
  onTabChange(cb: () => void): () => void;
  /** Scroll the tab to the entity's next mention and open its fact panel. */
  reveal(tabId: number, entityId: EntityId): Promise<void>;
  /** Highlight every mention on the tab, past the per-entity cap. */
  highlightAll(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  /**
   * Whether the content script may run on web pages. Firefox lets the user
   * withhold that access; true when the browser can't say, so no false alarm.
   */
  hasHostAccess(): Promise<boolean>;
  /**
   * Asks the user for that access. Call it straight from a click handler with
   * no await before it: the browser only prompts inside a user gesture.
   */
  requestHostAccess(): Promise<boolean>;
  /** Fires when the user grants or withdraws permissions, here or in the browser's settings. */
  onHostAccessChange(cb: () => void): () => void;
}

/** The content script's `matches` (entrypoints/content/index.ts): the access it needs. */
export const HOST_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Checks a reply really is a PageState before the view trusts it. */
export function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof PageState, unknown>>;
  return (
    typeof v.counts === 'object' &&
    v.counts !== null &&
    typeof v.topic === 'boolean' &&
    typeof v.active === 'boolean' &&
    typeof v.site === 'string'
  );
}
