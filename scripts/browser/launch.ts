/**
 * Launches a real browser with the unpacked build installed, through
 * puppeteer-core. Chromium and Chrome: `Extensions.loadUnpacked` over the
 * DevTools pipe (branded Chrome 137+ ignores `--load-extension`). Firefox:
 * a temporary add-on over WebDriver BiDi.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findBrowser, type BrowserName } from './find-browser';

/** Fixed so `moz-extension://<uuid>/popup.html` is known in advance. */
export const FIREFOX_EXTENSION_UUID = '5b1c1b8e-0c4e-4b7e-9d8a-6a3b6f0e2f11';
export const GECKO_ID = 'backstory@backstory.invalid';

export interface LaunchedBrowser {
  browser: Browser;
  /** Extension id (Chromium) or add-on id (Firefox); null when loading failed. */
  extensionId: string | null;
  /** Why loading failed, when it did. */
  loadError: string | null;
}

export async function launchWithExtension(
  name: BrowserName,
  extensionDir: string,
  { headless }: { headless: boolean },
): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(name);
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath,
          headless,
          pipe: true,
          enableExtensions: true,
          userDataDir: mkdtempSync(join(tmpdir(), 'backstory-chrome-')),
          defaultViewport: headless ? { width: 1200, height: 900 } : null,
          args: [...CHROMIUM_FLAGS, '--enable-unsafe-extension-debugging'],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless,
          defaultViewport: headless ? { width: 1200, height: 900 } : null,
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
          },
        });
  try {
    return { browser, extensionId: await browser.installExtension(extensionDir), loadError: null };
  } catch (error) {
    return { browser, extensionId: null, loadError: error instanceof Error ? error.message : String(error) };
  }
}
