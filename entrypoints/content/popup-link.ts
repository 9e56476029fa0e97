/** Answers the popup: the page's state, and "show me this entity on the page". */
import { isBackstoryMessage, type PageState } from '../../lib/messages';

export interface PopupLink {
  state(): PageState;
  /** Scrolls to the entity's next mention and opens its panel; false when none is shown. */
  reveal(entityId: string): boolean;
  /** Highlights every mention, past the per-entity cap. */
  highlightAll(): void;
}

export function listenForPopup(link: PopupLink): () => void {
  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isBackstoryMessage(message)) return undefined;
    if (message.type === 'backstory:get-page-state') return Promise.resolve(link.state());
    if (message.type === 'backstory:reveal') return Promise.resolve({ revealed: link.reveal(message.entityId) });
    if (message.type === 'backstory:highlight-all') {
      link.highlightAll();
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
