/**
 * `npm run size`: bytes each part of the release build ships (raw and gzip),
 * and, apart, what every page the reader opens loads (the content script)
 * against what loads on first use (the lazy scripts). Build first.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LAZY_SCRIPT_FILES } from '../lib/lazy-scripts';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** What the browser loads on every page the reader opens. */
const EVERY_PAGE = 'content-scripts/content.js';
/** The every-page budget (issue 13): the matcher tables, the scanner and the overlay renderer. */
const EVERY_PAGE_TARGET_KB = 30;
const over: string[] = [];

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
  const sizeOf = (file: string) => {
    const bytes = readFileSync(join(dir, file));
    return `${kb(bytes.length)} ${kb(gzipSync(bytes).length)} gzip`;
  };
  const everyPage = readFileSync(join(dir, EVERY_PAGE));
  const everyPageGzip = gzipSync(everyPage).length;
  console.log(`  every page:   ${EVERY_PAGE.padEnd(30)} ${sizeOf(EVERY_PAGE)}  (target ≤ ${EVERY_PAGE_TARGET_KB} KB gzip)`);
  for (const file of Object.values(LAZY_SCRIPT_FILES)) console.log(`  on first use: ${file.slice(1).padEnd(30)} ${sizeOf(file.slice(1))}`);
  if (everyPageGzip > EVERY_PAGE_TARGET_KB * 1024) over.push(`${target}: ${EVERY_PAGE} is ${(everyPageGzip / 1024).toFixed(1)} KB gzip`);
}
if (over.length) {
  for (const line of over) console.error(`over the every-page budget: ${line}`);
  process.exit(1);
}
