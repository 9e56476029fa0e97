/**
 * How the content script and the lazily injected panel script meet: both
 * run in the extension's isolated world of the page (never the page's own),
 * where the panel script leaves its factory under this name.
 */
import type { PanelHostFactory } from '../../page/panel/lazy-host';

export const PANEL_GLOBAL = '__backstoryPanelFactory';
/** The file the background injects (WXT unlisted script `entrypoints/panel.ts`). */
export const PANEL_SCRIPT = '/panel.js';

export type PanelGlobal = typeof globalThis & { [PANEL_GLOBAL]?: PanelHostFactory };
