import { BADGE_BACKGROUND, BADGE_TEXT, badgeText } from '@/lib/badge';
import { isBackstoryMessage } from '@/lib/messages';
import { dropFocus, leaveFocus } from '@/components/briefing/briefing-focus';
import { LAZY_SCRIPT_FILES, type LazyScript } from '@/lib/lazy-scripts';
import { BUNDLED_STORY } from '@/lib/packs/bundled';
import { localArea } from '@/lib/packs/browser-area';
import { createPackStore } from '@/lib/packs/store';

/**
 * After an install or update: what pages match is rebuilt from the stored
 * stories (an update may change the tables' format), and a test-hook build
 * installs the pack files it was built with (`BACKSTORY_PACKS`).
 */
async function prepareStories(): Promise<void> {
  const store = createPackStore(localArea(), BUNDLED_STORY);
  await store.verify();
  for (const { name, text } of __BACKSTORY_TEST_PACKS__) {
    await store.importFile(text, name).catch((error: unknown) => console.error('[backstory] BACKSTORY_PACKS', name, error));
  }
}

async function showCount(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
}

/** The popup if the browser lets us open it, else the briefing in a tab pinned to the sender's tab. */
async function openBriefing(tabId: number, entityId: string): Promise<void> {
  try {
    if (typeof browser.action.openPopup === 'function') {
      await leaveFocus(tabId, entityId);
      await browser.action.openPopup();
      return;
    }
  } catch {
    // Firefox wants a user gesture, older Chrome has no openPopup: fall through to a tab.
    await dropFocus();
  }
  const query = new URLSearchParams({ tabId: String(tabId), entity: entityId });
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`) });
}

/** A lazy script, into the content-script world of the frame that asked (docs/decisions/008). */
async function injectScript(tabId: number, frameId: number, script: LazyScript): Promise<{ loaded: true }> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LAZY_SCRIPT_FILES[script]] });
  return { loaded: true };
}

export default defineBackground(() => {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND }).catch(() => undefined);
  // setBadgeTextColor is newer than the rest of the action API; skip it where missing.
  void browser.action.setBadgeTextColor?.({ color: BADGE_TEXT })?.catch(() => undefined);

  browser.runtime.onInstalled.addListener(() => {
    void prepareStories().catch((error: unknown) => console.warn('[backstory]', error));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // Only our own content scripts (they have a tab): never another extension, never a web page.
    if (sender.id !== browser.runtime.id || !isBackstoryMessage(message) || tabId === undefined) return;
    if (message.type === 'backstory:page-state') {
      void showCount(tabId, badgeText(message.state)).catch(() => undefined);
    } else if (message.type === 'backstory:open-briefing') {
      void openBriefing(tabId, message.entityId).catch(() => undefined);
    } else if (message.type === 'backstory:load-script') {
      // The content script waits for this answer before it reads the script's export.
      return injectScript(tabId, sender.frameId ?? 0, message.script);
    }
    // No return value otherwise: nothing here answers, so other listeners' replies stand.
  });

  // Tab-specific badge text resets by itself when the tab loads a new page.
});
