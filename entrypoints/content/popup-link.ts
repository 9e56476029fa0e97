/** Answers the popup: the page's state, "show me this entity on the page", and "highlight all". */
import { isBackstoryMessage, type PageState } from '../../lib/messages';

export interface PopupLink {
  state(): PageState;
  /** Scrolls to the entity's next mention and opens its panel; false when none is shown. */
  reveal(entityId: string): boolean;
  /** Highlights every mention, past the per-entity cap. */
  highlightAll(): void;
}

/** The reply to a message, or undefined when this is not a message for the content script. */
function answer(link: PopupLink, message: unknown): unknown {
  if (!isBackstoryMessage(message)) return undefined;
  if (message.type === 'backstory:get-page-state') return link.state();
  if (message.type === 'backstory:reveal') return { revealed: link.reveal(message.entityId) };
  if (message.type === 'backstory:highlight-all') {
    link.highlightAll();
    return { ok: true };
  }
  return undefined;
}

export function listenForPopup(link: PopupLink): () => void {
  // `sendResponse`, not a returned Promise: the content script uses the browser's own API
  // (no polyfill on pages), and Chrome's onMessage does not take a Promise everywhere.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const reply = answer(link, message);
    if (reply === undefined) return false;
    sendResponse(reply);
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension was reloaded or removed: its message channel went with it.
    }
  };
}
