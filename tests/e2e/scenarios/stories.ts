/**
 * Two stories at once: the test-hook build installs the second story's pack
 * file (`BACKSTORY_PACKS` in `npm run build:hooks`) beside the bundled Berlin
 * story, through the same import the options page uses. Each demo page
 * lights its own story and is on topic for it alone.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/demo/server';
import { useHarness, type Launch } from '../harness';
import { latestScan, panelDialogText, pointOfText } from '../support/page-helpers';
import type { ScanReport, TestPage } from '../support/driver';

const TRAM = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/second-story/tram.backstory.json'), 'utf8')) as {
  story: { id: string; title: string };
  entities: Array<{ id: string; name: string; aliases: Array<{ text: string }> }>;
};
const BERLIN = (JSON.parse(readFileSync(join(ROOT, 'data/story.json'), 'utf8')) as { story: { id: string } }).story.id;
const TRAM_DEMO = '/fixtures/second-story/demo.html';
const TRAM_TEXT = readFileSync(join(ROOT, 'tests/fixtures/second-story/tram.backstory.json'), 'utf8');

/** The tram pack under another story id and title: a third story to import through the options page. */
function tramCopy(id: string, title: string, change?: (file: { claims: Array<{ citations: Array<{ quote: string }> }> }) => void): string {
  const file = JSON.parse(TRAM_TEXT) as { story: { id: string; title: string }; claims: Array<{ citations: Array<{ quote: string }> }> };
  file.story.id = id;
  file.story.title = title;
  change?.(file);
  return JSON.stringify(file);
}

/** Runs in the options page: hands a file to the import, by the file input or by a drop on its zone. */
function giveFile({ text, name, how }: { text: string; name: string; how: 'input' | 'drop' }): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  if (how === 'input') {
    const input = document.querySelector<HTMLInputElement>('.story-drop input[type="file"]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    document.querySelector('.story-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }
}

/** The install runs as the browser starts: reload until the page's scan names the second story (or time runs out). */
async function scanNamingStory(page: TestPage, storyId: string): Promise<ScanReport | null> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const scan = await page.evaluate(latestScan, null);
    if (scan?.found.some(([id]) => id.startsWith(`${storyId}/`)) || Date.now() > deadline) return scan;
    await new Promise((done) => setTimeout(done, 500));
    await page.reload();
    await page.waitFor(() => ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length > 0, null).catch(() => undefined);
  }
}

export function storiesScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: two stories enabled at once`, () => {
    const h = useHarness(browserName, launch);

    it('lights the second story on its own demo page, on topic for it and not for Berlin', async () => {
      const page = await h.openScanned(TRAM_DEMO);
      const scan = await scanNamingStory(page, TRAM.story.id);
      expect(scan).not.toBeNull();
      const ids = new Set(scan!.found.map(([id]) => id));
      const tramIds = new Set(TRAM.entities.map((e) => `${TRAM.story.id}/${e.id}`));
      // Every highlight is one of the second story's entities, under its qualified id.
      expect([...ids].filter((id) => !tramIds.has(id))).toEqual([]);
      expect(ids.size).toBeGreaterThanOrEqual(4);
      expect(scan!.topic).toBe(true);
      expect(scan!.stories).toEqual([TRAM.story.id]);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('opens the fact panel of a second-story mention, naming its story', async () => {
      const page = await h.openScanned(TRAM_DEMO);
      const scan = await scanNamingStory(page, TRAM.story.id);
      const [qualified, text] = scan!.found[0]!;
      const entity = TRAM.entities.find((e) => `${TRAM.story.id}/${e.id}` === qualified)!;
      const where = await page.evaluate(pointOfText, text);
      expect(where).not.toBeNull();
      await page.mouseMove({ x: where!.x - 3, y: where!.y });
      await page.mouseMove(where!);
      await page.waitFor(() => document.querySelector('backstory-panel')?.shadowRoot?.querySelector('[role="dialog"]') != null, null);
      const panel = await page.evaluate(panelDialogText, null);
      expect(panel).toContain(entity.name);
      expect(panel).toContain(TRAM.story.title);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('opens the popup on the second story\'s briefing, its mentions listed under its title', async () => {
      const page = await h.openScanned(TRAM_DEMO);
      const scan = await scanNamingStory(page, TRAM.story.id);
      await page.bringToFront();
      const tabId = await h.driver.activeTabId();
      const popup = await h.driver.openExtensionPage(`popup.html?tabId=${tabId}`, '#story-switcher');
      await popup.waitFor(() => document.querySelector('.on-page-item') !== null, null);
      const chosen = await popup.evaluate(() => (document.querySelector('#story-switcher') as HTMLSelectElement).value, null);
      expect(chosen).toBe(TRAM.story.id);
      const text = await popup.evaluate(() => document.body.innerText, null);
      const named = TRAM.entities.find((e) => `${TRAM.story.id}/${e.id}` === scan!.found[0]![0])!;
      expect(text).toContain(named.name);
      await popup.close();
      await page.close();
    });

    it('imports a story through the options page: a broken file is refused with field and reason, a good one lights its page', async () => {
      const options = await h.driver.openExtensionPage('options.html', '.story-drop');
      const broken = tramCopy('tram-copy', 'Tram copy (e2e)', (f) => {
        f.claims[0]!.citations[0]!.quote = 'A sentence that none of the articles contains.';
      });
      await options.evaluate(giveFile, { text: broken, name: 'broken.backstory.json', how: 'drop' });
      await options.waitFor(() => document.querySelector('[role="alert"]')?.textContent?.includes('claims[0].citations[0].quote') === true, null);
      expect(await options.evaluate(() => document.body.innerText.includes('Use Tram copy (e2e)'), null)).toBe(false);

      await options.evaluate(giveFile, { text: tramCopy('tram-copy', 'Tram copy (e2e)'), name: 'copy.backstory.json', how: 'input' });
      await options.waitFor(() => document.body.innerText.includes('Imported Tram copy (e2e)'), null);
      // The original tram story off: the copy's entities are then the ones the page names.
      await options.evaluate((title: string) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent === `Use ${title}`)!;
        document.getElementById(label.htmlFor)!.click();
      }, TRAM.story.title);
      // Closing the page too early would drop the write: wait until storage holds the switch.
      const off = await options.evaluate(async (storyId: string) => {
        type Local = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        const g = globalThis as unknown as { browser?: Local; chrome?: Local };
        const api = (g.browser ?? g.chrome)!;
        for (let i = 0; i < 100; i++) {
          const { packs } = (await api.storage.local.get('packs')) as { packs?: { installed: Array<{ id: string; enabled: boolean }> } };
          if (packs?.installed.some((p) => p.id === storyId && !p.enabled)) return true;
          await new Promise((done) => setTimeout(done, 100));
        }
        return false;
      }, TRAM.story.id);
      expect(off).toBe(true);
      await options.close();

      const page = await h.openScanned(TRAM_DEMO);
      const scan = await scanNamingStory(page, 'tram-copy');
      expect(scan!.found.every(([id]) => id.startsWith('tram-copy/'))).toBe(true);
      expect(scan!.stories).toEqual(['tram-copy']);
      await page.close();
    });

    it('keeps the Berlin demo page on topic for Berlin only, its entities under their own ids', async () => {
      // Once the second story is installed (the first test waited for it), Berlin still reads the same.
      const page = await h.openScanned('/');
      const scan = await page.evaluate(latestScan, null);
      expect(scan!.stories).toEqual([BERLIN]);
      expect(scan!.found.filter(([id]) => id.includes('/'))).toEqual([]);
      expect(scan!.mentions).toBeGreaterThan(20);
      await page.close();
    });
  });
}
