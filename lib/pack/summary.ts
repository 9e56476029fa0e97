/** The popup's summary: every line backed by claims, its sources computed from theirs. */
import type { IssueList } from './errors';
import { inSourceOrder, type SeedIndex } from './sources';
import type {
  AuthoredSource,
  AuthoredSummary,
  AuthoredSummaryItem,
  ClaimId,
  CompiledClaim,
  CompiledDifference,
  CompiledSummary,
  CompiledSummaryItem,
} from './types';

export function compileSummary(
  summary: AuthoredSummary,
  claims: ReadonlyMap<ClaimId, CompiledClaim>,
  sources: AuthoredSource[],
  index: SeedIndex,
  issues: IssueList,
): CompiledSummary {
  const item = (it: AuthoredSummaryItem, path: PropertyKey[]): CompiledSummaryItem => {
    if (it.claims.length === 0) issues.add('summary', [...path, 'claims'], 'a summary item needs at least one claim');
    it.claims.forEach((id, k) => {
      if (!claims.has(id)) issues.add('summary', [...path, 'claims', k], `unknown claim id "${id}"`);
    });
    const sourceIds = inSourceOrder(
      it.claims.flatMap((id) => claims.get(id)?.sourceIds ?? []),
      index,
    );
    return { label: it.label, claims: it.claims, sourceIds, sourceCount: sourceIds.length };
  };

  const difference = (it: AuthoredSummaryItem, k: number): CompiledDifference => {
    const path = ['summary', 'differences', k];
    const base = item(it, path);
    const found = it.claims.map((id) => claims.get(id)).filter((c) => c !== undefined);
    found.forEach((c) => {
      if (c.status !== 'differs') {
        issues.add('summary', [...path, 'claims', it.claims.indexOf(c.id)], `claim "${c.id}" is ${c.status}, not differs`);
      }
    });
    const axes = new Set(found.map((c) => c.differsOn));
    const sides = new Map<string, string[]>();
    for (const c of found) {
      for (const side of c.sides) sides.set(side.position, [...(sides.get(side.position) ?? []), ...side.sourceIds]);
    }
    return {
      ...base,
      sides: [...sides].map(([position, ids]) => ({ position, sourceIds: inSourceOrder(ids, index) })),
      differsOn: axes.size === 1 ? (found[0]?.differsOn ?? null) : null,
    };
  };

  const isoDates = sources.map((s) => s.date.iso).filter((d): d is string => d !== null).sort();
  return {
    headline: item(summary.headline, ['summary', 'headline']),
    keyPoints: summary.keyPoints.map((it, k) => item(it, ['summary', 'keyPoints', k])),
    agreements: summary.agreements.map((it, k) => item(it, ['summary', 'agreements', k])),
    differences: summary.differences.map(difference),
    openQuestions: summary.openQuestions.map((it, k) => item(it, ['summary', 'openQuestions', k])),
    dateRange: { from: isoDates[0] ?? null, to: isoDates[isoDates.length - 1] ?? null },
  };
}
