/**
 * From samples to per-page figures: each configuration's sample minus the
 * off sample of the same page and repeat, then the median over repeats.
 */
import type { ConfigName, ExtensionName, Sample } from './types';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median of the values that exist; null when none does (e.g. nothing highlighted in any repeat). */
export function medianOrNull(xs: Array<number | null>): number | null {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? median(present) : null;
}

/** One configuration on one page, medians over repeats. */
export interface PageFigures {
  addedScriptMs: number;
  addedTaskMs: number;
  /** Median over repeats of (tasks > 50 ms in this configuration − in off). */
  addedLongTasks: number;
  /** The configuration's own longest task (not a difference: the page's own tasks are in it too). */
  longestMs: number;
  firstHighlightMs: number | null;
  /** Heavy pages: task time per wall time from load to the end of the window, minus off's. */
  addedCpuShare: number | null;
  tickerRate: number | null;
}

/** What off itself measured on a page, for scale. */
export interface OffFigures {
  scriptMs: number;
  /** Max − min of off's script time over the repeats: how much the same load varies by itself. */
  scriptSpreadMs: number;
  taskMs: number;
  longTasks: number;
  longestMs: number;
  cpuShare: number | null;
  tickerRate: number | null;
}

export interface PageSummary {
  page: string;
  heavy: boolean;
  off: OffFigures;
  configs: Record<ExtensionName, PageFigures>;
}

const share = (s: Sample) => (s.window && s.window.ms > 0 ? s.window.taskMs / s.window.ms : null);

function offFigures(offs: Sample[]): OffFigures {
  return {
    scriptMs: median(offs.map((s) => s.scriptMs)),
    scriptSpreadMs: offs.length ? Math.max(...offs.map((s) => s.scriptMs)) - Math.min(...offs.map((s) => s.scriptMs)) : NaN,
    taskMs: median(offs.map((s) => s.taskMs)),
    longTasks: median(offs.map((s) => s.longTasks.over50)),
    longestMs: median(offs.map((s) => s.longTasks.longestMs)),
    cpuShare: medianOrNull(offs.map(share)),
    tickerRate: medianOrNull(offs.map((s) => s.tickerRate)),
  };
}

/** Pairs each sample with the off sample of its repeat. */
function figures(samples: Sample[], offByRepeat: Map<number, Sample>): PageFigures {
  const pairs = samples.flatMap((s) => {
    const off = offByRepeat.get(s.repeat);
    return off ? [{ s, off }] : [];
  });
  const diff = (f: (x: Sample) => number) => median(pairs.map(({ s, off }) => f(s) - f(off)));
  return {
    addedScriptMs: diff((x) => x.scriptMs),
    addedTaskMs: diff((x) => x.taskMs),
    addedLongTasks: diff((x) => x.longTasks.over50),
    longestMs: median(samples.map((s) => s.longTasks.longestMs)),
    firstHighlightMs: medianOrNull(samples.map((s) => s.firstHighlightMs)),
    addedCpuShare: medianOrNull(pairs.map(({ s, off }) => {
      const a = share(s);
      const b = share(off);
      return a === null || b === null ? null : a - b;
    })),
    tickerRate: medianOrNull(samples.map((s) => s.tickerRate)),
  };
}

export function summarisePage(page: string, heavy: boolean, samples: Sample[]): PageSummary {
  const of = (config: ConfigName) => samples.filter((s) => s.config === config);
  const offByRepeat = new Map(of('off').map((s) => [s.repeat, s]));
  return {
    page,
    heavy,
    off: offFigures(of('off')),
    configs: {
      floor: figures(of('floor'), offByRepeat),
      'floor+settings': figures(of('floor+settings'), offByRepeat),
      markjs: figures(of('markjs'), offByRepeat),
      backstory: figures(of('backstory'), offByRepeat),
    },
  };
}
