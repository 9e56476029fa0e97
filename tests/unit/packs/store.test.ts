import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PackError } from '../../../lib/pack/errors';
import { BUNDLED_STORY } from '../../../lib/packs/bundled';
import { loadLibrary } from '../../../lib/packs/read';
import { ENGINE_KEY, GATE_KEY, INDEX_KEY, compiledKey, fileKey } from '../../../lib/packs/storage-keys';
import { createPackStore, type PackStore } from '../../../lib/packs/store';
import type { EngineData, GateData } from '../../../lib/packs/types';
import { memoryArea, type MemoryArea } from './memory-area';

const TRAM_TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/second-story/tram.backstory.json'), 'utf8');
const TRAM = JSON.parse(TRAM_TEXT) as { story: { id: string; title: string }; entities: unknown[]; sources: unknown[] };

let area: MemoryArea;
let store: PackStore;

beforeEach(() => {
  area = memoryArea();
  store = createPackStore(area, BUNDLED_STORY, () => new Date('2026-12-02T10:00:00Z'));
});

/** The error an import threw, as formatted issues. */
async function importIssues(text: string, name = 'bad.backstory.json'): Promise<string[]> {
  try {
    await store.importFile(text, name);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).issues.map((i) => `${i.path}: ${i.reason}`);
  }
  throw new Error('the import was accepted');
}

describe('pack store', () => {
  it('starts with the bundled story only, and stores no tables for pages', async () => {
    expect(await store.index()).toEqual({ version: 1, bundledEnabled: true, installed: [] });
    expect(area.data.size).toBe(0);
  });

  it('imports a pack file: summary in the index, the file as given, its compiled pack, and tables for both stories', async () => {
    const { pack, replaced } = await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    expect(replaced).toBe(false);
    expect(pack).toMatchObject({ id: TRAM.story.id, title: TRAM.story.title, enabled: true, fileName: 'tram.backstory.json', importedAt: '2026-12-02T10:00:00.000Z' });
    expect(pack.entities).toBe(TRAM.entities.length);
    expect(pack.sources).toBe(TRAM.sources.length);
    expect(pack.firstDate! <= pack.lastDate!).toBe(true);
    expect(area.data.get(fileKey(TRAM.story.id))).toBe(TRAM_TEXT);
    expect(area.data.get(compiledKey(TRAM.story.id))).toMatchObject({ formatVersion: 1 });
    const engine = area.data.get(ENGINE_KEY) as EngineData;
    expect(engine.stories.map((s) => s.id)).toEqual([BUNDLED_STORY.header.id, TRAM.story.id]);
    // The bundled story's ids stay bare; the imported story's carry its id.
    expect(engine.tables.entities.filter((id) => id.includes('/')).every((id) => id.startsWith(`${TRAM.story.id}/`))).toBe(true);
    expect(engine.tables.entities.some((id) => id.startsWith(`${TRAM.story.id}/`))).toBe(true);
    expect((area.data.get(GATE_KEY) as GateData).checks).toHaveLength(2);
  });

  it('replaces a story imported again under the same id', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    const again = await store.importFile(TRAM_TEXT, 'tram-v2.backstory.json');
    expect(again.replaced).toBe(true);
    const index = await store.index();
    expect(index.installed.map((p) => p.fileName)).toEqual(['tram-v2.backstory.json']);
  });

  it('refuses a malformed file with its path and reason, and changes nothing', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    const before = new Map(area.data);
    const broken = JSON.parse(TRAM_TEXT) as { claims: Array<{ citations: Array<{ quote: string }> }> };
    broken.claims[0]!.citations[0]!.quote = 'A sentence that no source of this story contains anywhere.';
    const issues = await importIssues(JSON.stringify(broken));
    expect(issues.some((i) => i.startsWith('claims[0].citations[0]'))).toBe(true);
    expect(await importIssues('{"format":"backstory-pack","version":2}')).toEqual([expect.stringMatching(/^version: .*newer/)]);
    expect(await importIssues('not json')).toEqual([expect.stringMatching(/malformed JSON/)]);
    expect(area.data).toEqual(before);
  });

  it('refuses a file that claims the bundled story\'s id', async () => {
    const file = JSON.parse(TRAM_TEXT) as { story: { id: string } };
    file.story.id = BUNDLED_STORY.header.id;
    expect(await importIssues(JSON.stringify(file))).toEqual([expect.stringMatching(/^story\.id: .*comes with Backstory/)]);
    expect(area.data.size).toBe(0);
  });

  it('says when storage is full, and keeps what was there', async () => {
    area.failWrites = true;
    expect(await importIssues(TRAM_TEXT)).toEqual([expect.stringMatching(/not enough room/)]);
    expect(area.data.size).toBe(0);
  });

  it('drops the stored tables when only the bundled story is left on, and keeps an empty set when none is', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    await store.setEnabled(TRAM.story.id, false);
    expect(area.data.has(ENGINE_KEY)).toBe(false);
    expect(area.data.has(GATE_KEY)).toBe(false);
    await store.setEnabled(null, false);
    expect((area.data.get(GATE_KEY) as GateData).checks).toEqual([]);
    expect((area.data.get(ENGINE_KEY) as EngineData).stories).toEqual([]);
    await store.setEnabled(TRAM.story.id, true);
    expect((area.data.get(ENGINE_KEY) as EngineData).stories.map((s) => s.id)).toEqual([TRAM.story.id]);
  });

  it('removes an imported story with its file and pack, and exports the file byte for byte', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    expect(await store.exportFile(TRAM.story.id)).toEqual({ fileName: 'tram.backstory.json', text: TRAM_TEXT });
    await store.remove(TRAM.story.id);
    expect([...area.data.keys()]).toEqual([INDEX_KEY]);
    await expect(store.exportFile(TRAM.story.id)).rejects.toThrow(/no installed story/);
  });

  it('re-checks stored files: a damaged one is disabled and named, with the reason', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    expect(await store.verify()).toEqual([]);
    area.data.set(fileKey(TRAM.story.id), TRAM_TEXT.replace('"format": "backstory-pack"', '"format": "something-else"'));
    const damaged = await store.verify();
    expect(damaged.map((d) => d.id)).toEqual([TRAM.story.id]);
    expect(damaged[0]!.issues.join('\n')).toMatch(/format/);
    expect((await store.index()).installed[0]!.enabled).toBe(false);
    expect(area.data.has(ENGINE_KEY)).toBe(false);
  });

  it('gives views a library that resolves both stories\' ids', async () => {
    await store.importFile(TRAM_TEXT, 'tram.backstory.json');
    const library = await loadLibrary(area, BUNDLED_STORY);
    expect(library.stories.map((s) => s.header.id)).toEqual([BUNDLED_STORY.header.id, TRAM.story.id]);
    const tram = library.story(TRAM.story.id)!;
    const first = tram.pack.entities[0]!;
    expect(library.resolve(`${TRAM.story.id}/${first.id}`)?.entity).toBe(first);
    const berlin = BUNDLED_STORY.pack.entities[0]!;
    expect(library.resolve(berlin.id)?.story.bundled).toBe(true);
    // The bundled story's ids are never written with a prefix, and unknown stories resolve to nothing.
    expect(library.resolve(`${BUNDLED_STORY.header.id}/${berlin.id}`)).toBeUndefined();
    expect(library.resolve(`nowhere/${first.id}`)).toBeUndefined();
  });
});
