/**
 * `npm run eval -- [DIR]`: how Backstory does on a folder of labelled pages
 * (docs/eval.md), in real headless Chromium with the built extension (the
 * test-hook build, which reports each scan). Prints a table per language and
 * the pages that missed, and exits 1 when a target is missed. Without DIR it
 * runs the project's own set, tests/eval/set.
 *
 * Options: --verbose prints every page's score and highlights.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium-driver';
import { loadCompiledPack, ROOT, startDemoServer } from './demo/server';
import { LabelError, loadCases } from './eval/cases';
import { formatTable, missedTargets, scoreResults } from './eval/metrics';
import { runCases } from './eval/run';

const EXTENSION = join(ROOT, '.output-hooks/chrome-mv3');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'tests/eval/set'));
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.log('No test-hook build yet: running npm run build:hooks');
    execSync('npm run build:hooks', { cwd: ROOT, stdio: 'inherit' });
  }
  const pack = loadCompiledPack();
  const cases = loadCases(dir, new Set(pack.entities.map((e) => e.id)));
  const server = await startDemoServer(0, [['/labelled/', dir]]);
  const driver = await launchChromium(EXTENSION);
  const started = Date.now();
  try {
    const results = await runCases(driver, `${server.origin}/labelled/`, cases);
    const report = scoreResults(results);
    if (verbose) {
      for (const r of results) {
        const shown = Object.entries(r.shown).map(([id, n]) => `${id}×${n}`).join(' ');
        console.log(`${r.case.page.padEnd(44)} ${r.case.labels.onTopic ? 'on ' : 'off'} → ${r.topic ? 'on ' : 'off'} ${r.score.toFixed(2).padStart(6)}  ${shown}`);
      }
    }
    console.log(`\nBackstory on ${cases.length} labelled pages in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s, Chromium)\n`);
    console.log(formatTable(report));
    if (report.failures.length) {
      console.log('\nPages that missed:');
      for (const f of report.failures) console.log(`  ${f.page}: ${f.problem}`);
    }
    const missed = missedTargets(report);
    console.log(missed.length ? `\nTargets missed:\n  ${missed.join('\n  ')}` : '\nAll targets met.');
    return missed.length ? 1 : 0;
  } finally {
    await driver.close();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof LabelError ? err.message : err);
    process.exitCode = 1;
  },
);
