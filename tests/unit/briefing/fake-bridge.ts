import type { TabBridge } from '@/components/briefing/bridge';
import type { PageState } from '@/lib/messages';

/** A TabBridge whose tab and replies the test controls, recording what the view asks for. */
export function fakeBridge(options: { tabId?: number | null; state?: PageState | null } = {}) {
  const listeners = new Set<(tabId: number, state: PageState) => void>();
  const revealed: Array<[number, string]> = [];
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
    openOptions: async () => undefined,
  };
  return {
    bridge,
    revealed,
    /** What a content script's `backstory:page-state` broadcast would deliver. */
    push(fromTab: number, state: PageState) {
      for (const cb of listeners) cb(fromTab, state);
    },
  };
}

export function pageState(counts: Record<string, number>, extra: Partial<PageState> = {}): PageState {
  return { counts, topic: true, active: true, site: 'news.example.com', ...extra };
}
