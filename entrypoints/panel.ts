/**
 * The fact panel's code and the pack's text, injected into a page's content
 * script world by the background on first use (hover, focus, shortcut,
 * popup), never with the every-page content script. It hands over a factory
 * that reads the enabled stories (the bundled one is inside this script,
 * imported ones are in storage) and makes the panel.
 */
// A JSON string, parsed when the first panel is made: faster than the same data as a literal.
import packJson from '../data/compiled/pack.json?raw';
import storyJson from '../data/story.json?raw';
import { provide } from '../lib/lazy-scripts';
import type { CompiledPack } from '../lib/pack/types';
import { localArea } from '../lib/packs/browser-area';
import { loadLibrary } from '../lib/packs/read';
import type { LibraryStory } from '../lib/packs/types';
import { createPanelHost } from '../page/panel/host';

export default defineUnlistedScript(() => {
  provide('panel', async (options) => {
    const bundled: LibraryStory = {
      header: (JSON.parse(storyJson) as { story: LibraryStory['header'] }).story,
      bundled: true,
      pack: JSON.parse(packJson) as CompiledPack,
    };
    return createPanelHost({ ...options, library: await loadLibrary(localArea(), bundled) });
  });
});
