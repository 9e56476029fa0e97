/** A one-story library around a test pack, as the popup gets with only the bundled story on. */
import { createLibrary, type StoryLibrary } from '../../../lib/packs/library';
import type { CompiledPack } from '../../../lib/pack/types';

export function libraryOf(pack: CompiledPack, title = 'Test story'): StoryLibrary {
  return createLibrary([{ header: { id: 'test-story', title, lang: 'en' }, bundled: true, pack }]);
}
