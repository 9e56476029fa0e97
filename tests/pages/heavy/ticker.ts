/**
 * The ticker page: a short ordinary article plus a live ticker whose four
 * text nodes change about 1,000 times a second in total (each change one
 * characterData mutation), as a busy live-blog or market ticker does. The
 * page counts its changes in `window.__tickerMutations` (and when it started
 * in `window.__tickerStartedAt`, a performance.now() time) so a test can
 * report the rate the page really achieved.
 */
import { escapeHtml } from './rng';
import { ARTICLE } from './story-text';

export interface TickerPageOptions {
  /** Text changes per second, over all ticker slots (default 1,000). */
  rate?: number;
}

export const TICKER_RATE = 1000;
/** Each slot names someone from the story, then the time: "Zelenskyy 12:03:04.123". */
export const TICKER_NAMES: readonly string[] = ['Zelenskyy', 'Witkoff', 'Merz', 'Putin'];

/**
 * Runs in the page. Timers are clamped to 4 ms and slip under load, so each
 * tick makes the changes that are due by the clock (at most 50, so a long
 * stall does not end in one burst) rather than a fixed number.
 */
function tickerScript(rate: number): string {
  return `(() => {
  const names = ${JSON.stringify(TICKER_NAMES)};
  const nodes = Array.from(document.querySelectorAll('#ticker span'), (s) => s.firstChild);
  const started = performance.now();
  window.__tickerMutations = 0;
  window.__tickerStartedAt = started;
  const stamp = () => new Date().toISOString().slice(11, 23);
  setInterval(() => {
    const due = Math.floor(((performance.now() - started) * ${rate}) / 1000) - window.__tickerMutations;
    for (let i = 0; i < Math.min(due, 50); i++) {
      const slot = window.__tickerMutations % nodes.length;
      nodes[slot].data = names[slot] + ' ' + stamp();
      window.__tickerMutations++;
    }
  }, 4);
})();`;
}

export function tickerPageHtml({ rate = TICKER_RATE }: TickerPageOptions = {}): string {
  const slots = TICKER_NAMES.map((name) => `<span class="slot">${escapeHtml(name)} 00:00:00.000</span>`).join(' · ');
  const article = ARTICLE.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: Berlin talks on Ukraine</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto}#ticker{font:13px monospace;background:#111;color:#eee;padding:.5rem}</style>
</head><body>
<div id="ticker" aria-live="off">${slots}</div>
<article><h1>Envoys and Zelenskyy end a long day of talks in Berlin</h1>
${article}
</article>
<script>${tickerScript(rate)}</script>
</body></html>`;
}
