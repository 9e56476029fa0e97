/**
 * Shared set-up for the end-to-end scenarios: one test server and one browser
 * per scenario file section, handed to scenarios through a getter so the
 * same scenario code runs in Chromium and Firefox.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer, ROOT, type DemoServer } from '../../scripts/demo/server';
import { extensionRequests, type ExtensionDriver, type TestPage } from './support/driver';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

export type Launch = () => Promise<ExtensionDriver>;

export interface Harness {
  readonly browserName: string;
  readonly driver: ExtensionDriver;
  readonly origin: string;
  /** Opens `path` on the test server and waits for the content script's first scan report. */
  openScanned(path: string): Promise<TestPage>;
}

export interface HarnessOptions {
  /** More folders to serve, made before the server starts: [url prefix ending in "/", folder]. */
  mounts?: () => Promise<Array<[prefix: string, dir: string]>>;
}

/** Registers beforeAll/afterAll hooks in the current describe block. */
export function useHarness(browserName: string, launch: Launch, options: HarnessOptions = {}): Harness {
  let server: DemoServer | undefined;
  let driver: ExtensionDriver | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    server = await startDemoServer(0, (await options.mounts?.()) ?? []);
    driver = await launch();
  }, 90_000);
  afterAll(async () => {
    const made = extensionRequests(driver?.offsiteFrom ?? []);
    await driver?.close();
    await server?.close();
    // Privacy: a run fails on any request Backstory made or caused, whichever test it was in.
    expect(made, 'network requests by the extension').toEqual([]);
  });
  const harness: Harness = {
    browserName,
    get driver() {
      if (!driver) throw new Error('browser not started');
      return driver;
    },
    get origin() {
      if (!server) throw new Error('server not started');
      return server.origin;
    },
    async openScanned(path) {
      const page = await harness.driver.newPage();
      await page.goto(`${harness.origin}${path}`);
      await page.waitFor(() => ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length > 0, null);
      return page;
    },
  };
  return harness;
}
