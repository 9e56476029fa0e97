/**
 * `npm run bench:load [-- DIR]`: what Backstory's content script adds to a
 * page load in real headless Chromium, beside two stand-ins the benchmark
 * writes itself: `floor` (walks every text node once) and `markjs` (mark.js
 * with one RegExp over the pack's aliases), and `off` (no extension).
 *
 * Pages: every *.html in DIR (default ../shared/news-pages) plus two
 * generated heavy pages (tests/pages/heavy: huge, ticker), served from
 * 127.0.0.1 with every other request aborted. One persistent browser per
 * configuration, launched once; for each page and repeat the configurations
 * load it in rotating order, each in a new tab. See docs/bench-load.md.
 *
 * Environment: BENCH_LOAD_REPEATS (default 3), BENCH_LOAD_PAGES (comma list
 * of file names), BENCH_LOAD_SKIP_HEAVY=1, BENCH_LOAD_SETTLE_MS (saved pages,
 * default 1000), BENCH_LOAD_PAGE_SCRIPTS=1 (let the saved pages' own scripts run).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CompiledPack } from '../lib/pack/types';
import { launchConfig, verifyConfig, type ConfigBrowser } from './bench-load/browsers';
import { visit } from './bench-load/measure';
import { belowMarkjs, heavyPagesTable, loadCostLine, noiseNote, perPageTable, savedPagesTable, settingsFloorLine } from './bench-load/report';
import { HEAVY_PATHS, listPages, startPageServer } from './bench-load/server';
import { copyBackstory, writeStandIns } from './bench-load/stand-ins';
import { summarisePage, type PageSummary } from './bench-load/summary';
import { CONFIGS, type ConfigName, type PageSpec, type Sample } from './bench-load/types';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = process.argv[2] ? resolve(process.argv[2]) : resolve(ROOT, '../shared/news-pages');
const REPEATS = Number(process.env.BENCH_LOAD_REPEATS ?? 3);
const ONLY = process.env.BENCH_LOAD_PAGES ? process.env.BENCH_LOAD_PAGES.split(',').map((s) => s.trim()).filter(Boolean) : null;
const SKIP_HEAVY = process.env.BENCH_LOAD_SKIP_HEAVY === '1';
/** 2.5 s per saved page would make a full run about 25 minutes on 2 cores; 1 s keeps it near 15. */
const SETTLE_MS = Number(process.env.BENCH_LOAD_SETTLE_MS ?? 1000);
const HEAVY_WINDOW_MS = 10_000;
const PAGE_SCRIPTS = process.env.BENCH_LOAD_PAGE_SCRIPTS === '1';

const log = (line: string) => process.stderr.write(`${line}\n`);

function pageSpecs(): PageSpec[] {
  const saved = listPages(PAGES_DIR, ONLY).map((name): PageSpec => ({ name, path: `/pages/${encodeURIComponent(name)}`, heavy: false, settleMs: SETTLE_MS }));
  const heavy = Object.entries(HEAVY_PATHS).map(([name, path]): PageSpec => ({ name, path, heavy: true, settleMs: HEAVY_WINDOW_MS }));
  return SKIP_HEAVY ? saved : [...saved, ...heavy];
}

/** Launches and checks the four browsers one after another, so their start-ups do not compete. */
async function launchAll(dirs: Record<ConfigName, string | null>, origin: string, browsers: ConfigBrowser[]): Promise<void> {
  for (const name of CONFIGS) {
    const browser = await launchConfig(name, dirs[name], origin);
    browsers.push(browser);
    log(`${name}: ${await verifyConfig(browser, origin)}`);
  }
}

/** The configurations in the order for one page and repeat: the start rotates so none is always first. */
const rotation = (turn: number): ConfigName[] => CONFIGS.map((_, i) => CONFIGS[(i + turn) % CONFIGS.length]!);

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(1));

async function measureAll(pages: PageSpec[], browsers: ConfigBrowser[], origin: string): Promise<{ samples: Sample[]; failed: string[] }> {
  const samples: Sample[] = [];
  const failed: string[] = [];
  const total = pages.length * REPEATS * CONFIGS.length;
  for (const [p, page] of pages.entries()) {
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const config of rotation(p * REPEATS + repeat)) {
        const context = browsers.find((b) => b.name === config)!.context;
        const at = `[${samples.length + failed.length + 1}/${total}] ${page.name} r${repeat + 1} ${config}`;
        try {
          const s = await visit({ context, config, origin, page, repeat });
          samples.push(s);
          log(`${at}: script ${fmt(s.scriptMs)} ms, tasks ${fmt(s.taskMs)} ms, longest ${fmt(s.longTasks.longestMs)} ms, highlight ${fmt(s.firstHighlightMs)}`);
        } catch (error) {
          failed.push(`${page.name} r${repeat + 1} ${config}`);
          log(`${at}: FAILED ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
  return { samples, failed };
}

function printReport(pages: PageSpec[], samples: Sample[], failed: string[], build: string): void {
  const summaries: PageSummary[] = pages.map((p) => summarisePage(p.name, p.heavy, samples.filter((s) => s.page === p.name)));
  const saved = summaries.filter((s) => !s.heavy);
  const heavy = summaries.filter((s) => s.heavy);
  const observer = samples.filter((s) => s.longTasks.source === 'observer').length;
  console.log(`\n## Page-load cost: ${saved.length} saved pages from ${PAGES_DIR}, ${REPEATS} repeats, added = config − off (same page and repeat), medians over repeats then pages\n`);
  console.log(`Backstory: ${build}.`);
  console.log(`Settle: ${SETTLE_MS} ms after load (saved pages), ${HEAVY_WINDOW_MS / 1000} s (heavy pages). Long tasks: ${observer ? `${observer} of ${samples.length} loads from the longtask observer (trace unusable), the rest` : 'all loads'} from DevTools tracing (RunTask on CrRendererMain).${failed.length ? ` Failed loads: ${failed.join('; ')}.` : ''}\n`);
  if (saved.length) console.log(`${savedPagesTable(saved)}\n\n${noiseNote(saved, REPEATS)} A negative first-highlight time: the content script ran before the load event.\n`);
  if (heavy.length) console.log(`### Heavy pages\n\n${heavyPagesTable(heavy)}\n`);
  if (saved.length) console.log(`### Added script ms per page (median over repeats)\n\n${perPageTable(saved)}\n\n${belowMarkjs(saved)}\n${settingsFloorLine(saved)}`);
  console.log(loadCostLine(saved.length ? saved : heavy));
}

async function main(): Promise<void> {
  const pages = pageSpecs();
  const temp = mkdtempSync(join(tmpdir(), 'backstory-bench-load-'));
  const browsers: ConfigBrowser[] = [];
  const pack = JSON.parse(readFileSync(join(ROOT, 'data/compiled/pack.json'), 'utf8')) as CompiledPack;
  const server = await startPageServer({ pagesDir: PAGES_DIR, pageScripts: PAGE_SCRIPTS });
  try {
    // The build may be rebuilt under us: load a copy taken now.
    const build = await copyBackstory(join(ROOT, '.output/chrome-mv3'), join(temp, 'backstory'));
    const standIns = writeStandIns(temp, ROOT, pack);
    await launchAll({ off: null, ...standIns, backstory: build.dir }, server.origin, browsers);
    log(`${pages.length} pages × ${REPEATS} repeats × ${CONFIGS.length} configurations`);
    const { samples, failed } = await measureAll(pages, browsers, server.origin);
    printReport(pages, samples, failed, build.description);
  } finally {
    for (const b of browsers) {
      await b.context.close().catch(() => undefined);
      rmSync(b.profile, { recursive: true, force: true });
    }
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
