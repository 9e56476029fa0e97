/**
 * Runs engine work in short tasks so the page stays responsive: each job gets
 * a deadline per task and says whether it has more to do. Idle callbacks when
 * the browser has them, timers otherwise; `sync` runs everything at once
 * (tests, benchmarks).
 *
 * Work is paced: once the queue has kept the engine busy for FULL_SPEED_MS
 * without a break, each slice is followed by a pause long enough that the
 * engine uses PACED_SHARE of a core. Ordinary pages finish before that; a
 * page of any size costs a bounded share of the CPU while it is read.
 */
import { FULL_SPEED_MS, IDLE_TIMEOUT_MS, PACED_SHARE, TASK_BUDGET_MS } from '../lib/constants';

/** Does work until `deadline` (a `performance.now()` time); returns true when there is more. */
export type Job = (deadline: number) => boolean;

export interface Scheduler {
  run(job: Job): void;
  /** Drops queued jobs; a task in progress finishes its current slice. */
  cancel(): void;
  /** The longest slice so far, in ms (for the scan report and the benchmark). */
  longestTaskMs(): number;
}

export function createScheduler(win: Window | null, opts: { sync?: boolean; onError?: (e: unknown) => void } = {}): Scheduler {
  const queue: Job[] = [];
  let handle: { cancel(): void } | null = null;
  let longest = 0;
  /** Work done since the queue was last empty, in ms. */
  let busy = 0;

  const slice = (job: Job, budget: number): boolean => {
    const t0 = performance.now();
    let more = false;
    try {
      more = job(t0 + budget);
    } catch (e) {
      opts.onError?.(e);
    }
    const took = performance.now() - t0;
    longest = Math.max(longest, took);
    busy += took;
    return more;
  };

  const pump = (budget: number) => {
    handle = null;
    const job = queue[0];
    if (!job) return;
    const before = busy;
    if (!slice(job, budget)) queue.shift();
    if (!queue.length) {
      busy = 0;
      return;
    }
    const took = busy - before;
    if (busy > FULL_SPEED_MS) pause((took * (1 - PACED_SHARE)) / PACED_SHARE);
    else schedule();
  };

  /** Waits `ms`, then schedules the next slice as usual. */
  const pause = (ms: number) => {
    const id = setTimeout(() => {
      handle = null;
      schedule();
    }, ms);
    handle = { cancel: () => clearTimeout(id) };
  };

  const schedule = () => {
    if (handle) return;
    const idle = win && 'requestIdleCallback' in win ? win : null;
    if (idle) {
      const id = idle.requestIdleCallback(
        (d) => pump(Math.max(4, Math.min(TASK_BUDGET_MS, d.didTimeout ? TASK_BUDGET_MS : d.timeRemaining()))),
        { timeout: IDLE_TIMEOUT_MS },
      );
      handle = { cancel: () => idle.cancelIdleCallback(id) };
    } else {
      const id = setTimeout(() => pump(TASK_BUDGET_MS), 0);
      handle = { cancel: () => clearTimeout(id) };
    }
  };

  return {
    run(job) {
      if (opts.sync) {
        while (slice(job, Number.POSITIVE_INFINITY));
        return;
      }
      queue.push(job);
      schedule();
    },
    cancel() {
      queue.length = 0;
      busy = 0;
      handle?.cancel();
      handle = null;
    },
    longestTaskMs: () => longest,
  };
}
