/**
 * Fetches the fact panel's code on first use: the background injects
 * `panel.js` into this frame's content-script world (no web-accessible
 * resource, so pages cannot probe for the extension), and the script leaves
 * its factory on the shared global.
 */
import { PANEL_GLOBAL, type PanelGlobal } from '../../lib/panel/loading';
import type { PanelHostFactory } from '../../page/panel/lazy-host';

export async function loadPanelFactory(): Promise<PanelHostFactory> {
  const holder = globalThis as PanelGlobal;
  if (!holder[PANEL_GLOBAL]) await browser.runtime.sendMessage({ type: 'backstory:load-panel' });
  const factory = holder[PANEL_GLOBAL];
  if (!factory) throw new Error('the fact panel did not load');
  return factory;
}
