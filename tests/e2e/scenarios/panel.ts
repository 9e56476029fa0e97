/**
 * The fact panel (issue 6) in a real browser: hover intent, staying open while
 * the pointer is inside it, Escape, the keyboard path with focus management,
 * isolation from hostile page CSS, accessibility (axe-core) in light and dark,
 * and the screenshots used in the README.
 *
 * Which entity to hover is chosen from the page's own scan report, and what
 * the panel must say comes from the compiled pack: nothing is typed in.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCompiledPack } from '../../../scripts/demo/server';
import { compileMatcher } from '../../../lib/match/matcher';
import { matcherInput } from '../../../lib/pack/matcher-input';
import { PANEL_GRACE_MS } from '../../../lib/constants';
import { DARK, LIGHT } from '../../../components/panel/palette';
import type { CompiledEntity, CompiledPack } from '../../../lib/pack/types';
import { SCREENSHOT_DIR, useHarness, type Launch } from '../harness';
import type { Point, ScanReport, TestPage } from '../support/driver';
import { latestScan, pointOfText } from '../support/page-helpers';
import { writeSettings } from '../support/settings';
import {
  axeCheck,
  hoverAt,
  panelCentre,
  panelClosed,
  panelSettled,
  panelState,
  saveScreenshot,
} from '../support/ui-helpers';

const pack: CompiledPack = loadCompiledPack();
const input = matcherInput(pack);
const matcher = compileMatcher(input.aliases, { notMatching: input.notMatching });

function entity(id: string): CompiledEntity {
  const found = pack.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function isUnambiguous(text: string): boolean {
  const [match, ...rest] = matcher.findAll(text);
  return !!match && rest.length === 0 && match.text === text && !match.ambiguous;
}

/**
 * A mention worth hovering, from the page's scan: an unambiguous spelling of a
 * person some but not all sources mention (so the source strip has both filled
 * and empty chips to check).
 */
function pickHoverTarget(scan: ScanReport): { entity: CompiledEntity; text: string } {
  const candidates = scan.found
    .filter(([id, text]) => isUnambiguous(text) && text.length >= 5)
    .map(([id, text]) => ({ entity: entity(id), text }))
    .filter(({ entity: e }) => e.sourceIds.length > 0 && e.sourceIds.length < pack.totalSources);
  const pick = candidates.find(({ entity: e }) => e.kind === 'person') ?? candidates[0];
  if (!pick) throw new Error(`nothing to hover among ${JSON.stringify(scan.found)}`);
  return pick;
}

/** Hovers the first visible `text` and waits for its panel to be placed and settled. */
async function openByHover(page: TestPage, text: string, name: string): Promise<Point> {
  const where = await page.evaluate(pointOfText, text);
  expect(where, `"${text}" on the page`).not.toBeNull();
  await hoverAt(page, where!);
  await page.waitFor(panelSettled, name);
  return where!;
}

/** Computed styles of the panel's parts: identical wherever the panel is shown. */
function panelStyles(): Record<string, Record<string, string>> {
  const shadow = document.querySelector('backstory-panel')?.shadowRoot;
  const out: Record<string, Record<string, string>> = {};
  const parts = [
    '.panel',
    '[role="dialog"]',
    '.head__name',
    '.head__kind',
    '.description',
    '.coverage__text',
    '.chip--on',
    '.section__title',
    '.claim__label',
    '.badge',
    '.close',
    '.action--primary',
    '.action:not(.action--primary)',
  ];
  const props = [
    'font-size',
    'font-family',
    'font-weight',
    'font-style',
    'line-height',
    'letter-spacing',
    'text-transform',
    'color',
    'background-color',
    'border-top-color',
    'border-top-width',
    'padding-top',
    'padding-left',
    'display',
    'visibility',
  ];
  for (const selector of parts) {
    const el = shadow?.querySelector(selector);
    if (!el) {
      out[selector] = { missing: 'yes' };
      continue;
    }
    const style = getComputedStyle(el);
    const row: Record<string, string> = {};
    for (const prop of props) row[prop] = style.getPropertyValue(prop);
    if (selector === '.panel' || selector === '[role="dialog"]') {
      row.width = style.width;
      row.rectWidth = String(el.getBoundingClientRect().width);
    }
    out[selector] = row;
  }
  return out;
}

/** `#rrggbb` → the `rgb(r, g, b)` form getComputedStyle reports. */
function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  return `rgb(${n(0)}, ${n(1)}, ${n(2)})`;
}

function panelBackground(): string | null {
  const floating = document.querySelector('backstory-panel')?.shadowRoot?.querySelector('.panel');
  return floating ? getComputedStyle(floating).backgroundColor : null;
}

/** Chips of the panel's coverage strip: [accessible name, filled]. */
function coverageChips(): Array<[string, boolean]> {
  const shadow = document.querySelector('backstory-panel')?.shadowRoot;
  return Array.from(shadow?.querySelectorAll('.coverage .chip') ?? []).map((chip) => [
    chip.getAttribute('aria-label') ?? '',
    chip.classList.contains('chip--on'),
  ]);
}

function dialogRect(): { left: number; top: number; right: number; bottom: number } | null {
  const dialog = document.querySelector('backstory-panel')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const r = dialog.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The controls Tab should reach inside the dialog, in order (visible, enabled, tabbable). */
function dialogControls(): string[] {
  const shadow = document.querySelector('backstory-panel')?.shadowRoot;
  const dialog = shadow?.querySelector('[role="dialog"]');
  if (!dialog) return [];
  return Array.from(dialog.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]'))
    .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
    .map((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`);
}

export function panelScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: the fact panel`, () => {
    const h = useHarness(browserName, launch);

    it('opens on hover with the entity, its coverage and its sources, beside the mention', async () => {
      const page = await h.openScanned('/');
      const { entity: e, text } = pickHoverTarget((await page.evaluate(latestScan, null))!);
      expect(await page.evaluate(panelClosed, null)).toBe(true);
      const where = await openByHover(page, text, e.name);

      const state = await page.evaluate(panelState, null);
      expect(state.name).toBe(e.name);
      expect(state.text).toContain(e.description);
      expect(state.text).toContain(`${e.sourceIds.length} of ${pack.totalSources}`);
      // Hover opens without taking focus from the page.
      expect(state.hostFocused).toBe(false);
      // One chip per source, in pack order, filled exactly where the entity is mentioned.
      const chips = await page.evaluate(coverageChips, null);
      expect(chips).toHaveLength(pack.sources.length);
      pack.sources.forEach((source, i) => {
        expect(chips[i]![0].startsWith(source.label), `chip ${i} names ${source.label}`).toBe(true);
        expect(chips[i]![1], `chip for ${source.id}`).toBe(e.sourceIds.includes(source.id));
      });
      // Never covers the mention or sits under the pointer.
      const rect = (await page.evaluate(dialogRect, null))!;
      const underPointer = where.x >= rect.left && where.x <= rect.right && where.y >= rect.top && where.y <= rect.bottom;
      expect(underPointer).toBe(false);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('stays open while the pointer is inside it, closes when it leaves, and on Escape', async () => {
      const page = await h.openScanned('/');
      const { entity: e, text } = pickHoverTarget((await page.evaluate(latestScan, null))!);
      await openByHover(page, text, e.name);

      // Into the panel, then rest there well past the grace time: still open.
      const inside = (await page.evaluate(panelCentre, null))!;
      await page.mouseMove(inside);
      await new Promise((done) => setTimeout(done, PANEL_GRACE_MS * 3));
      expect((await page.evaluate(panelState, null)).name).toBe(e.name);

      // Out to the page's empty corner: it closes after the grace time.
      await page.mouseMove({ x: 2, y: 2 });
      await page.waitFor(panelClosed, null, PANEL_GRACE_MS + 2_000);

      // Again, and Escape closes it while the pointer still rests on the mention.
      await page.mouseMove({ x: 2, y: 40 });
      await openByHover(page, text, e.name);
      await page.press('Escape');
      await page.waitFor(panelClosed, null, 1_000);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('keyboard: Alt+Shift+ArrowDown opens a panel with focus, Tab stays inside, Escape returns focus', async () => {
      const page = await h.openScanned('/');
      const scan = (await page.evaluate(latestScan, null))!;
      await page.bringToFront();
      // Focus something on the page first, to see focus come back to it.
      await page.evaluate(() => {
        const heading = document.querySelector<HTMLElement>('h1')!;
        heading.tabIndex = -1;
        heading.focus();
      }, null);
      await page.press('Alt+Shift+ArrowDown');
      await page.waitFor(panelSettled, null);
      const opened = await page.evaluate(panelState, null);
      expect(opened.hostFocused).toBe(true);
      expect(opened.focusInDialog).toBe(true);
      const shown = pack.entities.find((x) => x.name === opened.name);
      expect(shown, `panel names a pack entity: ${opened.name}`).toBeDefined();
      expect(Object.keys(scan.entities)).toContain(shown!.id);

      // Tab visits every control once, in order, never leaving the dialog, then wraps.
      const controls = await page.evaluate(dialogControls, null);
      expect(controls.length).toBeGreaterThanOrEqual(3);
      const visited: string[] = [];
      for (let i = 0; i < controls.length; i++) {
        await page.press('Tab');
        const state = await page.evaluate(panelState, null);
        expect(state.hostFocused && state.focusInDialog, `Tab ${i + 1} stays in the panel`).toBe(true);
        visited.push(state.innerActive!);
      }
      expect(visited).toEqual(controls);
      await page.press('Tab');
      expect((await page.evaluate(panelState, null)).innerActive).toBe(controls[0]);
      await page.press('Shift+Tab');
      expect((await page.evaluate(panelState, null)).innerActive).toBe(controls[controls.length - 1]);

      await page.press('Escape');
      await page.waitFor(panelClosed, null, 1_000);
      expect(await page.evaluate(() => document.activeElement === document.querySelector('h1'), null)).toBe(true);

      // Up from here opens the previous mention's panel, again with focus.
      await page.press('Alt+Shift+ArrowUp');
      await page.waitFor(panelSettled, null);
      expect((await page.evaluate(panelState, null)).focusInDialog).toBe(true);
      await page.press('Escape');
      await page.waitFor(panelClosed, null, 1_000);
      expect(page.pageErrors).toEqual([]);
      await page.close();
    });

    it('looks the same on a page with hostile CSS as on the demo page', async () => {
      const hostile = await h.openScanned('/fixtures/hostile-css.html');
      // The fixture really does restyle everything it can reach.
      expect(await hostile.evaluate(() => getComputedStyle(document.body).fontSize, null)).toBe('40px');
      // …yet Backstory's own style elements never show up as page text.
      expect(await hostile.evaluate(() => document.documentElement.innerText, null)).not.toContain('backstory');
      const { entity: e, text } = pickHoverTarget((await hostile.evaluate(latestScan, null))!);
      await openByHover(hostile, text, e.name);
      const there = await hostile.evaluate(panelStyles, null);
      await hostile.screenshot(join(SCREENSHOT_DIR, `${browserName}-panel-hostile.png`));
      expect(hostile.pageErrors).toEqual([]);
      await hostile.close();

      const demo = await h.openScanned('/');
      await openByHover(demo, text, e.name);
      const here = await demo.evaluate(panelStyles, null);
      await demo.close();

      for (const [selector, row] of Object.entries(here)) expect(row.missing, selector).toBeUndefined();
      expect(here['.panel']!.width).toBe('360px');
      expect(here['.panel']!['font-size']).toBe('13px');
      expect(there).toEqual(here);
    });

    it('has no axe-core violations in light mode (screenshot for the README)', async () => {
      const page = await h.openScanned('/');
      await page.emulateColorScheme?.('light');
      const { entity: e, text } = pickHoverTarget((await page.evaluate(latestScan, null))!);
      await openByHover(page, text, e.name);
      expect(await page.evaluate(panelBackground, null)).toBe(rgb(LIGHT.bg));
      const result = await axeCheck(page, ['backstory-panel']);
      expect(result.violations).toEqual([]);
      // axe looked inside the shadow root, not just at the host.
      expect(result.passedInShadow).toBeGreaterThan(0);
      await saveScreenshot(page, browserName, join(SCREENSHOT_DIR, `${browserName}-panel-light.png`), 'panel-light.png');
      await page.close();
    });

    it('has no axe-core violations in dark mode (screenshot for the README)', async () => {
      const page = await h.openScanned('/');
      // Firefox over WebDriver BiDi cannot emulate prefers-color-scheme (puppeteer needs CDP for
      // it), so its driver has no emulateColorScheme: there the dark palette comes from the
      // theme setting, applied live to the open page.
      const viaSetting = page.emulateColorScheme === undefined;
      if (viaSetting) await writeSettings(h.driver, { theme: 'dark' });
      else await page.emulateColorScheme!('dark');
      try {
        const { entity: e, text } = pickHoverTarget((await page.evaluate(latestScan, null))!);
        await openByHover(page, text, e.name);
        await page.waitFor((want) => {
          const floating = document.querySelector('backstory-panel')?.shadowRoot?.querySelector('.panel');
          return floating ? getComputedStyle(floating).backgroundColor === want : false;
        }, rgb(DARK.bg));
        const result = await axeCheck(page, ['backstory-panel']);
        expect(result.violations).toEqual([]);
        expect(result.passedInShadow).toBeGreaterThan(0);
        await saveScreenshot(page, browserName, join(SCREENSHOT_DIR, `${browserName}-panel-dark.png`), 'panel-dark.png');
      } finally {
        if (viaSetting) await writeSettings(h.driver, null);
        await page.close();
      }
    });
  });
}
