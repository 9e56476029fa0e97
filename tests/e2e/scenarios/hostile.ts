/**
 * Hostile pages the project writes (tests/fixtures/hostile-*.html,
 * where-text-lives.html), with both renderers: editors and forms stay
 * untouched and typing still works, a page in design mode is left alone, a
 * page's own marks and highlights survive, a page that breaks the DOM APIs
 * and floods Backstory-looking events cannot reach the content script (it
 * runs in an isolated world), and what is scanned (light DOM, CSS-hidden text)
 * and what is not (shadow roots, frames, `[hidden]`).
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type Launch } from '../harness';
import type { TestPage } from '../support/driver';
import { expectedFor, textsOf } from '../support/mentions';
import { latestScan, scanCount } from '../support/page-helpers';
import { openSettingsWriter } from '../support/settings';

const RENDERERS = ['overlay', 'inline'] as const;
type RendererName = (typeof RENDERERS)[number];

/** A form field's value, or an element's text. */
function fieldText(selector: string): string {
  const el = document.querySelector(selector)!;
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
}

function marksInside(selector: string): number {
  return Array.from(document.querySelectorAll(selector)).reduce((n, el) => n + el.querySelectorAll('mark[data-backstory]').length, 0);
}

/** Puts the caret at the end of `selector`'s text (an editor or a form field). */
function caretAtEnd(selector: string): void {
  const el = document.querySelector(selector) as HTMLElement;
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

async function typeText(page: TestPage, text: string, browserName: string): Promise<void> {
  // Playwright names the space bar "Space"; puppeteer over WebDriver BiDi takes the character.
  for (const ch of text) await page.press(ch === ' ' && browserName === 'chromium' ? 'Space' : ch);
}

export function hostileScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: hostile pages`, () => {
    const h = useHarness(browserName, launch);

    /**
     * Opens `path` with `renderer`, runs `check`, and always restores the settings. Polls with
     * plain evaluations: the hostile page breaks APIs the automation's own waiting uses.
     */
    const withRenderer = async (renderer: RendererName, path: string, check: (page: TestPage) => Promise<void>) => {
      const before = h.driver.offsiteRequests.length;
      const settings = await openSettingsWriter(h.driver);
      await settings.write({ renderer });
      const page = await h.driver.newPage();
      await page.goto(`${h.origin}${path}`);
      for (let i = 0; i < 100 && (await page.evaluate(scanCount, null)) === 0; i++) await new Promise((done) => setTimeout(done, 100));
      try {
        await check(page);
        expect(page.pageErrors).toEqual([]);
      } finally {
        await page.close();
        await settings.write(null);
        await settings.close();
      }
      expect(h.driver.offsiteRequests.slice(before)).toEqual([]);
    };

    for (const renderer of RENDERERS) {
      it(`${renderer}: editors and form fields are left alone, and typing in them still works`, async () => {
        await withRenderer(renderer, '/fixtures/hostile-editing.html', async (page) => {
          const expected = expectedFor(await page.evaluate(textsOf, '[data-prose]'));
          expect(expected.mentions).toBeGreaterThan(0);
          expect((await page.evaluate(latestScan, null))?.entities).toEqual(expected.entities);
          for (const [selector, typed] of [['#editor p', ' Witkoff agreed.'], ['#notes', ' Kushner too.'], ['#subject', ' NATO']] as const) {
            const start = await page.evaluate(fieldText, selector);
            await page.evaluate(caretAtEnd, selector);
            await typeText(page, typed, browserName);
            expect(await page.evaluate(fieldText, selector)).toBe(start + typed);
          }
          // Give the mutation watch time to react to the typing: still nothing inside.
          await new Promise((done) => setTimeout(done, 600));
          expect(await page.evaluate(marksInside, '#editor, #notes, #subject')).toBe(0);
        });
      });

      it(`${renderer}: a page in design mode is an editor: nothing is highlighted and typing works`, async () => {
        await withRenderer(renderer, '/fixtures/hostile-designmode.html', async (page) => {
          expect(expectedFor(await page.evaluate(textsOf, 'h1, p')).mentions).toBeGreaterThan(0);
          expect((await page.evaluate(latestScan, null))?.mentions).toBe(0);
          await page.evaluate(caretAtEnd, '#text');
          await typeText(page, ' Merz', browserName);
          expect(await page.evaluate(() => document.getElementById('text')!.textContent, null)).toMatch(/watched\. ?Merz$/);
          await new Promise((done) => setTimeout(done, 600));
          expect(await page.evaluate(() => document.querySelectorAll('mark[data-backstory]').length, null)).toBe(0);
        });
      });

      it(`${renderer}: the page's own marks and ::highlight() stay as they were`, async () => {
        await withRenderer(renderer, '/fixtures/hostile-own-marks.html', async (page) => {
          const expected = expectedFor(await page.evaluate(textsOf, 'main h1, main p'));
          const scan = await page.evaluate(latestScan, null);
          expect(scan?.entities).toEqual(expected.entities);
          // Marks would move the page's live Ranges: a page with highlights of its own gets the overlay.
          expect(scan?.renderer).toBe('overlay');
          if (renderer === 'inline') expect(scan?.fellBack).toBe('page-uses-highlights');
          const own = await page.evaluate(() => Array.from(document.querySelectorAll('mark.search-hit'), (m) => [m.className, m.textContent]), null);
          expect(own).toEqual([['search-hit', 'Volodymyr Zelensky'], ['search-hit', 'Steve Witkoff']]);
          expect(await page.evaluate(() => (window as unknown as { pageHighlightText(): string[] | null }).pageHighlightText(), null)).toEqual(['Jared Kushner']);
        });
      });

      it(`${renderer}: a page that breaks DOM APIs and fakes Backstory's events cannot reach it`, async () => {
        await withRenderer(renderer, '/fixtures/hostile-script.html', async (page) => {
          const expected = expectedFor(await page.evaluate(textsOf, 'main h1, main p'));
          expect(expected.topic).toBe(true);
          // The flood runs for about 1.5 s: Backstory must still be on, showing the same mentions.
          await new Promise((done) => setTimeout(done, 2_000));
          const scan = await page.evaluate(latestScan, null);
          expect(scan?.renderer).toBe(renderer);
          expect(scan?.entities).toEqual(expected.entities);
          if (renderer === 'inline') expect(await page.evaluate(() => document.querySelectorAll('mark[data-backstory]').length, null)).toBe(expected.mentions);
          // No call from Backstory ever reached the page's replaced APIs: the content script has its own.
          expect(await page.evaluate(() => (window as unknown as { __hostile: { calls: number } }).__hostile.calls, null)).toBe(0);
          expect(await page.evaluate(() => (CSS as unknown as { highlights: { size: number } }).highlights.size, null)).toBe(-1);
        });
      });
    }

    it('reads the light DOM and CSS-hidden text; not open shadow roots, frames or [hidden]', async () => {
      await withRenderer('overlay', '/fixtures/where-text-lives.html', async (page) => {
        const expected = expectedFor(await page.evaluate(textsOf, '[data-scanned]'));
        const everything = expectedFor([
          ...(await page.evaluate(textsOf, 'main > *')),
          await page.evaluate(() => document.getElementById('card')!.shadowRoot!.textContent ?? '', null),
        ]);
        // The fixture puts names where Backstory does not look.
        expect(Object.keys(everything.entities).length).toBeGreaterThan(Object.keys(expected.entities).length);
        expect((await page.evaluate(latestScan, null))?.entities).toEqual(expected.entities);
      });
    });
  });
}
