/**
 * Runs engine work in short tasks so the page stays responsive: each job gets
 * a deadline per task and says whether it has more to do. Idle callbacks when
 * the browser has them, timers otherwise; `sync` runs everything at once
 * (tests, benchmarks).
 */
import { IDLE_TIMEOUT_MS, TASK_BUDGET_MS } from '../lib/constants';

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

  const slice = (job: Job, budget: number): boolean => {
    const t0 = performance.now();
    let more = false;
    try {
      more = job(t0 + budget);
    } catch (e) {
      opts.onError?.(e);
    }
    longest = Math.max(longest, performance.now() - t0);
    return more;
  };

  const pump = (budget: number) => {
    handle = null;
    const job = queue[0];
    if (!job) return;
    if (!slice(job, budget)) queue.shift();
    if (queue.length) schedule();
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
      handle?.cancel();
      handle = null;
    },
    longestTaskMs: () => longest,
  };
}
