/**
 * Keyboard navigation between mentions.
 *
 * Shortcuts (documented for readers in the options page and README):
 *   Alt+Shift+ArrowDown  next mention on the page
 *   Alt+Shift+ArrowUp    previous mention
 *   Escape               close the fact panel (`onEscape`)
 * Alt+Shift+arrows are not bound by Chrome, Firefox or common screen readers
 * on web content, and leave plain arrows, Alt+arrows (history) and
 * Shift+arrows (selection) to the page. Keys typed into form fields and
 * editors are left alone.
 */
import type { Mention } from './renderers/types';

export interface KeyboardTarget {
  next(from?: Mention, dir?: 1 | -1): Mention | null;
}

export interface KeyboardOptions {
  /** Called with the mention moved to: scroll it into view (`scrollMentionIntoView`) and open its panel. */
  onActivate(mention: Mention): void;
  onEscape?(): void;
  doc?: Document;
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Installs the shortcuts; returns the teardown. */
export function installKeyboard(engine: KeyboardTarget, opts: KeyboardOptions): () => void {
  const doc = opts.doc ?? document;
  let current: Mention | undefined;

  const onKeyDown = (e: KeyboardEvent) => {
    try {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target as Element | null;
      if (target?.closest?.(EDITABLE)) return;
      if (e.key === 'Escape') {
        opts.onEscape?.();
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const dir = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (!dir) return;
      const mention = engine.next(current, dir);
      if (!mention) return;
      e.preventDefault();
      current = mention;
      opts.onActivate(mention);
    } catch (err) {
      console.warn('[backstory]', err);
    }
  };

  doc.addEventListener('keydown', onKeyDown, true);
  return () => doc.removeEventListener('keydown', onKeyDown, true);
}

/**
 * Centres the mention's element in the viewport: smoothly, unless the reader
 * asked for reduced motion. Shared by the shortcut and the popup's "reveal".
 */
export function scrollMentionIntoView(mention: Mention): void {
  const el = mention.element ?? mention.range.startContainer.parentElement;
  const view = el?.ownerDocument.defaultView;
  const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el?.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
