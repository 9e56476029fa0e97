/**
 * The extension reloaded while a page is open (Chromium: `runtime.reload()`
 * from its service worker, as an update does): the old content script leaves
 * nothing behind: no marks, no highlight style, no panel host, the page's
 * text as it was. Its own browser, since the reload takes the extension's
 * pages and worker with it.
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type Launch } from '../harness';
import { bodyText, pointOfText } from '../support/page-helpers';
import { openSettingsWriter } from '../support/settings';

export function lifecycleScenarios(browserName: string, launch: Launch): void {
  describe.runIf(browserName === 'chromium')(`${browserName}: extension reloaded under an open page`, () => {
    const h = useHarness(browserName, launch);

    it('the old content script takes its marks, style and panel host with it', async () => {
      const settings = await openSettingsWriter(h.driver);
      await settings.write({ enabled: false, renderer: 'inline' });
      const page = await h.driver.newPage();
      await page.goto(`${h.origin}/`);
      const original = await page.evaluate(() => document.body.outerHTML, null);
      const text = await page.evaluate(bodyText, null);
      await settings.write({ enabled: true, renderer: 'inline' });
      await page.waitFor(() => document.querySelector('mark[data-backstory]') !== null, null);
      // Hover a mention so the panel host exists too.
      const where = await page.evaluate(pointOfText, 'Witkoff');
      await page.mouseMove(where!);
      await page.waitFor(() => document.querySelector('backstory-panel') !== null, null, 10_000);
      await settings.close();

      await h.driver.reloadExtension!();
      await page.waitFor(() => !document.querySelector('mark[data-backstory], backstory-panel, [data-backstory-ui]'), null, 10_000);
      expect(await page.evaluate(bodyText, null)).toBe(text);
      expect(await page.evaluate(() => document.body.outerHTML, null)).toBe(original);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });
  });
}
