/**
 * The page-world probe, added to every page before its own scripts run.
 * Kept as source text: tsx would add helpers to a compiled function that do
 * not exist in the page.
 *
 * It notes the load event, then checks once per animation frame for the
 * first highlight: a CSS Custom Highlight registered by Backstory's overlay
 * renderer (the main world sees the content script's registrations: the
 * registry belongs to the document) or a <mark> mark.js added. The live
 * HTMLCollection keeps the <mark> check cheap on big pages.
 *
 * The frame loop itself runs until 10 s after load in every configuration,
 * found or not: it costs about 6 ms of script and 30 ms of main-thread time
 * a second (each requested frame is a rendering update), so stopping it when
 * a highlight appears would make the highlighters look that much cheaper
 * than `off` and `floor`, which never find one. Only the check stops.
 *
 * It also keeps long tasks from a PerformanceObserver, the fallback when
 * tracing is not available.
 */
import type { ProbeState } from './types';

export const PROBE_LIMIT_MS = 10_000;

export const PROBE_SOURCE = `(() => {
  if (window.top !== window) return;
  const probe = { loadAt: null, foundAt: null, via: null, longTasks: [], tickerRate: null };
  Object.defineProperty(window, '__benchLoad', { value: probe });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const marks = document.getElementsByTagName('mark');
  const seen = () => {
    if (typeof CSS !== 'undefined' && CSS.highlights && CSS.highlights.size > 0) return 'highlight';
    for (let i = 0; i < marks.length; i++) if (marks[i].hasAttribute('data-markjs')) return 'mark';
    return null;
  };
  const poll = () => {
    if (probe.via === null) {
      const via = seen();
      if (via) { probe.foundAt = performance.now(); probe.via = via; }
    }
    if (probe.loadAt === null || performance.now() - probe.loadAt < ${PROBE_LIMIT_MS}) requestAnimationFrame(poll);
  };
  addEventListener('load', () => { probe.loadAt = performance.now(); }, { once: true });
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(poll), { once: true });
})();`;

/** Evaluated at the end of a measurement: the probe's state, with the ticker's rate when the page has one. */
export const READ_PROBE = `(() => {
  const p = window.__benchLoad;
  if (!p) return null;
  const rate = typeof window.__tickerMutations === 'number'
    ? window.__tickerMutations / ((performance.now() - window.__tickerStartedAt) / 1000) : null;
  return { loadAt: p.loadAt, foundAt: p.foundAt, via: p.via, longTasks: p.longTasks.slice(), tickerRate: rate };
})()`;

/** ms from the load event to the first highlight, null when there was none (or no load event seen). */
export function firstHighlightMs(state: ProbeState | null): number | null {
  if (!state || state.loadAt === null || state.foundAt === null) return null;
  return state.foundAt - state.loadAt;
}
