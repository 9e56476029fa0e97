import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LabelError, loadCases, type EvalCase } from '../../../scripts/eval/cases';
import { formatTable, missedTargets, scoreResults, type CaseResult } from '../../../scripts/eval/metrics';

const evalCase = (page: string, lang: string, onTopic: boolean, entities: string[], lookalikes: string[] = []): EvalCase => ({
  page,
  labels: { lang, onTopic, entities, lookalikes },
});

const result = (c: EvalCase, topic: boolean, shown: Record<string, number>, score = 0): CaseResult => ({ case: c, topic, score, shown });

describe('eval metrics', () => {
  const results = [
    result(evalCase('en/a.html', 'en', true, ['witkoff', 'kushner']), true, { witkoff: 2, kushner: 1, trump: 4 }),
    result(evalCase('de/a.html', 'de', true, ['zelenskyy', 'merz', 'donbas']), true, { zelenskyy: 1, donbas: 1 }),
    result(evalCase('de/b.html', 'de', true, ['zelenskyy']), false, {}, 3.2),
    result(evalCase('de/c.html', 'de', false, [], ['merz']), false, { merz: 2 }),
    result(evalCase('en/b.html', 'en', false, ['trump']), true, { trump: 3 }),
  ];
  const report = scoreResults(results);

  it('counts per language, English first, and a total', () => {
    expect(report.rows.map((r) => r.lang)).toEqual(['en', 'de']);
    const de = report.rows[1]!;
    expect(de).toMatchObject({ onTopicPages: 2, onTopicJudgedOn: 1, expectedEntities: 4, highlightedEntities: 2, offTopicPages: 1, offTopicJudgedOn: 0, lookalikeHighlights: 2 });
    expect(report.total).toMatchObject({ onTopicPages: 3, onTopicJudgedOn: 2, expectedEntities: 6, highlightedEntities: 4, offTopicJudgedOn: 1 });
  });

  it('names every page that missed and why', () => {
    expect(report.failures).toEqual([
      { page: 'de/a.html', problem: 'not highlighted: merz' },
      { page: 'de/b.html', problem: 'on topic, judged off (score 3.20)' },
      { page: 'de/b.html', problem: 'not highlighted: zelenskyy' },
      { page: 'de/c.html', problem: 'lookalike highlighted: merz×2' },
      { page: 'en/b.html', problem: 'off topic, judged on (score 0.00)' },
    ]);
  });

  it('checks the targets', () => {
    expect(missedTargets(report)).toEqual([
      'on-topic pages judged on topic: 2 of 3 (target ≥ 94 %)',
      'de: recall 50.0 % (target ≥ 90 %)',
      'off-topic pages judged on topic: 1 (target 0)',
      'lookalike highlights: 2 (target 0)',
    ]);
    expect(missedTargets(scoreResults([results[0]!]))).toEqual([]);
  });

  it('prints a Markdown table with a total row', () => {
    const table = formatTable(report).split('\n');
    expect(table).toHaveLength(5);
    expect(table[3]).toBe('| de | 1 of 2 | 50 % (2/4) | 0 of 1 | 2 |');
    expect(table[4]).toContain('| all | 2 of 3 |');
  });
});

describe('eval cases', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('reads each page with its labels, in path order', () => {
    dir = mkdtempSync(join(tmpdir(), 'eval-'));
    write('de/b.html', '<p>x</p>');
    write('de/b.json', JSON.stringify({ lang: 'de', onTopic: false, entities: [], lookalikes: ['merz'] }));
    write('de/a.html', '<p>x</p>');
    write('de/a.json', JSON.stringify({ lang: 'de', onTopic: true, entities: ['merz'] }));
    const cases = loadCases(dir, new Set(['merz']));
    expect(cases.map((c) => c.page)).toEqual(['de/a.html', 'de/b.html']);
    expect(cases[0]!.labels).toEqual({ lang: 'de', onTopic: true, entities: ['merz'], lookalikes: [] });
  });

  it('names the file and field of every bad label', () => {
    dir = mkdtempSync(join(tmpdir(), 'eval-'));
    write('x.html', '');
    write('x.json', JSON.stringify({ lang: 'German', onTopic: 'yes', entities: ['nobody'] }));
    write('y.json', '{}');
    expect(() => loadCases(dir, new Set(['merz']))).toThrow(LabelError);
    expect(() => loadCases(dir, new Set(['merz']))).toThrow(
      ['x.json: lang: must be a language tag such as "de"', 'x.json: onTopic: must be true or false', 'x.json: entities: unknown entity id "nobody"', 'y.json: no page y.html beside it'].join('\n'),
    );
  });
});
