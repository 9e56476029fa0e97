/** The bundled Berlin story as a pack file compiles to the very pack the build makes. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { compilePack } from '../../../lib/pack/compile';
import { loadPackFile } from '../../../lib/pack/file/load';
import { readPackDir, sha256Hex } from '../../../scripts/packs/pack-dir';
import { ROOT } from '../../../scripts/pack-io';
import { loadAuthored, seeds } from '../pack/load';

describe('pack file round trip', () => {
  const text = JSON.stringify(readPackDir(`${ROOT}/data`, `${ROOT}/seeds`));
  const loaded = loadPackFile(text, 'berlin.backstory.json', { makeMatcher: compileMatcher, sha256: sha256Hex });

  it('equals the build of data/ + seeds/', () => {
    expect(loaded.pack).toEqual(compilePack(loadAuthored(), seeds, compileMatcher));
  });

  it('carries the story header', () => {
    expect(loaded.story).toEqual({ id: 'berlin-talks-2025', title: 'Berlin talks on Ukraine, December 2025', lang: 'en' });
  });

  it('loads without a hash function (as the extension may) to the same pack', () => {
    const again = loadPackFile(text, 'berlin.backstory.json', { makeMatcher: compileMatcher });
    expect(again.pack).toEqual(loaded.pack);
  });
});
