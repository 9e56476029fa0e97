/**
 * One persistent Chromium context per configuration, all launched at the
 * start and reused for the whole run, each with only its own extension.
 * Every request that is not to the benchmark server is aborted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../browser/find-browser';
import { PROBE_SOURCE } from './probe';
import { CHECK_PATH } from './server';
import type { ConfigName } from './types';

export interface ConfigBrowser {
  name: ConfigName;
  context: BrowserContext;
  profile: string;
}

const CHECK_TIMEOUT_MS = 15_000;
/**
 * Chromium keeps a spare renderer process ready; one started while a trace
 * runs often never answers the end-of-trace flush, and Tracing.end then
 * waits its 5 s timeout (about every other page load here). Without it each
 * new tab starts its own renderer, as it would anyway.
 */
const NO_SPARE_RENDERER = ['--disable-features=SpareRendererForSitePerProcess'];

function extensionArgs(dir: string | null): string[] {
  return dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : [];
}

/**
 * Loopback to the benchmark server passes; other http(s) hosts are blocked;
 * chrome-extension: and data: pass. An aborted frame document would show
 * Chromium's error page, whose own script (20 to 50 ms a load on pages full
 * of ad frames, varying from load to load) would swamp what the stand-ins
 * add: frame documents get an empty 204 instead, which leaves the frame blank.
 */
async function blockOffsite(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    const web = url.startsWith('http:') || url.startsWith('https:');
    if (!web || url.startsWith(`${origin}/`)) return route.continue();
    return request.resourceType() === 'document' ? route.fulfill({ status: 204, body: '' }) : route.abort('blockedbyclient');
  });
}

export async function launchConfig(name: ConfigName, dir: string | null, origin: string): Promise<ConfigBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `backstory-bench-load-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...NO_SPARE_RENDERER, ...extensionArgs(dir)],
    viewport: { width: 1280, height: 900 },
  });
  await blockOffsite(context, origin);
  await context.addInitScript(PROBE_SOURCE);
  return { name, context, profile };
}

/** What proves each configuration's content script ran on the check page (evaluated in the page). */
const RAN: Record<ConfigName, string> = {
  off: 'true',
  floor: "document.documentElement.hasAttribute('data-bench-floor')",
  'floor+settings': "document.documentElement.hasAttribute('data-bench-settings-floor')",
  markjs: "document.documentElement.hasAttribute('data-bench-markjs') && !!document.querySelector('mark[data-markjs]')",
  // The probe's route for first-highlight times: the main world must see the content script's highlights.
  backstory: 'CSS.highlights.size > 0',
};

async function waitForRun(page: Page, name: ConfigName): Promise<void> {
  try {
    await page.waitForFunction(RAN[name], undefined, { timeout: CHECK_TIMEOUT_MS, polling: 100 });
  } catch {
    throw new Error(`${name}: the content script did not run on the check page within ${CHECK_TIMEOUT_MS / 1000} s (extension not loaded?)`);
  }
}

/**
 * Fails loudly unless the configuration's extension is loaded and its content
 * script runs; Backstory must also have its service worker. Doubles as a warm-up.
 */
export async function verifyConfig(browser: ConfigBrowser, origin: string): Promise<string> {
  const { name, context } = browser;
  if (name === 'backstory') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: CHECK_TIMEOUT_MS }).catch(() => null));
    if (!worker) throw new Error('backstory: no service worker started (extension not loaded?)');
  }
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${CHECK_PATH}`, { waitUntil: 'load' });
    await waitForRun(page, name);
    const detail = await page.evaluate(
      "[document.documentElement.getAttribute('data-bench-floor'), document.documentElement.getAttribute('data-bench-markjs'), CSS.highlights.size, document.documentElement.getAttribute('data-bench-settings-floor')]",
    ) as [string | null, string | null, number, string | null];
    return {
      off: 'no extension',
      floor: `walked ${detail[0]} (nodes:chars)`,
      'floor+settings': `read its settings, walked ${detail[3]} (nodes:chars)`,
      markjs: `${detail[1]} marks`,
      backstory: `${detail[2]} highlights registered`,
    }[name];
  } finally {
    await page.close();
  }
}
