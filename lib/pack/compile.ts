/**
 * compilePack: authored pack + seed texts → compiled pack. Pure (no fs), so the
 * build script and the tests run exactly the same checks. Collects every problem
 * and throws one PackError listing them all.
 */
import { compileClaims } from './claims';
import { IssueList } from './errors';
import { findMentions, mentionSourceIds, resolveAliases, type MatcherFactory } from './entities';
import { compileQuotes } from './quotes';
import { compileRelevance } from './relevance';
import type { SeedFile } from './seed-text';
import { compileSources } from './sources';
import { compileSummary } from './summary';
import type { AuthoredPack, ClaimId, CompiledClaim, CompiledEntity, CompiledPack } from './types';

export type { MatcherFactory } from './entities';
export type { SeedFile } from './seed-text';

export function compilePack(
  authored: AuthoredPack,
  seeds: Record<string, SeedFile>,
  makeMatcher: MatcherFactory,
): CompiledPack {
  const issues = new IssueList();
  const { sources, index } = compileSources(authored.sources, seeds, issues);
  const entityIds = new Set(authored.entities.map((e) => e.id));
  const claims = compileClaims(authored.claims, entityIds, index, issues);
  const claimsById = new Map<ClaimId, CompiledClaim>(claims.map((c) => [c.id, c]));
  const quotes = compileQuotes(authored.quotes, entityIds, index, issues);

  const aliases = resolveAliases(authored.entities, issues);
  const mentions = findMentions(authored.entities, aliases, index, makeMatcher);
  const entities: CompiledEntity[] = authored.entities.map((e, i) => {
    e.descriptionClaims.forEach((id, k) => {
      const claim = claimsById.get(id);
      const at = ['entities', i, 'descriptionClaims', k];
      if (!claim) issues.add('entities', at, `unknown claim id "${id}"`);
      else if (!claim.entities.includes(e.id)) issues.add('entities', at, `claim "${id}" is not about "${e.id}"`);
    });
    const found = mentions.get(e.id) ?? [];
    const sourceIds = mentionSourceIds(found, index);
    if (sourceIds.length === 0) {
      issues.add('entities', ['entities', i, 'aliases'], `no alias of "${e.id}" occurs in the article text of any seed`);
    }
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      description: e.description,
      descriptionClaims: e.descriptionClaims,
      aliases: aliases[i] ?? [],
      notMatching: e.notMatching ?? [],
      everyday: e.everyday ?? false,
      mentions: found,
      sourceIds,
      claimIds: claimsAbout(e.id, claims),
      quoteGroupIds: quotes.filter((q) => q.speaker === e.id).map((q) => q.id),
    };
  });

  const summary = compileSummary(authored.summary, claimsById, authored.sources, index, issues);
  const relevance = compileRelevance(authored.relevance, authored.entities, issues);
  issues.throwIfAny();
  return { formatVersion: 1, relevance, sources, entities, claims, quotes, summary, totalSources: sources.length };
}

/** Claims about an entity, most-supported first; ties keep the authored order. */
function claimsAbout(entityId: string, claims: CompiledClaim[]): ClaimId[] {
  return claims
    .map((claim, order) => ({ claim, order }))
    .filter(({ claim }) => claim.entities.includes(entityId))
    .sort((a, b) => b.claim.sourceCount - a.claim.sourceCount || a.order - b.order)
    .map(({ claim }) => claim.id);
}
