/**
 * `npm run size`: bytes each part of the release build ships (raw and gzip),
 * so the content script's weight on every page stays visible. Build first.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, '.output', target);
  if (!existsSync(dir)) {
    console.error(`${dir} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  let raw = 0;
  let gzip = 0;
  console.log(`${target}:`);
  for (const path of files(dir).filter((p) => /\.(js|css|html|json)$/.test(p)).sort()) {
    const bytes = readFileSync(path);
    const zipped = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += zipped;
    if (bytes.length > 2048) console.log(`  ${relative(dir, path).padEnd(44)} ${kb(bytes.length)} ${kb(zipped)} gzip`);
  }
  console.log(`  ${'total (js, css, html, json)'.padEnd(44)} ${kb(raw)} ${kb(gzip)} gzip`);
}
