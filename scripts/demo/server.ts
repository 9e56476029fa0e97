/**
 * A small static server on 127.0.0.1 for the demo page, test fixtures and the
 * saved news pages. Loopback only: nothing here is reachable from outside.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CompiledPack } from '../../lib/pack/types';
import { renderDemoPage } from './render-demo';

export const ROOT = resolve(import.meta.dirname, '../..');
export const NEWS_PAGES_DIR = resolve(process.env.BACKSTORY_PAGES ?? join(ROOT, '../shared/news-pages'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function loadCompiledPack(): CompiledPack {
  const path = join(ROOT, 'data/compiled/pack.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run pack" first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as CompiledPack;
}

export function demoPageHtml(): string {
  return renderDemoPage(loadCompiledPack(), (file) => readFileSync(join(ROOT, 'seeds', file), 'utf8'));
}

/** Serves a file under `dir`, refusing paths that climb out of it. */
function fileUnder(dir: string, urlPath: string): string | null {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}

export interface DemoServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** `extraMounts`: more folders to serve, as [url prefix ending in "/", folder] (the eval tool's page set). */
export async function startDemoServer(port = 0, extraMounts: Array<[prefix: string, dir: string]> = []): Promise<DemoServer> {
  const demo = demoPageHtml();
  const mounts: Array<[prefix: string, dir: string]> = [
    ['/fixtures/', join(ROOT, 'tests/fixtures')],
    ['/news/', NEWS_PAGES_DIR],
    ['/eval/', join(ROOT, 'tests/eval/set')],
    ...extraMounts.map(([prefix, dir]): [string, string] => [prefix, resolve(dir)]),
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/demo.html') {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(demo);
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const path = fileUnder(dir, url.pathname.slice(prefix.length));
      if (path) {
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(readFileSync(path));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
