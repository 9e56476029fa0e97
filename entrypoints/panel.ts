/**
 * The fact panel's code and the pack's text, injected into a page's content
 * script world by the background on first use (hover, focus, shortcut,
 * popup), never with the every-page content script. It only hands over its
 * factory; the content script decides when to open what.
 */
// A JSON string, parsed when the first panel is made: faster than the same data as a literal.
import packJson from '../data/compiled/pack.json?raw';
import { provide } from '../lib/lazy-scripts';
import type { CompiledPack } from '../lib/pack/types';
import { createPanelHost } from '../page/panel/host';

export default defineUnlistedScript(() => {
  let pack: CompiledPack | null = null;
  provide('panel', (options) => createPanelHost({ ...options, pack: (pack ??= JSON.parse(packJson) as CompiledPack) }));
});
