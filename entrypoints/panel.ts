/**
 * The fact panel's code and the pack's text, injected into a page's content
 * script world by the background on first use (hover, focus, shortcut,
 * popup), never with the every-page content script. It only hands over its
 * factory; the content script decides when to open what.
 */
import pack from '../data/compiled/pack.json';
import { provide } from '../lib/lazy-scripts';
import type { CompiledPack } from '../lib/pack/types';
import { createPanelHost } from '../page/panel/host';

export default defineUnlistedScript(() => {
  provide('panel', (options) => createPanelHost({ ...options, pack: pack as unknown as CompiledPack }));
});
