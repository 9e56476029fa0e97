/**
 * The project's own labelled set (tests/eval/set) through the built
 * extension: the same run as `npm run eval`, inside the e2e suite so CI
 * checks the targets in both browsers without another browser launch per page.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCompiledPack, ROOT } from '../../../scripts/demo/server';
import { loadCases } from '../../../scripts/eval/cases';
import { formatTable, missedTargets, scoreResults } from '../../../scripts/eval/metrics';
import { runCases } from '../../../scripts/eval/run';
import { useHarness, type Launch } from '../harness';

export function evalScenarios(browserName: string, launch: Launch): void {
  describe(`${browserName}: labelled pages in nine languages`, () => {
    const h = useHarness(browserName, launch);
    it('meets the coverage targets: topic decisions, recall per language, no lookalike highlights', async () => {
      const pack = loadCompiledPack();
      const cases = loadCases(join(ROOT, 'tests/eval/set'), new Set(pack.entities.map((e) => e.id)));
      const report = scoreResults(await runCases(h.driver, `${h.origin}/eval/`, cases));
      console.log(`${browserName}: ${cases.length} labelled pages\n${formatTable(report)}`);
      expect(report.failures.filter((f) => !f.problem.startsWith('not highlighted'))).toEqual([]);
      expect(missedTargets(report)).toEqual([]);
    }, 300_000);
  });
}
