/**
 * `npm run check:store`: the release Chrome package (.output/chrome-mv3)
 * against the Chrome Web Store's machine-checkable rules (scripts/store/rules.ts).
 * Prints one line per rule broken, naming it, and exits 1; part of `npm test`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { justifiedPermissions } from './store/readme-permissions';
import { checkStorePackage, LIMITS, listingSummaryProblems, type StorePackage } from './store/rules';

const root = join(import.meta.dirname, '..');
const dir = join(root, '.output', 'chrome-mv3');

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Zip size: the real zip when `npm run zip` made one from this build, else
 * each file deflated (what `wxt zip` does) plus the zip format's per-file headers.
 */
function zipBytes(files: Map<string, Uint8Array>, version: string): { bytes: number; how: string } {
  const zip = join(root, '.output', `backstory-${version}-chrome.zip`);
  if (existsSync(zip) && statSync(zip).mtimeMs >= statSync(join(dir, 'manifest.json')).mtimeMs) {
    return { bytes: statSync(zip).size, how: relative(root, zip) };
  }
  let bytes = 22; // end of central directory
  for (const [name, data] of files) {
    const nameBytes = Buffer.byteLength(name);
    bytes += 30 + nameBytes + Math.min(data.length, deflateRawSync(data, { level: 9 }).length) + 46 + nameBytes;
  }
  return { bytes, how: 'estimated: deflated files and zip headers' };
}

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`${dir} is missing: run "npm run build" first.`);
  process.exit(1);
}
const files = new Map(walk(dir).map((path) => [relative(dir, path).split(sep).join('/'), new Uint8Array(readFileSync(path))]));
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const locales = Object.fromEntries(
  readdirSync(join(dir, '_locales')).map((locale) => [locale, JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'))]),
);
const zip = zipBytes(files, String(manifest.version));
const pkg: StorePackage = {
  manifest,
  locales,
  files,
  justified: justifiedPermissions(readFileSync(join(root, 'README.md'), 'utf8')),
  zipBytes: zip.bytes,
};

const listing = join(root, 'docs/store/listing.md');
const violations = [
  ...checkStorePackage(pkg),
  ...listingSummaryProblems(existsSync(listing) ? readFileSync(listing, 'utf8') : null, locales.en?.extDescription?.message),
];
console.log(`Chrome Web Store check of .output/chrome-mv3 (${files.size} files, zip ${(zip.bytes / 1024).toFixed(1)} KB of ${LIMITS.zipBytes / 1024} KB, ${zip.how})`);
if (violations.length > 0) {
  for (const v of violations) console.error(`  ✗ [${v.rule}] ${v.message}`);
  console.error(`${violations.length} store rule${violations.length === 1 ? '' : 's'} broken.`);
  process.exit(1);
}
console.log('  ✓ manifest v3, name, description, version, icons 16/48/128, every permission justified, default CSP, no remote code, zip size, listing summary');
