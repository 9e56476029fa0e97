/**
 * The end-to-end scenarios, written once and registered for each browser.
 * Each drives the real built extension (test-hook build) against pages
 * served from 127.0.0.1; every off-site request is blocked and counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer, loadCompiledPack, ROOT, type DemoServer } from '../../scripts/demo/server';
import type { ExtensionDriver, TestPage } from './support/driver';
import { latestScan, panelDialogText, pointOfText, scanCount } from './support/page-helpers';
import { expectedDemoCounts } from './support/expected';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

export function defineScenarios(browserName: string, launch: () => Promise<ExtensionDriver>): void {
  describe(`${browserName}: the extension on the demo page`, () => {
    let server: DemoServer;
    let driver: ExtensionDriver;
    const pack = loadCompiledPack();

    beforeAll(async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      server = await startDemoServer();
      driver = await launch();
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    async function openDemo(): Promise<TestPage> {
      const page = await driver.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitFor(() => ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length > 0, null);
      return page;
    }

    it('highlights every entity the pack finds in the seeds, with the same counts', async () => {
      const page = await openDemo();
      const scan = await page.evaluate(latestScan, null);
      expect(scan).not.toBeNull();
      expect(scan!.topic).toBe(true);
      expect(scan!.entities).toEqual(expectedDemoCounts());
      expect(scan!.mentions).toBe(Object.values(expectedDemoCounts()).reduce((a, b) => a + b, 0));
      expect(page.pageErrors).toEqual([]);
      await page.screenshot(join(SCREENSHOT_DIR, `${browserName}-demo.png`));
      await page.close();
    });

    it('opens the fact panel on hover, with the entity and its sources', async () => {
      const page = await openDemo();
      const witkoff = pack.entities.find((e) => e.id === 'steve-witkoff') ?? pack.entities.find((e) => e.kind === 'person')!;
      const where = await page.evaluate(pointOfText, witkoff.aliases.find((a) => !a.ambiguous)!.text);
      expect(where).not.toBeNull();
      await page.mouseMove({ x: where!.x - 3, y: where!.y });
      await page.mouseMove(where!);
      await page.waitFor(() => {
        const host = document.querySelector('backstory-panel');
        return host?.shadowRoot?.querySelector('[role="dialog"]') != null;
      }, null);
      const text = await page.evaluate(panelDialogText, null);
      expect(text).toContain(witkoff.name);
      expect(text).toContain(`${witkoff.sourceIds.length} of ${pack.totalSources}`);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('renders the popup briefing from the bundled pack', async () => {
      const page = await openDemo();
      await page.bringToFront();
      const tabId = await driver.activeTabId();
      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, 'main h1, main h2');
      const text = await popup.evaluate(() => document.body.innerText, null);
      expect(text).toContain(pack.summary.headline.label);
      expect(popup.pageErrors).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('makes no network request to any host but the test server', async () => {
      const page = await openDemo();
      const before = await page.evaluate(scanCount, null);
      expect(before).toBeGreaterThan(0);
      expect(driver.offsiteRequests).toEqual([]);
      await page.close();
    });
  });
}
