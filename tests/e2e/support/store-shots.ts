/**
 * The store listing's screenshots, taken from the running extension on the
 * demo page at 1280 × 800 (the Chrome Web Store's size): the highlights, a
 * fact panel opened by hovering, and the popup as it opens over the page.
 * Chromium only: its driver can emulate the dark colour scheme for page and popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, type Harness } from '../harness';
import type { TestPage } from './driver';
import { latestScan } from './page-helpers';
import { hoverAt, panelClosed, panelSettled } from './ui-helpers';

export interface StoreShot {
  name: string;
  file: string;
}

const SIZE = { width: 1280, height: 800 };

/** Centre of the first occurrence of one of `texts` in the left part of the viewport's middle band (room for the panel). */
function mentionInView(texts: string[]): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const needle of texts) {
      const at = (node.nodeValue ?? '').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.top > 120 && r.bottom < innerHeight * 0.5 && r.right < innerWidth * 0.6) {
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
  }
  return null;
}

/** Lays the popup's own screenshot over the page where a toolbar popup drops down (top right). */
function overlayPopup(dataUrl: string): void {
  const img = document.createElement('img');
  img.id = 'store-popup-overlay';
  img.src = dataUrl;
  img.style.cssText =
    'position:fixed;top:8px;right:24px;width:400px;height:600px;z-index:2147483647;border:1px solid #8a9099;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)';
  document.body.append(img);
}

async function popupShot(h: Harness, page: TestPage, scheme: 'light' | 'dark'): Promise<string> {
  await page.bringToFront();
  const tabId = await h.driver.activeTabId();
  const popup = await h.driver.openExtensionPage(`popup.html?tabId=${tabId}`, '.on-page-item');
  try {
    await popup.setViewport({ width: 400, height: 600 });
    await popup.emulateColorScheme?.(scheme);
    const file = join(SCREENSHOT_DIR, `store-popup-alone-${scheme}.png`);
    await popup.screenshot(file, { x: 0, y: 0, width: 400, height: 600 });
    return `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  } finally {
    await popup.close();
  }
}

/** Six shots: highlights, panel and popup, in light then dark. */
export async function storeScreenshots(h: Harness): Promise<StoreShot[]> {
  const shots: StoreShot[] = [];
  const take = async (page: TestPage, name: string) => {
    const file = join(SCREENSHOT_DIR, `store-${name}.png`);
    await page.screenshot(file);
    shots.push({ name, file });
  };
  for (const scheme of ['light', 'dark'] as const) {
    const page = await h.openScanned('/');
    try {
      await page.setViewport(SIZE);
      if (!page.emulateColorScheme) throw new Error('store screenshots need a driver that emulates the colour scheme');
      await page.emulateColorScheme(scheme);
      await take(page, `highlights-${scheme}`);

      const scan = (await page.evaluate(latestScan, null))!;
      const where = await page.evaluate(mentionInView, scan.found.map(([, text]) => text));
      if (!where) throw new Error('no highlighted mention in the middle of the first screen');
      await hoverAt(page, where);
      await page.waitFor(panelSettled, null);
      await take(page, `panel-${scheme}`);
      await page.press('Escape');
      await page.waitFor(panelClosed, null);

      const popup = await popupShot(h, page, scheme);
      await page.evaluate(overlayPopup, popup);
      await take(page, `popup-${scheme}`);
    } finally {
      await page.close();
    }
  }
  return shots;
}
