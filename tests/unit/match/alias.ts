import type { MatcherAlias } from '../../../lib/match/types';

/** A matcher alias for tests: case-insensitive and unambiguous unless `extra` says otherwise. */
export const alias = (entityId: string, text: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  entityId,
  text,
  caseSensitive: false,
  ambiguous: false,
  ...extra,
});
