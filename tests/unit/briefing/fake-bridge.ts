import type { TabBridge } from '@/components/briefing/bridge';
import type { PageState } from '@/lib/messages';

/** A TabBridge whose tab and replies the test controls, recording what the view asks for. */
export function fakeBridge(
  options: {
    tabId?: number | null;
    state?: PageState | null;
    /** Whether the content script may run on pages (Firefox lets the user withhold it). */
    hostAccess?: boolean;
    /** What the permission prompt answers. */
    grantOnRequest?: boolean;
  } = {},
) {
  const listeners = new Set<(tabId: number, state: PageState) => void>();
  const accessListeners = new Set<() => void>();
  const revealed: Array<[number, string]> = [];
  const highlightedAll: number[] = [];
  const access = { granted: options.hostAccess ?? true, requests: 0 };
  const tabId = options.tabId === undefined ? 7 : options.tabId;
  const bridge: TabBridge = {
    currentTabId: async () => tabId,
    getPageState: async () => options.state ?? null,
    onPageState(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    onTabChange: () => () => undefined,
    reveal: async (id, entityId) => {
      revealed.push([id, entityId]);
    },
    highlightAll: async (id) => {
      highlightedAll.push(id);
    },
    openOptions: async () => undefined,
    hasHostAccess: async () => access.granted,
    requestHostAccess() {
      access.requests += 1;
      if (options.grantOnRequest) access.granted = true;
      return Promise.resolve(access.granted);
    },
    onHostAccessChange(cb) {
      accessListeners.add(cb);
      return () => accessListeners.delete(cb);
    },
  };
  return {
    bridge,
    revealed,
    highlightedAll,
    access,
    /** The user grants or withdraws access in the browser's own settings. */
    setHostAccess(granted: boolean) {
      access.granted = granted;
      for (const cb of accessListeners) cb();
    },
    /** What a content script's `backstory:page-state` broadcast would deliver. */
    push(fromTab: number, state: PageState) {
      for (const cb of listeners) cb(fromTab, state);
    },
  };
}

export function pageState(counts: Record<string, number>, extra: Partial<PageState> = {}): PageState {
  return { counts, topic: true, active: true, site: 'news.example.com', ...extra };
}
