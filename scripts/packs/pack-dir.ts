/**
 * A pack directory on disk (the layout of data/: sources.json … relevance.json,
 * plus story.json and the article texts) → a pack file object. The only code
 * that reads a pack directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PackError, type PackFileKey, type PackIssue } from '../../lib/pack/errors';
import { PACK_FORMAT, PACK_VERSION } from '../../lib/pack/file/schema';

export const PART_KEYS: PackFileKey[] = ['sources', 'entities', 'claims', 'quotes', 'summary', 'relevance'];

export function sha256Hex(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

/** Where a directory keeps its article texts: `--texts`, else `articles/` inside it. */
export function textsDirOf(dir: string, textsFlag?: string): string {
  return resolve(textsFlag ?? join(dir, 'articles'));
}

/**
 * Reads the directory into the plain object a `.backstory.json` holds. Shapes
 * are not checked here: the pack-file parser does that, so a directory and a
 * file go through the same gate.
 */
export function readPackDir(dir: string, textsDir: string): Record<string, unknown> {
  const issues: PackIssue[] = [];
  const readJson = (name: string): unknown => {
    const file = join(dir, name);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      issues.push({ file, path: '', reason: err instanceof Error ? err.message : String(err) });
      return undefined;
    }
  };
  const parts: Record<string, unknown> = {};
  for (const key of PART_KEYS) {
    const json = readJson(`${key}.json`) as Record<string, unknown> | undefined;
    parts[key] = json?.[key];
  }
  const story = existsSync(join(dir, 'story.json'))
    ? (readJson('story.json') as Record<string, unknown> | undefined)?.story
    : defaultStory(dir, parts.summary);
  if (issues.length > 0) throw new PackError(issues);
  const sources = Array.isArray(parts.sources) ? parts.sources.map((s) => withText(s, textsDir, issues)) : parts.sources;
  if (issues.length > 0) throw new PackError(issues);
  return { format: PACK_FORMAT, version: PACK_VERSION, story, ...parts, sources };
}

function withText(source: unknown, textsDir: string, issues: PackIssue[]): unknown {
  if (!source || typeof source !== 'object') return source;
  const file = (source as { file?: unknown }).file;
  if (typeof file !== 'string') return source;
  const path = join(textsDir, basename(file));
  if (!existsSync(path)) {
    issues.push({ file: path, path: '', reason: `article text missing for source file "${file}"` });
    return source;
  }
  return { ...source, text: readFileSync(path, 'utf8') };
}

/** Without story.json: the folder's name and the headline, in English. */
function defaultStory(dir: string, summary: unknown): Record<string, string> {
  const id = basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'story';
  const headline = (summary as { headline?: { label?: unknown } } | undefined)?.headline?.label;
  return { id, title: typeof headline === 'string' ? headline : id, lang: 'en' };
}
