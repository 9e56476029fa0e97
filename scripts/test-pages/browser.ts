/**
 * Chromium for the real-pages check: one persistent context per
 * configuration (with the test-hook build, or with no extension), every
 * request not to the page server aborted, the scan listener of the e2e
 * suite in every page, page and console errors collected per tab.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../browser/find-browser';
import { SCAN_LISTENER_SOURCE } from '../../tests/e2e/support/driver';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/schema';

export interface Tab {
  page: Page;
  /** Uncaught errors and console errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

export interface PagesBrowser {
  /** `before` runs on the new tab before it navigates (to start counters). */
  open(url: string, before?: (page: Page) => Promise<void>): Promise<Tab>;
  /** Extension only: stores the defaults overridden by `patch` (open tabs apply it live). */
  settings(patch: Partial<Settings>): Promise<void>;
  /** Extension only: what the popup does when opened on the page: Backstory proper reads it (past the gate). */
  askPageState(url: string): Promise<void>;
  /** Requests to other hosts, all blocked. */
  offsite: string[];
  close(): Promise<void>;
}

async function blockOffsite(context: BrowserContext, origin: string, offsite: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const web = url.startsWith('http:') || url.startsWith('https:');
    if (!web || url.startsWith(`${origin}/`)) return route.continue();
    offsite.push(url);
    // A blank frame rather than Chromium's error page, whose own script would add noise.
    return route.request().resourceType() === 'document' ? route.fulfill({ status: 204, body: '' }) : route.abort('blockedbyclient');
  });
}

export async function launchPagesBrowser(extensionDir: string | null, origin: string): Promise<PagesBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-test-pages-'));
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...args],
    viewport: { width: 1200, height: 900 },
  });
  const offsite: string[] = [];
  await blockOffsite(context, origin, offsite);
  await context.addInitScript(SCAN_LISTENER_SOURCE);
  let worker: Worker | null = null;
  let options: Page | null = null;
  if (extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  }
  const need = <T>(value: T | null): T => {
    if (!value) throw new Error('no extension in this browser');
    return value;
  };
  return {
    offsite,
    async open(url, before) {
      const page = await context.newPage();
      await before?.(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`page error: ${String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return { page, errors, close: () => page.close() };
    },
    async settings(patch) {
      await need(options).evaluate(async (stored: Settings) => {
        const g = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
        await g.chrome.storage.local.set({ settings: stored });
      }, { ...defaultSettings(), ...patch });
    },
    async askPageState(url) {
      await need(worker).evaluate(async (target: string) => {
        type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        for (const tab of await tabs.query({ url: target })) {
          if (tab.id !== undefined) await tabs.sendMessage(tab.id, { type: 'backstory:get-page-state' }).catch(() => undefined);
        }
      }, url);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
