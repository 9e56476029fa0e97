/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi, with the unpacked
 * build installed as a temporary add-on under a pinned internal UUID.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension, FIREFOX_EXTENSION_UUID } from '../../../scripts/browser/launch';
import { isOffsite, SCAN_LISTENER_SOURCE, type ExtensionDriver, type OffsiteRequest, type TestPage } from './driver';

const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

async function sleep(ms: number): Promise<void> {
  await new Promise((done) => setTimeout(done, ms));
}

/** Where each tab was last sent: puppeteer's `page.url()` still reads about:blank while a load's requests start. */
const destination = new WeakMap<Page, string>();

function wrapPage(page: Page): TestPage {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    pageErrors,
    goto: async (url) => {
      destination.set(page, url);
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg);
    },
    mouseMove: async (p) => {
      await page.mouse.move(p.x, p.y, { steps: 4 });
    },
    mouseClick: (p) => page.mouse.click(p.x, p.y),
    press: async (key) => {
      // Puppeteer presses one key; chords such as "Alt+Shift+ArrowDown" are spelled out.
      const keys = key.length > 1 ? key.split('+') : [key];
      const main = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
    },
    screenshot: async (path, clip) => {
      await page.screenshot({ path: path as `${string}.png`, ...(clip ? { clip } : {}) });
    },
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewport(size),
    // No emulateColorScheme: puppeteer's emulateMediaFeatures needs CDP, which Firefox over
    // WebDriver BiDi does not offer ("CDP support is required for this feature").
    addScriptSource: async (source) => {
      // Evaluated over WebDriver BiDi (script.evaluate), which the page's CSP does not govern.
      await page.evaluate(source);
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(extensionDir: string): Promise<ExtensionDriver> {
  const { browser, extensionId, loadError } = await launchWithExtension('firefox', extensionDir, { headless: true });
  if (!extensionId) {
    await browser.close();
    throw new Error(`Firefox did not install the add-on: ${loadError}`);
  }
  const offsiteRequests: string[] = [];
  const offsiteFrom: OffsiteRequest[] = [];

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (isOffsite(request.url())) {
        offsiteRequests.push(request.url());
        // The tab's page, not the frame: a page's own frames (ads, embeds) count as the page.
        offsiteFrom.push({ url: request.url(), from: destination.get(page) ?? page.url() });
        void request.abort();
      } else {
        void request.continue();
      }
    });
    await page.evaluateOnNewDocument(SCAN_LISTENER_SOURCE);
    return page;
  }

  /** Extension pages: `goto` may never resolve there, so start it and wait for content. */
  async function openExtensionPage(path: string, readySelector: string): Promise<TestPage> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    // Puppeteer's injected query helpers fail in moz-extension pages while they load: poll plainly.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page
        .evaluate(
          ([selector, origin]) => location.href.startsWith(origin) && document.querySelector(selector) !== null,
          [readySelector, EXTENSION_ORIGIN] as const,
        )
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${path}: "${readySelector}" did not appear`);
      await sleep(100);
    }
    return wrapPage(page);
  }

  return {
    browserName: 'firefox',
    offsiteRequests,
    offsiteFrom,
    newPage: async () => wrapPage(await newPage()),
    openExtensionPage,
    activeTabId: async () => {
      // An extension page may call browser.tabs; the options page is the lightest one.
      const helper = await openExtensionPage('options.html', 'body');
      try {
        for (let attempt = 0; attempt < 20; attempt++) {
          const id = await helper.evaluate(async () => {
            const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; active?: boolean }>> } } }).browser;
            // The helper tab is active now: the page under test is the one opened just before it.
            const tabs = await api.tabs.query({ currentWindow: true });
            const self = tabs.findIndex((tab) => tab.active);
            return tabs[self - 1]?.id ?? -1;
          }, null);
          if (id >= 0) return id;
          await sleep(100);
        }
        throw new Error('no tab before the helper tab');
      } finally {
        await helper.close();
      }
    },
    badgeText: async (tabId) => {
      // Only extension pages can read the badge: use the options page, then close it.
      const helper = await openExtensionPage('options.html', 'body');
      try {
        return await helper.evaluate(async (id) => {
          const api = (globalThis as unknown as { browser: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).browser;
          return api.action.getBadgeText({ tabId: id });
        }, tabId);
      } finally {
        await helper.close();
      }
    },
    close: () => closeBrowser(browser),
  };
}

async function closeBrowser(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
}
