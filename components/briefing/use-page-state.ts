import { useEffect, useState } from 'preact/hooks';
import type { TabBridge } from './bridge';
import type { PageView } from './OnThisPage';

/** The tab the view describes and what its content script reports, kept live. */
export function usePageState(bridge: TabBridge): { tabId: number | null; page: PageView } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageView>({ status: 'loading' });

  useEffect(() => {
    let disposed = false;
    let current: number | null = null;
    // Each refresh carries a token; an answer for a tab the view has moved on from is dropped.
    let token = 0;

    const refresh = async () => {
      const mine = ++token;
      const id = await bridge.currentTabId();
      if (disposed || mine !== token) return;
      current = id;
      setTabId(id);
      if (id === null) return setPage({ status: 'unreachable' });
      const state = await bridge.getPageState(id);
      if (disposed || mine !== token) return;
      setPage(state ? { status: 'ready', state } : { status: 'unreachable' });
    };

    void refresh();
    const offState = bridge.onPageState((from, state) => {
      if (from === current) setPage({ status: 'ready', state });
    });
    const offTab = bridge.onTabChange(() => void refresh());
    return () => {
      disposed = true;
      offState();
      offTab();
    };
  }, [bridge]);

  return { tabId, page };
}
