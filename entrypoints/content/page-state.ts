/** Tells the background (badge) and an open popup what this page mentions. */
import type { PageState } from '../../lib/messages';

let lastSent = '';

export function reportPageState(state: PageState): void {
  const serialised = JSON.stringify(state);
  if (serialised === lastSent) return; // incremental scans often change nothing
  lastSent = serialised;
  try {
    browser.runtime.sendMessage({ type: 'backstory:page-state', state }).catch(() => {
      // No listener (background asleep between events, popup closed): nothing to do.
    });
  } catch {
    // The extension was reloaded or removed: this content script is on its way out.
  }
}
