/**
 * `npm run icons`: renders assets/icon.svg to public/icon/{16,32,48,128}.png
 * in headless Chromium (the system's, never a downloaded one) with a
 * transparent background. The PNGs are committed, so building needs no
 * browser; run this after changing the SVG (docs/decisions/010).
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findBrowser } from './browser/find-browser';
import { ROOT } from './demo/server';
import { ICON_SIZES, pngSize } from './store/png';

const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const outDir = join(ROOT, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true, args: CHROMIUM_FLAGS });
try {
  for (const size of ICON_SIZES) {
    // One CSS pixel per image pixel: the SVG is drawn at the icon's own size, not scaled down from a big one.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.waitForFunction(() => document.images[0]?.complete === true);
    const file = join(outDir, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const got = pngSize(readFileSync(file));
    if (got.width !== size || got.height !== size) throw new Error(`${file}: ${got.width}×${got.height}, expected ${size}×${size}`);
    console.log(`public/icon/${size}.png ${size}×${size}`);
    await page.close();
  }
} finally {
  await browser.close();
}
