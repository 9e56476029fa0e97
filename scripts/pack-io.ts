/** File access for the pack: the only place that reads data/ and seeds/ from disk. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FILES, type PackFileKey, type PackIssue } from '../lib/pack/errors';
import type { SeedFile } from '../lib/pack/seed-text';

export const ROOT = join(import.meta.dirname, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const OUT_FILE = 'data/compiled/pack.json';
/** The pack's matcher, compiled ahead of time (see MatcherTables). */
export const MATCHER_FILE = 'data/compiled/matcher.json';
/** Kinds, everyday entities and the relevance model: what every page needs besides the tables. */
export const PAGE_MODEL_FILE = 'data/compiled/page.json';
/** The every-page gate's keys (lib/match/quick-check.ts). */
export const QUICK_CHECK_FILE = 'data/compiled/quick-check.json';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every seeds/*.txt, keyed by file name, with the hash of its exact bytes. */
export function readSeeds(dir = SEEDS_DIR): Record<string, SeedFile> {
  const seeds: Record<string, SeedFile> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(dir, name));
    seeds[name] = { text: bytes.toString('utf8'), sha256: sha256(bytes) };
  }
  return seeds;
}

/** The parsed JSON of each authored file; unreadable or malformed files become issues. */
export function readAuthoredFiles(root = ROOT): { files: Record<PackFileKey, unknown>; issues: PackIssue[] } {
  const files = {} as Record<PackFileKey, unknown>;
  const issues: PackIssue[] = [];
  for (const [key, file] of Object.entries(PACK_FILES) as Array<[PackFileKey, string]>) {
    try {
      files[key] = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (err) {
      issues.push({ file, path: '', reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { files, issues };
}
