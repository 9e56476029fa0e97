/**
 * Store readiness (issue 16), run inside the demo-page section so it shares
 * that section's browser: the icons the manifests name, at their pixel
 * sizes, shown by the browser from the extension's own URL; and (Chromium)
 * the store listing's 1280 × 800 screenshots, light and dark, in docs/store/.
 */
import { expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/demo/server';
import { pngSize } from '../../../scripts/store/png';
import { BADGE_BACKGROUND, BADGE_TEXT } from '../../../lib/badge';
import { SCREENSHOT_DIR, type Harness } from '../harness';
import { manifestIcons, showIcons, TOOLBAR_STRIPS } from '../support/icon-helpers';
import { storeScreenshots } from '../support/store-shots';

const ICON_SIZES = [16, 32, 48, 128];

export function storeScenarios(h: Harness, browserName: string): void {
  const folder = browserName === 'chromium' ? 'chrome-mv3' : 'firefox-mv3';

  it('the manifests name the icons at 16, 32, 48 and 128 px, each file that size; the browser loads them (screenshot)', async () => {
    // The release build is what ships; the test-hook build is the one loaded here.
    for (const out of ['.output', '.output-hooks']) {
      const icons = manifestIcons(join(ROOT, out, folder));
      for (const field of ['icons', 'action.default_icon']) {
        const rows = icons.filter((i) => i.field === field);
        expect(rows.map((i) => i.size).sort((a, b) => a - b), `${out}/${folder} ${field}`).toEqual(ICON_SIZES);
        for (const row of rows) expect(row.actual, `${out}/${folder} ${field} ${row.file}`).toEqual({ width: row.size, height: row.size });
      }
    }

    const page = await h.driver.openExtensionPage('options.html', 'body');
    try {
      const widths = await page.evaluate(showIcons, { strips: TOOLBAR_STRIPS, badge: { background: BADGE_BACKGROUND, text: BADGE_TEXT } });
      // 16 and 32 px per strip, then the badged 16 px: each loaded at its own size.
      expect(widths).toEqual(TOOLBAR_STRIPS.flatMap(() => [16, 32, 16]));
      const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height), null);
      const file = join(SCREENSHOT_DIR, `${browserName}-toolbar-icon.png`);
      await page.screenshot(file, { x: 0, y: 0, width: 260, height });
      if (browserName === 'chromium') copyFileSync(file, join(ROOT, 'docs/screenshots/toolbar-icon.png'));
      expect(page.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  if (browserName !== 'chromium') return;

  it('takes the store listing screenshots: 1280 × 800, the highlights, the fact panel and the popup, light and dark', async () => {
    const shots = await storeScreenshots(h);
    const storeDir = join(ROOT, 'docs/store');
    mkdirSync(storeDir, { recursive: true });
    expect(shots.map((s) => s.name)).toEqual([
      'highlights-light', 'panel-light', 'popup-light',
      'highlights-dark', 'panel-dark', 'popup-dark',
    ]);
    for (const shot of shots) {
      expect(pngSize(readFileSync(shot.file)), shot.name).toEqual({ width: 1280, height: 800 });
      copyFileSync(shot.file, join(storeDir, `screenshot-${shot.name}.png`));
    }
  });
}
