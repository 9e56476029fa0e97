/**
 * Pack errors name the authored file, the JSON path inside it and the reason,
 * so a failing build reads like `data/claims.json: claims[3].citations[0].quote: …`.
 */

export type PackFileKey = 'sources' | 'entities' | 'claims' | 'quotes' | 'summary' | 'relevance';

/** Where each part of the authored pack lives on disk (paths relative to the repo). */
export const PACK_FILES: Record<PackFileKey, string> = {
  sources: 'data/sources.json',
  entities: 'data/entities.json',
  claims: 'data/claims.json',
  quotes: 'data/quotes.json',
  summary: 'data/summary.json',
  relevance: 'data/relevance.json',
};

export interface PackIssue {
  file: string;
  /** JSON path such as `claims[12].citations[0].quote` (empty for the whole file). */
  path: string;
  reason: string;
}

export function formatIssue(issue: PackIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.reason}` : `${issue.file}: ${issue.reason}`;
}

/** Thrown with every problem found, not just the first, so one build run shows them all. */
export class PackError extends Error {
  readonly issues: PackIssue[];

  constructor(issues: PackIssue[]) {
    super(`knowledge pack has ${issues.length} error(s):\n` + issues.map(formatIssue).join('\n'));
    this.name = 'PackError';
    this.issues = issues;
  }
}

/** Turns a key path (`['claims', 12, 'quote']`) into `claims[12].quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Collects issues for one compile run; each file key maps to its file name. */
export class IssueList {
  readonly items: PackIssue[] = [];

  add(fileKey: PackFileKey, path: ReadonlyArray<PropertyKey>, reason: string): void {
    this.items.push({ file: PACK_FILES[fileKey], path: formatPath(path), reason });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new PackError(this.items);
  }
}
