/**
 * `npm run pack`: validate data/*.json against the seeds, compile, write
 * data/compiled/pack.json and the matcher tables the content script loads
 * (data/compiled/matcher.json) with the page model beside them
 * (data/compiled/page.json), and print a one-screen report. Exit 1 listing
 * every error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileMatcher, compileMatcherTables } from '../lib/match/matcher';
import { matcherInput } from '../lib/pack/matcher-input';
import { pageModel } from '../lib/pack/page-model';
import { quickCheckData } from '../lib/match/quick-check-data';
import { compilePack } from '../lib/pack/compile';
import { PackError, formatIssue } from '../lib/pack/errors';
import { formatReport } from '../lib/pack/report';
import { parseAuthoredPack } from '../lib/pack/schema';
import { MATCHER_FILE, OUT_FILE, PAGE_MODEL_FILE, QUICK_CHECK_FILE, ROOT, readAuthoredFiles, readSeeds } from './pack-io';

function main(): number {
  const { files, issues } = readAuthoredFiles();
  if (issues.length > 0) return fail(new PackError(issues));
  try {
    const authored = parseAuthoredPack(files);
    const pack = compilePack(authored, readSeeds(), compileMatcher);
    const json = JSON.stringify(pack);
    const out = join(ROOT, OUT_FILE);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
    const { aliases, notMatching } = matcherInput(pack);
    writeFileSync(join(ROOT, MATCHER_FILE), JSON.stringify(compileMatcherTables(aliases, { notMatching })));
    const model = pageModel(pack);
    writeFileSync(join(ROOT, PAGE_MODEL_FILE), JSON.stringify(model));
    writeFileSync(join(ROOT, QUICK_CHECK_FILE), JSON.stringify(quickCheckData(aliases, new Set(model.everyday), pack.relevance)));
    console.log(formatReport(pack, OUT_FILE, Buffer.byteLength(json)));
    return 0;
  } catch (err) {
    if (err instanceof PackError) return fail(err);
    throw err;
  }
}

function fail(err: PackError): number {
  for (const issue of err.issues) console.error(formatIssue(issue));
  console.error(`\n${err.issues.length} error(s); data/compiled/ not written.`);
  return 1;
}

process.exitCode = main();
