/** The reader's highlight style applies live, in the inline renderer where computed styles show it. */
import { describe, expect, it } from 'vitest';
import { useHarness, type Launch } from '../harness';
import { openSettingsWriter } from '../support/settings';

/** Computed look of the first Backstory mark on the page. */
function firstMarkLook(): { background: string; decoration: string } | null {
  const mark = document.querySelector('mark[data-backstory]');
  if (!mark) return null;
  const style = getComputedStyle(mark);
  return { background: style.backgroundColor, decoration: style.textDecorationLine };
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

export function highlightStyleScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: highlight style setting`, () => {
    const h = useHarness(browserName, launch);

    it('switches between a fill and an underline without a reload', async () => {
      const settings = await openSettingsWriter(h.driver);
      try {
        await settings.write({ renderer: 'inline', highlightStyle: 'background' });
        const page = await h.openScanned('/');
        await page.waitFor(() => document.querySelector('mark[data-backstory]') !== null, null);
        const filled = (await page.evaluate(firstMarkLook, null))!;
        expect(filled.background).not.toBe(TRANSPARENT);
        expect(filled.decoration).toBe('none');

        await settings.write({ renderer: 'inline', highlightStyle: 'underline' });
        await page.waitFor(
          (transparent) => {
            const mark = document.querySelector('mark[data-backstory]');
            const style = mark && getComputedStyle(mark);
            return style?.backgroundColor === transparent && style.textDecorationLine === 'underline';
          },
          TRANSPARENT,
        );
        expect(page.pageErrors).toEqual([]);
        await page.close();
      } finally {
        await settings.write(null);
        await settings.close();
      }
    });
  });
}
