/**
 * The infinite-scroll page (tests/pages/heavy/scroll.ts: 50 articles appended
 * one every 100 ms) with both renderers: no page error, the page's text
 * unchanged, and once the feed stops, every entity shown as often as its
 * mentions in the whole feed allow (up to the per-entity cap).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_HIGHLIGHTS_PER_ENTITY } from '../../../lib/constants';
import { scrollPageHtml, SCROLL_ARTICLES } from '../../pages/heavy/scroll';
import { useHarness, type Launch } from '../harness';
import { expectedFor, expectReport, textsOf, type Counts } from '../support/mentions';
import { openSettingsWriter } from '../support/settings';

function capped(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, Math.min(n, MAX_HIGHLIGHTS_PER_ENTITY)]));
}

export function liveFeedScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: an infinite-scroll feed`, () => {
    const h = useHarness(browserName, launch, {
      mounts: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'backstory-feed-'));
        writeFileSync(join(dir, 'scroll.html'), scrollPageHtml());
        return [['/feed/', dir]];
      },
    });

    for (const renderer of ['overlay', 'inline'] as const) {
      it(`${renderer}: highlights the ${SCROLL_ARTICLES} appended articles, changing no text`, async () => {
        const settings = await openSettingsWriter(h.driver);
        await settings.write({ renderer });
        const page = await h.openScanned('/feed/scroll.html');
        try {
          await page.waitFor(() => (window as unknown as { __scrollDone?: boolean }).__scrollDone === true, null, 30_000);
          const expected = expectedFor(await page.evaluate(textsOf, 'main h2, main p'));
          expect(expected.topic).toBe(true);
          const since = await page.evaluate(() => ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length, null);
          // The feed changed non-stop for 5 s: Backstory may wait for it to calm down first.
          const scan = await expectReport(page, Math.max(0, since - 1), capped(expected.entities), 20_000);
          expect(scan.renderer).toBe(renderer);
          expect(scan.limited).toBe(true);
          // The page's text, character for character, is the text of the markup it appended.
          const [shown, written] = await page.evaluate(() => {
            const inert = document.implementation.createHTMLDocument('');
            inert.body.innerHTML = (window as unknown as { __feedSource: string[] }).__feedSource.join('');
            return [document.querySelector('main')!.textContent, inert.body.textContent];
          }, null);
          expect(shown).toBe(written);
          expect(page.pageErrors).toEqual([]);
        } finally {
          await page.close();
          await settings.write(null);
          await settings.close();
        }
      }, 90_000);
    }
  });
}
