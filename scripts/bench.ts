/**
 * `npm run bench`: the page engine against the lower bound (walking every
 * text node) and against mark.js, in real headless Chromium.
 *
 * Pages: ../shared/news-pages/*.html (BACKSTORY_PAGES overrides) plus a
 * generated 5 MB page, served from 127.0.0.1 with every other request
 * blocked. Each page is loaded once; the methods then run interleaved (order
 * rotates per repeat, each undoing itself) and the median of the repeats is
 * reported: warm figures. The engine's first run after load (cold code, the
 * combined RegExp not yet compiled) is reported separately. mark.js
 * `mark(terms[])` runs once per page: it is orders of magnitude slower.
 * `scan`, `read` and `paint` are printed to read the engine's figure
 * against: the engine's scanner alone; one pass over every character of the
 * scanned text (the least a matcher written in JavaScript does); and painting
 * the mentions found (a StaticRange each, added to a highlight). The last two
 * get their input before the clock starts.
 *
 * Environment: CHROME_PATH, BACKSTORY_PAGES, BENCH_REPEATS (default 5).
 * For quick iterations only (the default run measures everything):
 * BENCH_METHODS=walk,overlay limits the methods, BENCH_SKIP_MARK_TERMS=1 drops
 * mark(terms[]) (about two minutes), BENCH_SKIP_GENERATED=1 drops the 5 MB page
 * from the per-page table.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { compileMatcherTables, type MatcherTables } from '../lib/match/matcher';
import { combinedPattern } from '../lib/match/pattern';
import type { MatcherAlias } from '../lib/match/types';
import type { CompiledPack } from '../lib/pack/types';
import { matcherInput, type MatcherInput } from '../lib/pack/matcher-input';
import { generatePage, syntheticAliases } from './bench/generate';

type Method = 'walk' | 'scan' | 'read' | 'paint' | 'overlay' | 'inline' | 'markRegExp' | 'markTerms';
interface Result { ms: number; layoutMs: number; found: number; longestTaskMs?: number }

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = resolve(process.env.BACKSTORY_PAGES ?? join(ROOT, '..', 'shared', 'news-pages'));
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const GENERATED = 'generated-5mb.html';
/** The alias-scaling page: 5 MB mentioning only the pack's first 10 aliases. */
const SCALING = 'generated-5mb-scaling.html';
const METHODS = (process.env.BENCH_METHODS?.split(',') ?? ['walk', 'scan', 'read', 'paint', 'overlay', 'inline', 'markRegExp']) as Method[];
const SKIP_MARK_TERMS = process.env.BENCH_SKIP_MARK_TERMS === '1';
const SKIP_GENERATED = process.env.BENCH_SKIP_GENERATED === '1';

/** The same matcher input the build and the content script make (the page gets plain arrays). */
function loadPack() {
  const pack = JSON.parse(readFileSync(join(ROOT, 'data', 'compiled', 'pack.json'), 'utf8')) as CompiledPack;
  const input = matcherInput(pack);
  return { ...input, everydayEntities: [...input.everydayEntities], tables: tablesFor(input.aliases, input.notMatching), pattern: combinedPattern(input.aliases) };
}

function tablesFor(aliases: MatcherAlias[], notMatching: MatcherInput['notMatching']): MatcherTables {
  return compileMatcherTables(aliases, { notMatching });
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'harness.ts')],
    bundle: true, format: 'iife', write: false, target: 'chrome120', minify: true,
    define: { __BACKSTORY_TEST_HOOKS__: 'false' },
  });
  return out.outputFiles[0]!.text;
}

function serve(files: Map<string, string>) {
  const server = createServer((req, res) => {
    const body = files.get((req.url ?? '/').split('?')[0]!.slice(1));
    // The pages' own scripts must not run (they would mutate the DOM mid-measurement);
    // our harness is evaluated over the DevTools protocol, which CSP does not cover.
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'",
    });
    res.end(body ?? 'not found');
  });
  return new Promise<{ origin: string; close(): void }>((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** One method on the loaded page; the engine methods use the matcher `open` compiled. */
async function run(page: Page, method: Method, terms: string[]): Promise<Result> {
  switch (method) {
    case 'walk': return page.evaluate(() => (globalThis as any).__bench.walk());
    case 'scan': return page.evaluate(() => (globalThis as any).__bench.scan());
    case 'read': return page.evaluate(() => (globalThis as any).__bench.read());
    case 'paint': return page.evaluate(() => (globalThis as any).__bench.paint());
    case 'overlay': case 'inline':
      return page.evaluate((r) => (globalThis as any).__bench.engine(r), method);
    case 'markRegExp': return page.evaluate(() => (globalThis as any).__bench.markRegExp());
    case 'markTerms': return page.evaluate((t) => (globalThis as any).__bench.markTerms(t), terms);
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const fmt = (ms: number) => ms.toFixed(1);

async function main() {
  const pack = loadPack();
  const terms = [...new Set(pack.aliases.map((a) => a.text))];
  const files = new Map<string, string>();
  for (const f of readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort()) files.set(f, readFileSync(join(PAGES_DIR, f), 'utf8'));
  files.set(GENERATED, generatePage(5_000_000, terms));
  files.set(SCALING, generatePage(5_000_000, pack.aliases.slice(0, 10).map((a) => a.text)));
  const script = await bundle();
  const server = await serve(files);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  /** Once per page load, as in the extension: the highlight stylesheet's forced style/layout, and making the matcher. */
  const styleInstallMs: number[] = [];
  const compileMs: number[] = [];
  const open = async (name: string, input: unknown = pack) => {
    await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
    await page.evaluate(script);
    styleInstallMs.push(await page.evaluate(() => (globalThis as any).__bench.installStyle() as number));
    compileMs.push(await page.evaluate((i) => (globalThis as any).__bench.compile(i) as number, input));
  };

  try {
    if (!METHODS.includes('walk') || !METHODS.includes('overlay')) throw new Error('BENCH_METHODS must include walk and overlay');
    const methods: Method[] = METHODS;
    const results = new Map<string, Map<Method, Result[]>>();
    const chars = new Map<string, number>();
    const cold = new Map<string, number>();
    for (const name of files.keys()) {
      if (name === SCALING || (SKIP_GENERATED && name === GENERATED)) continue;
      await open(name);
      const perPage = new Map<Method, Result[]>();
      results.set(name, perPage);
      // First run after load: code and the combined RegExp are still cold, as for a content script.
      cold.set(name, (compileMs.at(-1) ?? 0) + (await run(page, 'overlay', terms)).ms);
      for (let r = 0; r < REPEATS; r++) {
        const order = [...methods.slice(r % methods.length), ...methods.slice(0, r % methods.length)];
        if (r === 0 && !SKIP_MARK_TERMS) order.push('markTerms');
        for (const method of order) {
          const res = await run(page, method, terms);
          perPage.set(method, [...(perPage.get(method) ?? []), res]);
          if (method === 'walk') chars.set(name, res.found);
        }
      }
      process.stderr.write(`${name} done\n`);
    }

    const all: Method[] = SKIP_MARK_TERMS ? methods : [...methods, 'markTerms'];
    const totals = new Map<Method, { ms: number; layoutMs: number }>(all.map((m) => [m, { ms: 0, layoutMs: 0 }]));
    console.log(`\nPer page: median ms (ratio to the text walk), ${REPEATS} repeats; mark(terms[]) once; ${terms.length} terms, ${pack.aliases.length} aliases\n`);
    console.log(['page'.padEnd(34), pad('chars', 9), pad('walk', 7), ...all.slice(1).map((m) => pad(m, 17)), pad('mentions', 9)].join(' '));
    for (const [name, perPage] of results) {
      const med = (m: Method) => median((perPage.get(m) ?? []).map((x) => x.ms));
      const walk = med('walk');
      for (const m of all) {
        const t = totals.get(m)!;
        t.ms += med(m);
        t.layoutMs += median((perPage.get(m) ?? []).map((x) => x.layoutMs));
      }
      // A page with no text to walk has no ratio.
      const ratio = (ms: number) => (walk > 0 ? `${(ms / walk).toFixed(1)}×` : '–');
      const cells = all.slice(1).map((m) => pad(`${fmt(med(m))} (${ratio(med(m))})`, 17));
      console.log([name.padEnd(34), pad(chars.get(name) ?? 0, 9), pad(fmt(walk), 7), ...cells, pad(perPage.get('overlay')?.[0]?.found ?? 0, 9)].join(' '));
    }
    const walkTotal = totals.get('walk')!.ms;
    console.log('\nTotal: method, ms, ratio to the text walk, forced style/layout ms after it');
    for (const [m, t] of totals) console.log(`  ${m.padEnd(11)} ${pad(fmt(t.ms), 9)} ${pad((t.ms / walkTotal).toFixed(2), 8)}×  layout ${fmt(t.layoutMs)}`);
    const coldTotal = [...cold.values()].reduce((a, b) => a + b, 0);
    console.log(`  overlay, first run after load (making the matcher, cold code and RegExps): ${fmt(coldTotal)} ms, ${(coldTotal / walkTotal).toFixed(2)}×`);
    const read = totals.get('read');
    const paint = totals.get('paint');
    if (read && paint) {
      // Any engine in JavaScript reads the text nodes, then every character of their text, then paints what it found.
      console.log(`  floor for any engine in JavaScript: text walk + reading every scanned character once + painting the mentions = ${((walkTotal + read.ms + paint.ms) / walkTotal).toFixed(2)}×`);
    }

    // Longest main-thread task: the engine in its normal, sliced mode on the 5 MB page.
    await open(GENERATED);
    const sliced = await page.evaluate(() => (globalThis as any).__bench.engine('overlay', false));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    console.log(`\nOnce per page when Backstory starts, over ${compileMs.length} page loads:`);
    console.log(`  making the matcher from its build-time tables: ${fmt(sum(compileMs))} ms in total (median ${fmt(median(compileMs))} ms, max ${fmt(Math.max(...compileMs))} ms)`);
    console.log(`  highlight stylesheet: ${fmt(sum(styleInstallMs))} ms forced style/layout in total (max ${fmt(Math.max(...styleInstallMs))} ms)`);
    console.log(`Longest engine task on the 5 MB page (sliced mode): ${fmt(sliced.longestTaskMs ?? 0)} ms`);

    // Cost by alias count (overlay, warm), the counts interleaved on one page load: before each
    // run the page makes the matcher for that count (not timed, as at start-up). The page mentions
    // only the pack's first 10 aliases and the others are made-up names it never contains, so
    // every count finds the same mentions: what grows is the number of aliases alone.
    const base = pack.aliases.slice(0, 10);
    const extra = syntheticAliases(990);
    const counts = [10, 100, 1000];
    // The page names only a few everyday entities, so it is off topic and would show nothing:
    // a model that is always on topic keeps every mention shown, as this measure always did.
    const onTopic = { ...pack.relevance, threshold: 0, anchors: [] };
    const inputs = counts.map((n) => ({ ...pack, relevance: onTopic, tables: tablesFor([...base, ...extra].slice(0, n), pack.notMatching), pattern: combinedPattern([...base, ...extra].slice(0, n)) }));
    const times = counts.map(() => [] as number[]);
    const found = counts.map(() => new Set<number>());
    await open(SCALING);
    for (let r = 0; r < REPEATS; r++) {
      for (const [i, input] of inputs.entries()) {
        await page.evaluate((inp) => (globalThis as any).__bench.compile(inp), input as unknown);
        const res = await run(page, 'overlay', terms);
        times[i]!.push(res.ms);
        found[i]!.add(res.found);
      }
    }
    const scaled = counts.map((n, i) => ({ n, ms: median(times[i]!), mentions: [...found[i]!].join('/') }));
    const [few, , many] = scaled as [typeof scaled[0], typeof scaled[0], typeof scaled[0]];
    console.log(`Engine (overlay) on a 5 MB page by alias count: ${scaled.map(({ n, ms, mentions }) => `${n}: ${fmt(ms)} ms (${mentions} mentions)`).join(', ')}; 1000/10: ${(many.ms / few.ms).toFixed(2)}×`);
    if (new Set(scaled.map((s) => s.mentions)).size !== 1) console.log('  warning: the mention count changed with the alias count, so this is not the cost of aliases alone');
    console.log(`engine/lower-bound: ${(totals.get('overlay')!.ms / walkTotal).toFixed(2)}`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
