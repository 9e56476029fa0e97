// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoriesSection } from '@/components/settings/StoriesSection';
import { PACK_LIMITS } from '@/lib/pack/file/limits';
import { BUNDLED_STORY } from '@/lib/packs/bundled';
import { INDEX_KEY, fileKey } from '@/lib/packs/storage-keys';
import { createPackStore, type PackStore } from '@/lib/packs/store';
import type { PacksIndex } from '@/lib/packs/types';
import { memoryArea, type MemoryArea } from '../packs/memory-area';

const TRAM_PATH = join(__dirname, '../../fixtures/second-story/tram.backstory.json');
const TRAM = readFileSync(TRAM_PATH, 'utf8');
const TRAM_JSON = JSON.parse(TRAM) as { story: { id: string; title: string }; entities: unknown[] };
const TRAM_TITLE = TRAM_JSON.story.title;
const TRAM_ID = TRAM_JSON.story.id;

// jsdom 26's Blob has no text(); every browser the extension supports has.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

let area: MemoryArea;
let store: PackStore;

beforeEach(() => {
  area = memoryArea();
  store = createPackStore(area, BUNDLED_STORY);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const storedIndex = () => area.data.get(INDEX_KEY) as PacksIndex | undefined;

function renderSection() {
  render(<StoriesSection store={store} bundled={BUNDLED_STORY} />);
}

/** Chooses a file in the import's file input, as a keyboard or mouse user would. */
async function chooseFile(text: string, name: string) {
  const input = (await screen.findByLabelText(/Story file/)) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function importTram() {
  renderSection();
  await chooseFile(TRAM, 'tram.backstory.json');
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Imported'));
}

describe('Stories section', () => {
  it('lists the bundled story first, labelled, with no Remove', async () => {
    renderSection();
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(1);
    const row = items[0]!;
    expect(row.textContent).toContain('Comes with Backstory');
    expect(row.textContent).toContain(`${BUNDLED_STORY.pack.entities.length} entities`);
    expect(row.textContent).toContain(`${BUNDLED_STORY.pack.sources.length} sources`);
    expect(within(row).getByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByText(/Changes apply to pages you open or reload afterwards/)).toBeTruthy();
  });

  it('imports the tram file through the file input and lists it after the bundled story', async () => {
    await importTram();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(`Imported ${TRAM_TITLE} (${TRAM_JSON.entities.length} entities)`);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Comes with Backstory');
    const row = items[1]!;
    expect(row.textContent).toContain(`${TRAM_JSON.entities.length} entities`);
    expect(row.textContent).toContain('File: tram.backstory.json');
    // The sources are dated 14 and 15 March 2026 (one undated).
    expect(row.textContent).toContain('Mar 14, 2026 to Mar 15, 2026');
    const toggle = within(row).getByRole('switch', { name: `Use ${TRAM_TITLE}` }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(storedIndex()?.installed.map((p) => p.id)).toEqual([TRAM_ID]);
  });

  it('says "Updated" when the same story is imported again', async () => {
    await importTram();
    await chooseFile(TRAM, 'tram-again.backstory.json');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Updated ${TRAM_TITLE} (${TRAM_JSON.entities.length} entities)`));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('lists every issue of a file with an altered citation quote, and changes nothing', async () => {
    await importTram();
    const before = structuredClone(storedIndex());
    const quote = 'Brackenford City Council voted 28 to 19 on Thursday night to approve the Riverside tram line';
    expect(TRAM).toContain(quote);
    const broken = TRAM.replace(quote, 'Brackenford City Council voted 40 to 7 on Thursday night to approve the Riverside tram line');
    await chooseFile(broken, 'broken.backstory.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.backstory.json was not imported, and nothing was changed');
    const issues = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(issues).toEqual(['broken.backstory.json: claims[0].citations[0].quote: not found verbatim in the text of 01-brackenford-courier.txt']);
    expect(storedIndex()).toEqual(before);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('refuses a file of an unknown version, naming the field', async () => {
    renderSection();
    await chooseFile('{"format":"backstory-pack","version":2}', 'future.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'future.json: version: pack format version 2 is newer than this Backstory reads (version 1): update Backstory to open it',
    ]);
    expect(storedIndex()?.installed ?? []).toEqual([]);
    // Only the bundled story is listed.
    expect(screen.getAllByRole('listitem').filter((li) => !alert.contains(li))).toHaveLength(1);
  });

  it('refuses a file too large to read without reading it', async () => {
    const text = vi.spyOn(Blob.prototype, 'text');
    renderSection();
    await chooseFile(' '.repeat(3 * PACK_LIMITS.fileBytes + 1), 'huge.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('huge.json: file too large');
    expect(text).not.toHaveBeenCalled();
  });

  it('says so when storage is full, and lists nothing new', async () => {
    renderSection();
    await screen.findByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` });
    area.failWrites = true;
    await chooseFile(TRAM, 'tram.backstory.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('tram.backstory.json: not enough room in the extension\'s storage');
    expect(screen.queryByRole('switch', { name: `Use ${TRAM_TITLE}` })).toBeNull();
  });

  it('switches the bundled and an imported story off and on in storage', async () => {
    await importTram();
    const bundledSwitch = screen.getByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` }) as HTMLInputElement;
    fireEvent.click(bundledSwitch);
    await waitFor(() => expect(storedIndex()?.bundledEnabled).toBe(false));
    await waitFor(() => expect(bundledSwitch.checked).toBe(false));

    const tramSwitch = screen.getByRole('switch', { name: `Use ${TRAM_TITLE}` }) as HTMLInputElement;
    fireEvent.click(tramSwitch);
    await waitFor(() => expect(storedIndex()?.installed[0]?.enabled).toBe(false));
    fireEvent.click(tramSwitch);
    await waitFor(() => expect(storedIndex()?.installed[0]?.enabled).toBe(true));
    expect(storedIndex()?.bundledEnabled).toBe(false);
  });

  it('removes an imported story only after the confirm step, and Cancel keeps it', async () => {
    await importTram();
    fireEvent.click(screen.getByRole('button', { name: `Remove ${TRAM_TITLE}` }));
    // The first click only asks; the confirm button takes the focus.
    const confirm = screen.getByRole('button', { name: `Confirm remove ${TRAM_TITLE}` });
    expect(document.activeElement).toBe(confirm);
    expect(storedIndex()?.installed).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: /Confirm remove/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Remove ${TRAM_TITLE}` }));
    expect(storedIndex()?.installed).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: `Remove ${TRAM_TITLE}` }));
    fireEvent.click(screen.getByRole('button', { name: `Confirm remove ${TRAM_TITLE}` }));
    await waitFor(() => expect(storedIndex()?.installed).toEqual([]));
    expect(area.data.has(fileKey(TRAM_ID))).toBe(false);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toBe(`Removed ${TRAM_TITLE}.`);
  });

  it('exports the file exactly as it was imported, under its file name', async () => {
    await importTram();
    const blobs: Blob[] = [];
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:backstory-test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    fireEvent.click(screen.getByRole('button', { name: `Export ${TRAM_TITLE}` }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('tram.backstory.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:backstory-test');
    expect(await blobs[0]!.text()).toBe(TRAM);
    // The temporary link is gone again.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('takes a file dropped on the import box', async () => {
    renderSection();
    const input = await screen.findByLabelText(/Story file/);
    const zone = input.closest('.story-drop')!;
    const file = new File([TRAM], 'dropped.backstory.json', { type: 'application/json' });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Imported ${TRAM_TITLE}`));
    expect(storedIndex()?.installed[0]?.fileName).toBe('dropped.backstory.json');
  });

  it('shows a stored story that fails the re-check on open, switched off', async () => {
    await store.importFile(TRAM, 'tram.backstory.json');
    area.data.set(fileKey(TRAM_ID), '{"format":"backstory-pack","version":1}');
    renderSection();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no longer pass the check');
    expect(alert.textContent).toContain(TRAM_TITLE);
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(1);
    const tramSwitch = (await screen.findByRole('switch', { name: `Use ${TRAM_TITLE}` })) as HTMLInputElement;
    expect(tramSwitch.checked).toBe(false);

    // Importing the good file again clears the warning.
    await chooseFile(TRAM, 'tram.backstory.json');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Updated ${TRAM_TITLE}`));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(((await screen.findByRole('switch', { name: `Use ${TRAM_TITLE}` })) as HTMLInputElement).checked).toBe(true);
  });

  it('re-reads the list when the stories change elsewhere', async () => {
    let changed: () => void = () => undefined;
    render(<StoriesSection store={store} bundled={BUNDLED_STORY} watch={(cb) => ((changed = cb), () => undefined)} />);
    await screen.findByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` });
    // Another tab imports through its own store.
    await createPackStore(area, BUNDLED_STORY).importFile(TRAM, 'other-tab.json');
    changed();
    expect(await screen.findByRole('switch', { name: `Use ${TRAM_TITLE}` })).toBeTruthy();
  });

  it('reports a switch that could not be saved, and leaves it as stored', async () => {
    store = { ...store, setEnabled: () => Promise.reject(new Error('storage is gone')) };
    renderSection();
    const toggle = (await screen.findByRole('switch', { name: `Use ${BUNDLED_STORY.header.title}` })) as HTMLInputElement;
    fireEvent.click(toggle);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That did not work, and nothing was changed');
    expect(alert.textContent).toContain('storage is gone');
    await waitFor(() => expect(toggle.checked).toBe(true));
  });
});
