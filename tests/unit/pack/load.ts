/** Loads the real authored pack and seeds for the pack tests. */
import { compileMatcher } from '../../../lib/match/matcher';
import { compilePack } from '../../../lib/pack/compile';
import { parseAuthoredPack } from '../../../lib/pack/schema';
import type { PackFileKey } from '../../../lib/pack/errors';
import type { AuthoredPack, CompiledPack } from '../../../lib/pack/types';
import { readAuthoredFiles, readSeeds } from '../../../scripts/pack-io';

export const seeds = readSeeds();

export function loadAuthored(): AuthoredPack {
  const { files, issues } = readAuthoredFiles();
  if (issues.length > 0) throw new Error(issues.map((i) => i.reason).join('\n'));
  return parseAuthoredPack(files);
}

/** Splits a pack back into the per-file JSON shapes, as `npm run pack` would read them. */
export function toFiles(pack: AuthoredPack): Record<PackFileKey, unknown> {
  return {
    sources: { sources: pack.sources },
    entities: { entities: pack.entities },
    claims: { claims: pack.claims },
    quotes: { quotes: pack.quotes },
    summary: { summary: pack.summary },
    relevance: { relevance: pack.relevance },
  };
}

/** The full build path minus the disk: schema, then compile with the real matcher. */
export function build(pack: AuthoredPack, seedFiles = seeds): CompiledPack {
  return compilePack(parseAuthoredPack(toFiles(pack)), seedFiles, compileMatcher);
}
