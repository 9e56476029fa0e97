/**
 * The benchmark's page server on 127.0.0.1: the saved pages of one folder,
 * the two heavy pages (generated on first request, then kept), and a short
 * check page used to prove each extension's content script runs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hugePageHtml } from '../../tests/pages/heavy/huge';
import { tickerPageHtml } from '../../tests/pages/heavy/ticker';
import { articlePageHtml } from '../../tests/pages/heavy/article';
import { scrollPageHtml } from '../../tests/pages/heavy/scroll';
import { ARTICLE } from '../../tests/pages/heavy/story-text';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  pagesDir: string;
  /** The saved pages' own scripts run only when true (they fail without their third-party code anyway). */
  pageScripts: boolean;
}

export const CHECK_PATH = '/check.html';
export const HEAVY_PATHS = { huge: '/heavy/huge.html', ticker: '/heavy/ticker.html' } as const;
/** Heavy pages only the robustness suite loads (npm run test:pages -- --heavy), not the load benchmark. */
export const MORE_HEAVY_PATHS = { article: '/heavy/article.html', scroll: '/heavy/scroll.html' } as const;

const CHECK_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Check</title></head><body>
<h1>Zelenskyy meets Witkoff and Kushner in Berlin</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

/** The saved pages to load: every *.html in `dir`, or only those named in `only`. */
export function listPages(dir: string, only: string[] | null): string[] {
  if (!existsSync(dir)) throw new Error(`no such page folder: ${dir}`);
  const all = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (!only) return all;
  const missing = only.filter((f) => !all.includes(f));
  if (missing.length) throw new Error(`not in ${dir}: ${missing.join(', ')}`);
  return all.filter((f) => only.includes(f));
}

/** Generated pages are made once, on first request, so a run that skips them never builds them. */
function generatedPages(): Map<string, () => string> {
  const cache = new Map<string, string>();
  const once = (path: string, make: () => string) => () => cache.get(path) ?? (cache.set(path, make()), cache.get(path)!);
  return new Map([
    [CHECK_PATH, () => CHECK_HTML],
    [HEAVY_PATHS.huge, once(HEAVY_PATHS.huge, () => hugePageHtml())],
    [HEAVY_PATHS.ticker, once(HEAVY_PATHS.ticker, () => tickerPageHtml())],
    [MORE_HEAVY_PATHS.article, once(MORE_HEAVY_PATHS.article, () => articlePageHtml())],
    [MORE_HEAVY_PATHS.scroll, once(MORE_HEAVY_PATHS.scroll, () => scrollPageHtml())],
  ]);
}

export async function startPageServer({ pagesDir, pageScripts }: ServerOptions): Promise<PageServer> {
  const pages = new Set(listPages(pagesDir, null));
  const generated = generatedPages();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const make = generated.get(path);
    const saved = path.startsWith('/pages/') ? decodeURIComponent(path.slice('/pages/'.length)) : null;
    if (!make && !(saved && pages.has(saved))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    // Content scripts and the probe are not governed by the page's CSP; the saved pages' scripts are.
    if (saved && !pageScripts) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers);
    res.end(make ? make() : readFileSync(join(pagesDir, saved!)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}
