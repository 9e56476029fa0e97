/** The whole chain on the demo page: highlights, the panel on hover, the popup, no network. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCompiledPack } from '../../../scripts/demo/server';
import { SCREENSHOT_DIR, useHarness, type Launch } from '../harness';
import { latestScan, panelDialogText, pointOfText, scanCount } from '../support/page-helpers';
import { expectedDemoCounts } from '../support/expected';
import { storeScenarios } from './store';

export function foundationScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: the extension on the demo page`, () => {
    const h = useHarness(browserName, launch);
    const pack = loadCompiledPack();

    it('highlights every entity the pack finds in the seeds, with the same counts', async () => {
      const page = await h.openScanned('/');
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
      const page = await h.openScanned('/');
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
      const page = await h.openScanned('/');
      await page.bringToFront();
      const tabId = await h.driver.activeTabId();
      const popup = await h.driver.openExtensionPage(`popup.html?tabId=${tabId}`, 'main h1, main h2');
      const text = await popup.evaluate(() => document.body.innerText, null);
      expect(text).toContain(pack.summary.headline.label);
      expect(popup.pageErrors).toEqual([]);
      await popup.close();
      await page.close();
    });

    // Before the network check, so the store screenshots' pages count too.
    storeScenarios(h, browserName);

    it('makes no network request to any host but the test server', async () => {
      const page = await h.openScanned('/');
      expect(await page.evaluate(scanCount, null)).toBeGreaterThan(0);
      expect(h.driver.offsiteRequests).toEqual([]);
      await page.close();
    });
  });
}
