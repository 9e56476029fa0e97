/** Chromium through playwright-core, with the unpacked build loaded. */
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, CHROMIUM_FLAGS } from '../../../scripts/browser/find-browser';
import { isOffsite, SCAN_LISTENER_SOURCE, type ExtensionDriver, type OffsiteRequest, type TestPage } from './driver';

function wrapPage(page: Page): TestPage {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    pageErrors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout, polling: 50 });
    },
    mouseMove: (p) => page.mouse.move(p.x, p.y, { steps: 4 }),
    mouseClick: (p) => page.mouse.click(p.x, p.y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, clip) => {
      await page.screenshot(clip ? { path, clip } : { path });
    },
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewportSize(size),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    addScriptSource: async (source) => {
      // A string is evaluated as an expression over CDP, which the page's CSP does not govern.
      await page.evaluate(source);
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir: string): Promise<ExtensionDriver> {
  const executablePath = findBrowser('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1200, height: 900 },
  });
  const offsiteRequests: string[] = [];
  const offsiteFrom: OffsiteRequest[] = [];
  /** The worker, or the top-level page: a page's own frames (ads, embeds) count as the page. */
  const origin = (request: Request): string => {
    const worker = request.serviceWorker();
    if (worker) return worker.url();
    try {
      return request.frame().page().url();
    } catch {
      return 'unknown';
    }
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isOffsite(url)) {
      offsiteRequests.push(url);
      offsiteFrom.push({ url, from: origin(route.request()) });
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // The extension's service worker: its requests are not routed, but they are seen.
  context.on('request', (request) => {
    if (request.serviceWorker() && isOffsite(request.url())) {
      offsiteRequests.push(request.url());
      offsiteFrom.push({ url: request.url(), from: origin(request) });
    }
  });
  await context.addInitScript(SCAN_LISTENER_SOURCE);
  // The extension's service worker tells us its id.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    browserName: 'chromium',
    offsiteRequests,
    offsiteFrom,
    newPage: async () => wrapPage(await context.newPage()),
    openExtensionPage: async (path, readySelector) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(readySelector, { timeout: 10_000 });
      return wrapPage(page);
    },
    activeTabId: async () => {
      const id = await worker.evaluate(async () => {
        // Runs inside the extension's service worker, where `chrome` exists.
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        // Without the `tabs` permission URLs are hidden, but the active tab's id is not.
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('no active tab');
      return id;
    },
    badgeText: (tabId) =>
      worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    reloadExtension: async () => {
      // The worker goes away mid-call: the evaluation's own error is expected.
      await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
