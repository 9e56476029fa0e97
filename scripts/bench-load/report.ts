/** The printed report: Markdown tables over the per-page summaries, and the closing figure. */
import { median, medianOrNull, type PageSummary } from './summary';
import { EXTENSIONS, type ExtensionName } from './types';

const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(1));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Median over pages of each configuration's median added script time. */
export function addedScript(pages: PageSummary[], config: ExtensionName): number {
  return median(pages.map((p) => p.configs[config].addedScriptMs));
}

function savedRow(pages: PageSummary[], config: ExtensionName, floorScript: number): string[] {
  const figs = pages.map((p) => p.configs[config]);
  const script = addedScript(pages, config);
  const highlighted = figs.filter((f) => f.firstHighlightMs !== null).length;
  const first = medianOrNull(figs.map((f) => f.firstHighlightMs));
  return [
    config,
    ms(script),
    ms(median(figs.map((f) => f.addedTaskMs))),
    `${figs.filter((f) => f.addedLongTasks > 0).length} of ${pages.length}`,
    ms(Math.max(...figs.map((f) => f.longestMs))),
    first === null ? '—' : `${ms(first)} (${highlighted} of ${pages.length} pages)`,
    floorScript > 0 ? `${(script / floorScript).toFixed(2)}×` : '—',
  ];
}

function offRow(pages: PageSummary[]): string[] {
  const offs = pages.map((p) => p.off);
  return [
    'off (absolute, for scale)',
    ms(median(offs.map((o) => o.scriptMs))),
    ms(median(offs.map((o) => o.taskMs))),
    `${offs.filter((o) => o.longTasks > 0).length} of ${pages.length} with a long task`,
    ms(Math.max(...offs.map((o) => o.longestMs))),
    '—',
    '—',
  ];
}

export function savedPagesTable(pages: PageSummary[]): string {
  const floor = addedScript(pages, 'floor');
  const head = ['config', 'added script ms/page', 'added main-thread ms/page', 'pages with an added long task (>50 ms)', 'longest task ms (max over pages)', 'first highlight ms after load (median)', 'added script × floor'];
  return table(head, [offRow(pages), ...EXTENSIONS.map((c) => savedRow(pages, c, floor))]);
}

export function heavyPagesTable(pages: PageSummary[]): string {
  const head = ['page', 'config', 'added CPU share (load → +10 s)', 'added main-thread ms (whole load)', 'added script ms (whole load)', 'longest task ms', 'first highlight ms after load', 'ticker changes/s'];
  const rate = (x: number | null) => (x === null ? '—' : x.toFixed(0));
  const rows = pages.flatMap((p) => [
    [p.page, 'off (absolute)', pct(p.off.cpuShare), ms(p.off.taskMs), ms(p.off.scriptMs), ms(p.off.longestMs), '—', rate(p.off.tickerRate)],
    ...EXTENSIONS.map((c) => {
      const f = p.configs[c];
      return [p.page, c, pct(f.addedCpuShare), ms(f.addedTaskMs), ms(f.addedScriptMs), ms(f.longestMs), ms(f.firstHighlightMs), rate(f.tickerRate)];
    }),
  ]);
  return table(head, rows);
}

export function perPageTable(pages: PageSummary[]): string {
  const rows = pages.map((p) => [p.page, ...EXTENSIONS.map((c) => ms(p.configs[c].addedScriptMs)), ms(p.off.scriptMs)]);
  return table(['page', ...EXTENSIONS, '(off, absolute)'], rows);
}

export function belowMarkjs(pages: PageSummary[]): string {
  const k = pages.filter((p) => p.configs.backstory.addedScriptMs < p.configs.markjs.addedScriptMs).length;
  return `backstory below markjs on ${k} of ${pages.length} pages`;
}

/** How far the same load's script time moves between repeats with nothing installed, and whether the floor stands out of it. */
export function noiseNote(pages: PageSummary[], repeats: number): string {
  const spread = median(pages.map((p) => p.off.scriptSpreadMs));
  const floor = addedScript(pages, 'floor');
  const spreadText = repeats > 1 ? `off's script time varies by a median ${ms(spread)} ms between repeats of the same page` : 'one repeat: no noise estimate';
  const warn = repeats > 1 && floor < spread ? `; the floor's ${ms(floor)} ms is within that noise, so ratios to it are rough` : '';
  return `Noise: ${spreadText}${warn}.`;
}

/** Backstory against the floor that also reads its settings: what is left once the start-up every extension with settings pays is counted in. */
export function settingsFloorLine(pages: PageSummary[]): string {
  const floor = addedScript(pages, 'floor+settings');
  return `backstory / floor+settings: ${(addedScript(pages, 'backstory') / floor).toFixed(2)}×`;
}

/** The closing line: Backstory's median added script time over the floor's. */
export function loadCostLine(pages: PageSummary[]): string {
  const floor = addedScript(pages, 'floor');
  return `load-cost/floor: ${(addedScript(pages, 'backstory') / floor).toFixed(2)}`;
}
