/**
 * Bundles the Preact app (preact-app.tsx) into one HTML page with esbuild, in
 * memory, for the end-to-end suite to serve from 127.0.0.1.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function preactAppHtml(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'preact-app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live desk (a Preact app): envoys in Berlin on a peace plan for Ukraine</title></head>
<body><main><h1>Live desk: envoys in Berlin work on a peace plan for Ukraine</h1><div id="app"></div></main>
<script>${script}</script></body></html>`;
}

/** Writes the page into `dir` as preact-app.html (for a server mount); returns the file name. */
export async function writePreactApp(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'preact-app.html'), await preactAppHtml());
  return 'preact-app.html';
}
