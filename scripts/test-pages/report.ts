/** The real-pages check's results and how they are printed (pure: no browser, no files). */

export type RendererName = 'overlay' | 'inline';

export interface RendererResult {
  renderer: RendererName;
  /** Uncaught page errors and console errors seen with Backstory on that the same page without the extension did not have. */
  errorsAdded: string[];
  /** Characters of `innerText` plus `textContent` that differ between Backstory off and on. */
  charsChanged: number;
  /** Turning Backstory off gave back the page's markup exactly (outerHTML of the document). */
  restored: boolean;
  mentions: number;
  entities: number;
  /** Work time of the scan that decided the page (the gate's read, then the engine's full pass). */
  gateMs: number;
  scanMs: number;
  /** The every-page gate: 'shut' when nothing on the page could show (Backstory proper then loads only for the popup). */
  gate: 'shut' | 'open';
  /** Backstory proper's relevance decision, null without a scan. */
  topic: boolean | null;
  /** A problem found, with the reason; empty when the page passed. */
  problems: string[];
}

export interface PageResult {
  page: string;
  /** Page errors and console errors without the extension (the baseline). */
  baselineErrors: number;
  renderers: RendererResult[];
}

/** Characters that differ: the length of what is left once the common prefix and suffix are cut off. */
export function charsChanged(a: string, b: string): number {
  if (a === b) return 0;
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a[start] === b[start]) start++;
  let end = 0;
  while (end < min - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.max(a.length, b.length) - start - end;
}

/** Messages in `after` beyond those in `before` (counted as multisets). */
export function addedMessages(before: string[], after: string[]): string[] {
  const left = new Map<string, number>();
  for (const m of before) left.set(m, (left.get(m) ?? 0) + 1);
  const added: string[] = [];
  for (const m of after) {
    const n = left.get(m) ?? 0;
    if (n > 0) left.set(m, n - 1);
    else added.push(m);
  }
  return added;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const topicLabel = (r: RendererResult) => `gate ${r.gate}, ${r.topic === null ? 'no scan' : r.topic ? 'on topic' : 'off topic'}`;

export function pagesTable(results: PageResult[]): string {
  const rows = results.flatMap((p) =>
    p.renderers.map((r) => [
      p.page, r.renderer, String(r.errorsAdded.length), String(r.charsChanged), r.restored ? 'yes' : 'NO',
      String(r.mentions), String(r.entities), r.gateMs.toFixed(1), r.scanMs.toFixed(1), topicLabel(r),
    ]),
  );
  return table(['page', 'renderer', 'errors added', 'chars changed', 'off restores', 'mentions', 'entities', 'gate ms', 'scan ms', 'decision'], rows);
}

export interface Summary {
  renderer: RendererName;
  pages: number;
  errorsAdded: number;
  charsChanged: number;
  mentions: number;
  scanMs: number;
  failed: number;
}

export function summarise(results: PageResult[], renderer: RendererName): Summary {
  const rows = results.flatMap((p) => p.renderers.filter((r) => r.renderer === renderer));
  const sum = (f: (r: RendererResult) => number) => rows.reduce((a, r) => a + f(r), 0);
  return {
    renderer, pages: rows.length, errorsAdded: sum((r) => r.errorsAdded.length), charsChanged: sum((r) => r.charsChanged),
    mentions: sum((r) => r.mentions), scanMs: sum((r) => r.gateMs + r.scanMs), failed: rows.filter((r) => r.problems.length).length,
  };
}

export function summaryTable(summaries: Summary[]): string {
  return table(
    ['renderer', 'pages', 'errors added', 'characters changed', 'mentions', 'time (gate + scan, ms)', 'pages failed'],
    summaries.map((s) => [s.renderer, String(s.pages), String(s.errorsAdded), String(s.charsChanged), String(s.mentions), s.scanMs.toFixed(0), String(s.failed)]),
  );
}

/** "page (renderer): reason" for every problem, in page order. */
export function failures(results: PageResult[]): string[] {
  return results.flatMap((p) => p.renderers.flatMap((r) => r.problems.map((why) => `${p.page} (${r.renderer}): ${why}`)));
}
