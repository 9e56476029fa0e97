/**
 * `npm start`: builds, serves the demo page on 127.0.0.1 and opens a browser
 * with Backstory loaded on it. Without a display (CI, a server) it runs
 * headless, prints what it highlighted and saves a screenshot.
 *
 *   npm start                       Chromium / Chrome
 *   npm start -- --browser firefox  Firefox (temporary add-on)
 *   npm start -- --headless         force headless
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './browser/launch';
import { BrowserNotFoundError, type BrowserName } from './browser/find-browser';
import { loadCompiledPack, ROOT, startDemoServer } from './demo/server';
import { printScanReport, waitForFirstScan, SCAN_LISTENER } from './demo/scan-report';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
  },
});
const browserName: BrowserName = values.browser === 'firefox' ? 'firefox' : 'chromium';
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless || process.env.CI === 'true' || !hasDisplay;

async function main(): Promise<void> {
  // Headless runs report what was highlighted, which needs the test-hook build.
  const outDir = headless ? '.output-hooks' : '.output';
  execSync(headless ? 'npm run build:hooks' : 'npm run build', { cwd: ROOT, stdio: 'inherit' });
  const extensionDir = join(ROOT, outDir, browserName === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');

  const server = await startDemoServer(headless ? 0 : 5173);
  const demoUrl = `${server.origin}/`;
  console.log(`Demo page: ${demoUrl}`);
  const { browser, extensionId, loadError } = await launchWithExtension(browserName, extensionDir, { headless });

  if (!extensionId) {
    // Loading over the DevTools pipe failed: let the user load it by hand.
    console.error(`Could not load the extension automatically (${loadError}).`);
    const page = await browser.newPage();
    await page.goto(browserName === 'firefox' ? 'about:debugging#/runtime/this-firefox' : 'chrome://extensions');
    console.error(
      browserName === 'firefox'
        ? `In the page that opened: "Load Temporary Add-on…" → choose ${join(extensionDir, 'manifest.json')}, then open ${demoUrl}`
        : `In the page that opened: turn on "Developer mode" (top right) → "Load unpacked" → choose ${extensionDir}, then open ${demoUrl}`,
    );
    if (headless) process.exitCode = 1;
  } else {
    console.log(`Loaded Backstory (${extensionId}) from ${extensionDir}`);
    const page = await browser.newPage();
    if (headless) await page.evaluateOnNewDocument(SCAN_LISTENER);
    await page.goto(demoUrl);
    if (headless) {
      const report = await waitForFirstScan(page);
      printScanReport(report, loadCompiledPack());
      const shotDir = join(ROOT, 'test-results');
      mkdirSync(shotDir, { recursive: true });
      const shot = join(shotDir, `start-${browserName}.png`);
      await page.screenshot({ path: shot as `${string}.png`, fullPage: false });
      console.log(`Screenshot: ${shot}`);
    }
  }

  if (headless) {
    await browser.close();
    await server.close();
    return;
  }
  console.log('Browser open. Close it (or press Ctrl+C) to stop.');
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof BrowserNotFoundError ? error.message : error);
  process.exit(1);
});
