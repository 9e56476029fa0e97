/**
 * One measured page load: a new tab in the configuration's context, CDP
 * Performance metrics and a trace from before navigation to the end of the
 * settle time, the probe's first-highlight time, then the tab is closed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { firstHighlightMs, READ_PROBE } from './probe';
import { endTrace, pageTasks, startTrace } from './trace';
import type { ConfigName, LongTasks, PageSpec, ProbeState, Sample } from './types';

const LONG_TASK_MS = 50;
const NAVIGATION_TIMEOUT_MS = 60_000;

/** Performance.getMetrics, the three values used here, in ms. */
interface Metrics {
  scriptMs: number;
  taskMs: number;
  atMs: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: get('ScriptDuration'), taskMs: get('TaskDuration'), atMs: get('Timestamp') };
}

function longTasks(tasks: number[], source: LongTasks['source']): LongTasks {
  return { source, over50: tasks.filter((ms) => ms > LONG_TASK_MS).length, longestMs: Math.max(0, ...tasks) };
}

/** Tracing when it works; the page's own longtask observer when it does not (said in the output). */
async function tracedTasks(cdp: CDPSession, traced: boolean, url: string, probe: ProbeState | null): Promise<LongTasks> {
  if (traced) {
    try {
      return longTasks(pageTasks(await endTrace(cdp), url).tasks, 'trace');
    } catch (error) {
      process.stderr.write(`  trace unusable for ${url}: ${error instanceof Error ? error.message : String(error)}; using the longtask observer\n`);
    }
  }
  return longTasks(probe?.longTasks ?? [], 'observer');
}

export interface VisitInput {
  context: BrowserContext;
  config: ConfigName;
  origin: string;
  page: PageSpec;
  repeat: number;
}

export async function visit({ context, config, origin, page: spec, repeat }: VisitInput): Promise<Sample> {
  const url = `${origin}${spec.path}`;
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const traced = await startTrace(cdp).then(() => true, () => false);
    const start = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    const atLoad = spec.heavy ? await metrics(cdp) : null;
    await sleep(spec.settleMs);
    const end = await metrics(cdp);
    const probe = (await page.evaluate(READ_PROBE)) as ProbeState | null;
    return {
      page: spec.name,
      config,
      repeat,
      scriptMs: end.scriptMs - start.scriptMs,
      taskMs: end.taskMs - start.taskMs,
      window: atLoad ? { taskMs: end.taskMs - atLoad.taskMs, ms: end.atMs - atLoad.atMs } : null,
      longTasks: await tracedTasks(cdp, traced, url, probe),
      firstHighlightMs: firstHighlightMs(probe),
      tickerRate: probe?.tickerRate ?? null,
    };
  } finally {
    await page.close();
  }
}
