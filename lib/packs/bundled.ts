/**
 * The story compiled into the build, for extension pages (popup, side panel,
 * options, background). Page-world code never imports this: the panel's
 * script parses its own copy when the first panel opens.
 */
import pack from '../../data/compiled/pack.json';
import story from '../../data/story.json';
import type { CompiledPack } from '../pack/types';
import type { LibraryStory } from './types';

export const BUNDLED_STORY: LibraryStory = {
  header: story.story,
  bundled: true,
  // The JSON's inferred type widens the string unions; `npm run pack` validated its shape.
  pack: pack as unknown as CompiledPack,
};
