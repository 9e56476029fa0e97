/**
 * Writes the two stand-in extensions the benchmark compares Backstory with,
 * and copies the release build, all into a temporary folder: nothing here is
 * ever build output of the project.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CompiledPack } from '../../lib/pack/types';

interface Manifest {
  manifest_version: 3;
  name: string;
  version: string;
  permissions?: string[];
  content_scripts: Array<{ matches: string[]; run_at: 'document_idle'; js: string[] }>;
}

function manifest(name: string, js: string[]): Manifest {
  return {
    manifest_version: 3,
    name,
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js }],
  };
}

/** The least any highlighter does: visit every text node once. Reports on <html> so the benchmark can check it ran. */
const FLOOR_JS = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes++; chars += n.data.length; }
  document.documentElement.setAttribute('data-bench-floor', nodes + ':' + chars);
})();
`;

/**
 * The floor after the start-up any extension with settings pays before it reads a page: the
 * extension API touched, one `storage.local` read (the keys Backstory's gate reads), a message
 * listener for its popup. Then the same walk.
 */
const SETTINGS_FLOOR_JS = `(() => {
  chrome.runtime.onMessage.addListener(() => undefined);
  chrome.storage.local.get(['settings', 'packs-gate']).then(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes++; chars += n.data.length; }
    document.documentElement.setAttribute('data-bench-settings-floor', nodes + ':' + chars);
  });
})();
`;

/** One RegExp over every alias, as a plain highlighter would build it; mark.js wraps each match in <mark>. */
const MARKJS_RUN_JS = String.raw`(() => {
  const escape = (s) => s.replace(/[\\^$*+?.()|[\]{}]/g, '\\$&');
  const aliases = [...new Set(self.__benchAliases)].sort((a, b) => b.length - a.length);
  const re = new RegExp('(?<![\\p{L}\\p{N}])(?:' + aliases.map(escape).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
  new Mark(document.body).markRegExp(re, {
    acrossElements: false,
    done: (n) => document.documentElement.setAttribute('data-bench-markjs', String(n)),
  });
})();
`;

/** Every alias text of the pack, once (case folded, since the stand-in matches case-insensitively). */
export function packAliases(pack: CompiledPack): string[] {
  const seen = new Map<string, string>();
  for (const entity of pack.entities) for (const { text } of entity.aliases) if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  return [...seen.values()];
}

function writeExtension(dir: string, name: string, files: Record<string, string>, permissions?: string[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest(name, Object.keys(files)), ...(permissions ? { permissions } : {}) }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}

/** The stand-ins under `root`; returns their folders. */
export function writeStandIns(root: string, repoRoot: string, pack: CompiledPack): Record<'floor' | 'floor+settings' | 'markjs', string> {
  const floor = join(root, 'floor');
  const settingsFloor = join(root, 'settings-floor');
  const markjs = join(root, 'markjs');
  writeExtension(floor, 'Bench floor (text walk)', { 'floor.js': FLOOR_JS });
  writeExtension(settingsFloor, 'Bench floor with settings', { 'floor.js': SETTINGS_FLOOR_JS }, ['storage']);
  writeExtension(markjs, 'Bench mark.js', {
    'mark.min.js': readFileSync(join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
    'aliases.js': `self.__benchAliases = ${JSON.stringify(packAliases(pack))};\n`,
    'run.js': MARKJS_RUN_JS,
  });
  return { floor, 'floor+settings': settingsFloor, markjs };
}

/** The files the build's manifest names for its content scripts and worker: a copy taken mid-rebuild lacks some. */
function missingFiles(dir: string): string[] {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return ['manifest.json'];
  const m = JSON.parse(readFileSync(path, 'utf8')) as { content_scripts?: Array<{ js?: string[] }>; background?: { service_worker?: string } };
  const files = [...(m.content_scripts ?? []).flatMap((c) => c.js ?? []), ...(m.background?.service_worker ? [m.background.service_worker] : [])];
  return files.filter((f) => !existsSync(join(dir, f)));
}

/** Every file under `dir` with its size and time: two equal snapshots around a copy mean nothing was rewritten meanwhile. */
function snapshot(dir: string): { list: string; newestMs: number } {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const stat = statSync(join(e.parentPath, e.name));
      return { path: join(e.parentPath, e.name), size: stat.size, ms: stat.mtimeMs };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return { list: entries.map((e) => `${e.path}:${e.size}:${e.ms}`).join('\n'), newestMs: Math.max(0, ...entries.map((e) => e.ms)) };
}

export interface BuildCopy {
  dir: string;
  /** For the report: which build was measured. */
  description: string;
}

const QUIET_MS = 3000;

/**
 * Copies the release build, which another process may be rebuilding: waits
 * until nothing in it has changed for a few seconds, and tries again if it
 * changed during the copy or the copy lacks a file the manifest names.
 */
export async function copyBackstory(buildDir: string, dest: string): Promise<BuildCopy> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const before = existsSync(buildDir) ? snapshot(buildDir) : null;
    if (before && Date.now() - before.newestMs >= QUIET_MS) {
      rmSync(dest, { recursive: true, force: true });
      cpSync(buildDir, dest, { recursive: true });
      const missing = missingFiles(dest);
      if (snapshot(buildDir).list === before.list && missing.length === 0) {
        const content = readdirSync(join(dest, 'content-scripts')).map((f) => `${f} ${statSync(join(dest, 'content-scripts', f)).size} bytes`);
        return { dir: dest, description: `${buildDir} built ${new Date(before.newestMs).toISOString()}, content scripts: ${content.join(', ')}` };
      }
    }
    process.stderr.write(`${buildDir} is being written or incomplete (attempt ${attempt}); waiting\n`);
    await sleep(QUIET_MS);
  }
  throw new Error(`${buildDir} is not a complete, settled build (run "npm run build" first)`);
}
