/** Checks that a cited passage is verbatim article text of a known source. */
import type { IssueList, PackFileKey } from './errors';
import { locateVerbatim } from './seed-text';
import type { SeedIndex } from './sources';
import type { Span } from './types';

/**
 * Returns the span of `quote` in the source's seed, or null after recording why
 * not. `at` is the JSON path of the object holding `source` and `quote`.
 */
export function verifyQuote(
  index: SeedIndex,
  sourceId: string,
  quote: string,
  fileKey: PackFileKey,
  at: ReadonlyArray<PropertyKey>,
  issues: IssueList,
): Span | null {
  const seed = index.get(sourceId);
  if (!seed) {
    issues.add(fileKey, [...at, 'source'], `unknown source id "${sourceId}"`);
    return null;
  }
  const located = locateVerbatim(seed.text, quote, seed.furniture);
  if (located.ok) return located.span;
  const reason =
    located.reason === 'not-found'
      ? `not found verbatim in seeds/${seed.file}`
      : `falls inside page furniture of seeds/${seed.file}, not article text`;
  issues.add(fileKey, [...at, 'quote'], reason);
  return null;
}
