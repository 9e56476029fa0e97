/**
 * The heavy and live pages (tests/pages/heavy) in the real-pages check
 * (`npm run test:pages -- --heavy`): each loaded with no extension, then with
 * Backstory and each renderer, and measured from load to 10 s after it with
 * Chromium's own counters (Performance.getMetrics, enabled before the tab
 * navigates): main-thread task time as
 * a share of one core, script time, and the JS heap at the end (the content
 * script's isolated world lives in the same heap). Page errors added fail it.
 */
import type { Page } from 'playwright-core';
import { HEAVY_PATHS, MORE_HEAVY_PATHS } from '../bench-load/server';
import type { PagesBrowser } from './browser';
import type { RendererName } from './report';

export const HEAVY_WINDOW_MS = 10_000;
const PAGES: Record<string, string> = { ...HEAVY_PATHS, ...MORE_HEAVY_PATHS };

export interface HeavyRow {
  page: string;
  config: 'off' | RendererName;
  /** Main-thread task time over the window, as a percentage of one core. */
  cpuPercent: number;
  scriptMs: number;
  heapMb: number;
  /** Mentions shown in the last scan report by the end of the window (0 while a paced first pass is still running). */
  mentions: number;
  /** Highlights or marks on the page by the end of the window. */
  painted: boolean;
  errors: string[];
}

interface Metrics {
  TaskDuration: number;
  ScriptDuration: number;
  JSHeapUsedSize: number;
}

/** Counters of one tab: enabled once, before it navigates, so they are cumulative over the tab's life. */
async function counters(page: Page): Promise<() => Promise<Metrics>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics: list } = await session.send('Performance.getMetrics');
    const of = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { TaskDuration: of('TaskDuration'), ScriptDuration: of('ScriptDuration'), JSHeapUsedSize: of('JSHeapUsedSize') };
  };
}

/** Mentions in the last scan report, and whether anything is painted (marks, or highlights in the document's registry). */
function shown(): { mentions: number; painted: boolean } {
  const scans = (window as unknown as { __backstoryScans?: Array<{ mentions: number }> }).__backstoryScans ?? [];
  const painted = document.querySelector('mark[data-backstory]') !== null || (typeof CSS.highlights !== 'undefined' && CSS.highlights.size > 0);
  return { mentions: scans[scans.length - 1]?.mentions ?? 0, painted };
}

async function measure(browser: PagesBrowser, url: string, page: string, config: HeavyRow['config']): Promise<HeavyRow> {
  let read: (() => Promise<Metrics>) | null = null;
  const tab = await browser.open(url, async (p) => {
    read = await counters(p);
  });
  try {
    const t0 = Date.now();
    const start = await read!();
    await tab.page.waitForTimeout(HEAVY_WINDOW_MS);
    const end = await read!();
    const wall = (Date.now() - t0) / 1000;
    const { mentions, painted } = await tab.page.evaluate(shown);
    return {
      page, config, cpuPercent: (100 * (end.TaskDuration - start.TaskDuration)) / wall, scriptMs: 1000 * (end.ScriptDuration - start.ScriptDuration),
      heapMb: end.JSHeapUsedSize / 1e6, mentions, painted, errors: [...tab.errors],
    };
  } finally {
    await tab.close();
  }
}

export async function measureHeavy(withExt: PagesBrowser, without: PagesBrowser, origin: string): Promise<HeavyRow[]> {
  const rows: HeavyRow[] = [];
  for (const [page, path] of Object.entries(PAGES)) {
    const url = `${origin}${path}`;
    rows.push(await measure(without, url, page, 'off'));
    for (const renderer of ['overlay', 'inline'] as const) {
      await withExt.settings({ enabled: true, renderer });
      rows.push(await measure(withExt, url, page, renderer));
    }
  }
  return rows;
}

/** Problems: errors the page did not have without the extension, or nothing shown on a page full of the story. */
export function heavyProblems(rows: HeavyRow[]): string[] {
  return rows.flatMap((r) => {
    if (r.config === 'off') return [];
    const off = rows.find((o) => o.page === r.page && o.config === 'off');
    const added = r.errors.filter((e) => !off?.errors.includes(e));
    return [
      ...(added.length ? [`${r.page} (${r.config}): errors added: ${added.slice(0, 3).join(' | ')}`] : []),
      ...(!r.painted ? [`${r.page} (${r.config}): nothing highlighted 10 s after load`] : []),
    ];
  });
}

export function heavyTable(rows: HeavyRow[]): string {
  const head = ['heavy page', 'config', 'CPU, load → +10 s (% of a core)', 'added over off', 'script ms', 'JS heap MB', 'mentions in last report', 'painted'];
  const body = rows.map((r) => {
    const off = rows.find((o) => o.page === r.page && o.config === 'off');
    const added = r.config === 'off' || !off ? '' : `${(r.cpuPercent - off.cpuPercent).toFixed(1)}`;
    return [r.page, r.config, r.cpuPercent.toFixed(1), added, r.scriptMs.toFixed(0), r.heapMb.toFixed(1), String(r.mentions), r.config === 'off' ? '' : r.painted ? 'yes' : 'NO'];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
