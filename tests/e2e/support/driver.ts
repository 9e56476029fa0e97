/**
 * One small driver interface over two automation libraries, so every
 * end-to-end scenario is written once and runs in Chromium (playwright-core)
 * and Firefox (puppeteer-core over WebDriver BiDi).
 */

/** What the content script reports after each scan (test-hook builds only). */
export type { ScanReport } from '../../../page/engine';

export interface Point {
  x: number;
  y: number;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Resolves once `fn` returns a truthy value in the page's main world. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(point: Point): Promise<void>;
  mouseClick(point: Point): Promise<void>;
  press(key: string): Promise<void>;
  /** Saves a PNG of the viewport, or of `clip` (viewport coordinates) when given. */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  /** Resizes the page's viewport (a popup is at most 800 × 600; the store's screenshots are 1280 × 800). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Emulates `prefers-color-scheme` for this page (where the browser's automation supports it). */
  emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /**
   * Evaluates a classic script's source in the page's main world, through the
   * automation protocol (so extension pages' CSP, which forbids eval and
   * inline scripts, does not block it): used to inject axe-core.
   */
  addScriptSource(source: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** Uncaught errors thrown in the page since it opened. */
  readonly pageErrors: string[];
}

export interface OffsiteRequest {
  url: string;
  /** URL of the top-level page (or extension page, or worker) that made the request. */
  from: string;
}

/**
 * Requests Backstory made or caused: everything off-site except what a saved real page
 * (served under /news/ or /built/ is ours too) asks for itself. The e2e harness fails a
 * run on any of them.
 */
export function extensionRequests(all: OffsiteRequest[]): OffsiteRequest[] {
  return all.filter((r) => !/^https?:\/\/127\.0\.0\.1:\d+\/news\//.test(r.from));
}

export interface ExtensionDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** A new tab with the scan listener installed before any page script runs. */
  newPage(): Promise<TestPage>;
  /** Opens an extension page such as `popup.html?tabId=3` in a new tab. */
  openExtensionPage(path: string, readySelector: string): Promise<TestPage>;
  /** The browser's id for the focused tab (for `popup.html?tabId=N`); bring the page to front first. */
  activeTabId(): Promise<number>;
  /** The toolbar badge text the extension set for `tabId`, read through the extension's own API. */
  badgeText(tabId: number): Promise<string>;
  /** Chromium: reloads the extension as an update would (its pages and worker go; open pages keep the old content script). */
  reloadExtension?(): Promise<void>;
  /** Every request to a host other than 127.0.0.1 (all of them are blocked). */
  readonly offsiteRequests: string[];
  /** The same, with where each came from: the page's URL, or the extension's own context. */
  readonly offsiteFrom: OffsiteRequest[];
  close(): Promise<void>;
}

/**
 * Installed in every page before its scripts: collects the content script's
 * `backstory:scan` reports (a string detail crosses the isolated world).
 */
export function installScanListener(): void {
  const scans: unknown[] = [];
  (window as unknown as { __backstoryScans: unknown[] }).__backstoryScans = scans;
  document.addEventListener('backstory:scan', (event) => {
    scans.push(JSON.parse(String((event as CustomEvent).detail)));
  });
}

export const SCAN_LISTENER_SOURCE = `(${installScanListener.toString()})();`;

export function isOffsite(url: string): boolean {
  if (!/^(https?|wss?):/.test(url)) return false;
  const host = new URL(url).hostname;
  return host !== '127.0.0.1';
}
