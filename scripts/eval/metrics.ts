/**
 * Scores eval results per language: on-topic pages judged on topic, entity
 * recall on on-topic pages, off-topic pages judged on topic, and lookalike
 * highlights. Pure, so the arithmetic is unit-tested apart from the browser.
 */
import type { EvalCase } from './cases';

/** What the extension did on one page (from its scan report). */
export interface CaseResult {
  case: EvalCase;
  topic: boolean;
  score: number;
  /** Highlights per entity id. */
  shown: Record<string, number>;
}

export interface LanguageRow {
  lang: string;
  onTopicPages: number;
  onTopicJudgedOn: number;
  expectedEntities: number;
  highlightedEntities: number;
  offTopicPages: number;
  offTopicJudgedOn: number;
  /** Highlights of a case's `lookalikes`, all pages. */
  lookalikeHighlights: number;
}

export interface Failure {
  page: string;
  problem: string;
}

export interface EvalReport {
  rows: LanguageRow[];
  total: LanguageRow;
  failures: Failure[];
}

function emptyRow(lang: string): LanguageRow {
  return { lang, onTopicPages: 0, onTopicJudgedOn: 0, expectedEntities: 0, highlightedEntities: 0, offTopicPages: 0, offTopicJudgedOn: 0, lookalikeHighlights: 0 };
}

function addRow(into: LanguageRow, row: LanguageRow): void {
  for (const key of Object.keys(row) as Array<keyof LanguageRow>) {
    if (key !== 'lang') into[key] += row[key];
  }
}

export function scoreResults(results: CaseResult[]): EvalReport {
  const rows = new Map<string, LanguageRow>();
  const failures: Failure[] = [];
  for (const r of results) {
    const { labels, page } = r.case;
    const row = rows.get(labels.lang) ?? emptyRow(labels.lang);
    rows.set(labels.lang, row);
    if (labels.onTopic) {
      row.onTopicPages++;
      if (r.topic) row.onTopicJudgedOn++;
      else failures.push({ page, problem: `on topic, judged off (score ${r.score.toFixed(2)})` });
      const missing = labels.entities.filter((id) => !r.shown[id]);
      row.expectedEntities += labels.entities.length;
      row.highlightedEntities += labels.entities.length - missing.length;
      if (missing.length) failures.push({ page, problem: `not highlighted: ${missing.join(', ')}` });
    } else {
      row.offTopicPages++;
      if (r.topic) {
        row.offTopicJudgedOn++;
        failures.push({ page, problem: `off topic, judged on (score ${r.score.toFixed(2)})` });
      }
    }
    const lit = labels.lookalikes.filter((id) => r.shown[id]);
    for (const id of lit) row.lookalikeHighlights += r.shown[id] ?? 0;
    if (lit.length) failures.push({ page, problem: `lookalike highlighted: ${lit.map((id) => `${id}×${r.shown[id]}`).join(', ')}` });
  }
  const sorted = [...rows.values()].sort((a, b) => (a.lang === 'en' ? -1 : b.lang === 'en' ? 1 : a.lang.localeCompare(b.lang)));
  const total = emptyRow('all');
  for (const row of sorted) addRow(total, row);
  return { rows: sorted, total, failures };
}

/** The issue's targets: ≥ 33 of 35 on-topic pages (94 %), recall ≥ 95 % in English and ≥ 90 % elsewhere, no false topic, no lookalike. */
export const TARGETS = { onTopicShare: 33 / 35, recallEnglish: 0.95, recallOther: 0.9 } as const;

const share = (n: number, of: number) => (of === 0 ? 1 : n / of);

/** Targets missed, as sentences; empty when the set passes. */
export function missedTargets(report: EvalReport): string[] {
  const missed: string[] = [];
  const { total } = report;
  if (share(total.onTopicJudgedOn, total.onTopicPages) < TARGETS.onTopicShare) {
    missed.push(`on-topic pages judged on topic: ${total.onTopicJudgedOn} of ${total.onTopicPages} (target ≥ ${(TARGETS.onTopicShare * 100).toFixed(0)} %)`);
  }
  for (const row of report.rows) {
    const target = row.lang === 'en' ? TARGETS.recallEnglish : TARGETS.recallOther;
    const recall = share(row.highlightedEntities, row.expectedEntities);
    if (recall < target) missed.push(`${row.lang}: recall ${(recall * 100).toFixed(1)} % (target ≥ ${target * 100} %)`);
  }
  if (total.offTopicJudgedOn > 0) missed.push(`off-topic pages judged on topic: ${total.offTopicJudgedOn} (target 0)`);
  if (total.lookalikeHighlights > 0) missed.push(`lookalike highlights: ${total.lookalikeHighlights} (target 0)`);
  return missed;
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((n / of) * 100).toFixed(0)} %`);

/** A Markdown table, one row per language and a total. */
export function formatTable(report: EvalReport): string {
  const lines = [
    '| language | on-topic pages judged on topic | entity recall (on-topic pages) | off-topic pages judged on topic | lookalike highlights |',
    '|---|---|---|---|---|',
  ];
  for (const row of [...report.rows, report.total]) {
    lines.push(
      `| ${row.lang} | ${row.onTopicJudgedOn} of ${row.onTopicPages} | ${pct(row.highlightedEntities, row.expectedEntities)} (${row.highlightedEntities}/${row.expectedEntities}) | ` +
        `${row.offTopicJudgedOn} of ${row.offTopicPages} | ${row.lookalikeHighlights} |`,
    );
  }
  return lines.join('\n');
}
