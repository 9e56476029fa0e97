/**
 * `npm run pack:draft -- <dir of .txt articles> --out <pack dir>`: drafts a pack
 * directory (the layout of data/, texts under articles/, REVIEW.md beside them)
 * and checks it with the same gate as pack:check. Offline.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { draftPack } from '../lib/draft/draft-pack';
import { reviewReport } from '../lib/draft/review';
import { PackError, formatIssue } from '../lib/pack/errors';
import { parseArgs } from './packs/args';
import { openPack } from './packs/open-pack';
import { PART_KEYS, sha256Hex } from './packs/pack-dir';

export function readArticles(dir: string) {
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
    .map((file, i) => ({ id: `s${String(i).padStart(3, '0')}`, file, text: readFileSync(join(dir, file), 'utf8') }));
}

function main(): number {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const [dir] = positional;
  if (!dir || !flags.out) {
    console.error('usage: npm run pack:draft -- <dir of .txt articles> --out <pack dir>');
    return 2;
  }
  const articles = readArticles(dir);
  if (articles.length === 0) {
    console.error(`${dir}: no .txt articles`);
    return 1;
  }
  const draft = draftPack(articles, sha256Hex);
  const out = flags.out;
  mkdirSync(join(out, 'articles'), { recursive: true });
  for (const key of PART_KEYS) writeFileSync(join(out, `${key}.json`), JSON.stringify({ [key]: draft.pack[key] }, null, 2) + '\n');
  const id = basename(out).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';
  writeFileSync(join(out, 'story.json'), JSON.stringify({ story: { id, title: `DRAFT: ${id}`, lang: 'en' } }, null, 2) + '\n');
  for (const a of articles) copyFileSync(join(dir, a.file), join(out, 'articles', a.file));
  writeFileSync(join(out, 'REVIEW.md'), reviewReport(draft, dir));
  console.log(`${out}: ${draft.entities.length} entities, ${draft.claims.length} claims; review list in ${join(out, 'REVIEW.md')}`);
  try {
    openPack(out);
    console.log('draft passes pack:check (every citation re-checked)');
    return 0;
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    for (const issue of err.issues) console.error(formatIssue(issue));
    console.error(`\n${err.issues.length} error(s) in the draft: fix them while curating.`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) process.exitCode = main();
