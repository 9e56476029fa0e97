/** The data shapes the load benchmark passes between its modules. */

/**
 * What is installed in a browser: nothing, one of the three stand-ins, or the release build.
 * `floor+settings` is the floor that first does what any extension with settings must: touch
 * `chrome.runtime`, read its settings from `storage.local` and listen for messages.
 */
export type ConfigName = 'off' | 'floor' | 'floor+settings' | 'markjs' | 'backstory';
export type ExtensionName = Exclude<ConfigName, 'off'>;
export const CONFIGS: readonly ConfigName[] = ['off', 'floor', 'floor+settings', 'markjs', 'backstory'];
export const EXTENSIONS: readonly ExtensionName[] = ['floor', 'floor+settings', 'markjs', 'backstory'];

/** One page to load: a saved news page or one of the generated heavy pages. */
export interface PageSpec {
  name: string;
  /** Path on the benchmark server. */
  path: string;
  heavy: boolean;
  /** How long to wait after the load event before reading the metrics. */
  settleMs: number;
}

export interface LongTasks {
  /** 'trace': RunTask events from Tracing; 'observer': the page's PerformanceObserver (fallback). */
  source: 'trace' | 'observer';
  /** Tasks longer than 50 ms on the page's renderer main thread. */
  over50: number;
  longestMs: number;
}

/** One page load in one configuration. */
export interface Sample {
  page: string;
  config: ConfigName;
  repeat: number;
  /** Performance.getMetrics ScriptDuration / TaskDuration, from before navigation to the end of the settle time. */
  scriptMs: number;
  taskMs: number;
  /** From the load event to the end of the settle time (heavy pages): main-thread task time and wall time. */
  window: { taskMs: number; ms: number } | null;
  longTasks: LongTasks;
  /** First highlight (CSS.highlights or a mark.js <mark>) in ms after the load event; null when none. */
  firstHighlightMs: number | null;
  /** Ticker page only: text changes per second the page achieved. */
  tickerRate: number | null;
}

/** What the page-world probe leaves in `window.__benchLoad`. */
export interface ProbeState {
  loadAt: number | null;
  foundAt: number | null;
  via: 'highlight' | 'mark' | null;
  longTasks: number[];
  tickerRate: number | null;
}
