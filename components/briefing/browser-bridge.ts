import { browser } from 'wxt/browser';
import { isBackstoryMessage, type BackstoryMessage } from '../../lib/messages';
import { HOST_ORIGINS, isPageState, type TabBridge } from './bridge';

interface Options {
  /** `popup.html?tabId=N` pins the view to tab N (test hook, and the "open briefing" fallback tab). */
  fixedTabId: number | null;
  /** The side panel stays open across tab switches, so it follows the active tab. */
  followActiveTab: boolean;
}

function send(tabId: number, message: BackstoryMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export function createBrowserBridge({ fixedTabId, followActiveTab }: Options): TabBridge {
  return {
    async currentTabId() {
      if (fixedTabId !== null) return fixedTabId;
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? null;
      } catch {
        return null;
      }
    },

    async getPageState(tabId) {
      try {
        const reply = await send(tabId, { type: 'backstory:get-page-state' });
        return isPageState(reply) ? reply : null;
      } catch {
        // "Could not establish connection": no content script in that tab.
        return null;
      }
    },

    onPageState(cb) {
      const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
        const tabId = sender.tab?.id;
        if (!isBackstoryMessage(message) || message.type !== 'backstory:page-state') return;
        if (tabId !== undefined && isPageState(message.state)) cb(tabId, message.state);
        // No return value: this listener never answers, so it can't steal the background's reply.
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },

    onTabChange(cb) {
      if (!followActiveTab || fixedTabId !== null) return () => {};
      const onActivated = () => cb();
      const onUpdated = (_id: number, info: { status?: string }) => {
        if (info.status === 'complete') cb();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },

    async reveal(tabId, entityId) {
      await send(tabId, { type: 'backstory:reveal', entityId }).catch(() => undefined);
    },

    async highlightAll(tabId) {
      await send(tabId, { type: 'backstory:highlight-all' }).catch(() => undefined);
    },

    async openOptions() {
      await browser.runtime.openOptionsPage().catch(() => undefined);
    },

    async hasHostAccess() {
      try {
        return await browser.permissions.contains({ origins: [...HOST_ORIGINS] });
      } catch {
        return true;
      }
    },

    async requestHostAccess() {
      // The request is the first thing this async function does, so it still
      // runs synchronously inside the caller's click handler.
      try {
        return await browser.permissions.request({ origins: [...HOST_ORIGINS] });
      } catch {
        return false;
      }
    },

    onHostAccessChange(cb) {
      // Optional chaining: not every browser (or fake) has these events.
      const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
      const listener = () => cb();
      for (const event of events) event?.addListener(listener);
      return () => {
        for (const event of events) event?.removeListener(listener);
      };
    },
  };
}
