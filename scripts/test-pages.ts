/**
 * npm run test:pages [-- DIR]: every saved page of DIR (default
 * ../shared/news-pages) in real Chromium, served from 127.0.0.1 with every
 * other request blocked, without the extension and with it, with each
 * renderer. Fails (exit 1, naming page and reason) on any page error or
 * console error Backstory adds, any character of the page's text it changes,
 * or markup that switching it off does not restore. Prints a table per page
 * and a summary. Uses the test-hook build (.output-hooks/chrome-mv3), made
 * first when missing. With no DIR and no default folder it prints a note and
 * exits 0 (CI machines without the saved pages). `--heavy` also measures
 * the heavy and live pages of tests/pages/heavy (CPU and memory, about 2 min;
 * not part of npm test).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './demo/server';
import { listPages, startPageServer } from './bench-load/server';
import { launchPagesBrowser } from './test-pages/browser';
import { checkPage } from './test-pages/check';
import { failures, pagesTable, summarise, summaryTable, type PageResult } from './test-pages/report';
import { heavyProblems, heavyTable, measureHeavy, type HeavyRow } from './test-pages/heavy';

const DEFAULT_DIR = resolve(ROOT, '../shared/news-pages');
const HOOKS_BUILD = join(ROOT, '.output-hooks/chrome-mv3');

async function main(): Promise<number> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const heavy = process.argv.includes('--heavy');
  const dir = resolve(arg ?? DEFAULT_DIR);
  if (!existsSync(dir)) {
    if (arg) throw new Error(`no such folder: ${dir}`);
    console.log(`test:pages: skipped, no saved pages at ${dir} (pass a folder: npm run test:pages -- DIR)`);
    return 0;
  }
  const pages = listPages(dir, null);
  if (!pages.length) throw new Error(`no .html pages in ${dir}`);
  if (!existsSync(join(HOOKS_BUILD, 'manifest.json'))) execSync('npm run build:hooks', { cwd: ROOT, stdio: 'inherit' });

  const started = Date.now();
  const server = await startPageServer({ pagesDir: dir, pageScripts: true });
  const without = await launchPagesBrowser(null, server.origin);
  const withExt = await launchPagesBrowser(HOOKS_BUILD, server.origin);
  const results: PageResult[] = [];
  let heavyRows: HeavyRow[] = [];
  try {
    for (const file of pages) {
      const url = `${server.origin}/pages/${encodeURIComponent(file)}`;
      try {
        results.push(await checkPage(withExt, without, url, file));
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        results.push({ page: file, baselineErrors: 0, renderers: [{ renderer: 'overlay', errorsAdded: [], charsChanged: 0, restored: false, mentions: 0, entities: 0, gateMs: 0, scanMs: 0, gate: 'shut', topic: null, problems: [`check failed: ${why}`] }] });
      }
    }
    if (heavy) {
      heavyRows = await measureHeavy(withExt, without, server.origin);
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }

  console.log(pagesTable(results));
  console.log('');
  console.log(summaryTable([summarise(results, 'overlay'), summarise(results, 'inline')]));
  console.log(`\n${pages.length} pages from ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s (Chromium, one launch with the extension and one without)`);
  if (heavy) console.log(`\n${heavyTable(heavyRows)}\n(heavy pages: tests/pages/heavy, served beside the saved pages; CPU from Chromium's TaskDuration)`);
  const failed = [...failures(results), ...heavyProblems(heavyRows)];
  if (failed.length) {
    console.error(`\ntest:pages FAILED:\n${failed.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  console.log('test:pages: passed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
