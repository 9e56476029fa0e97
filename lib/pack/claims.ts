/** Claims: verified citations, and the counts and statuses computed from them. */
import type { IssueList } from './errors';
import { inSourceOrder, type SeedIndex } from './sources';
import type { AuthoredClaim, ClaimStatus, CompiledCitation, CompiledClaim, EntityId, SourceId } from './types';
import { verifyQuote } from './verify';

export type Side = { position: string; sourceIds: SourceId[] };

export function compileClaims(
  claims: AuthoredClaim[],
  entityIds: ReadonlySet<EntityId>,
  index: SeedIndex,
  issues: IssueList,
): CompiledClaim[] {
  const seen = new Set<string>();
  return claims.map((claim, i) => {
    const at = ['claims', i] as const;
    if (seen.has(claim.id)) issues.add('claims', [...at, 'id'], `duplicate claim id "${claim.id}"`);
    seen.add(claim.id);
    claim.entities.forEach((e, k) => {
      if (!entityIds.has(e)) issues.add('claims', [...at, 'entities', k], `unknown entity id "${e}"`);
    });
    if (claim.speaker.kind === 'person' && !entityIds.has(claim.speaker.entity)) {
      issues.add('claims', [...at, 'speaker', 'entity'], `unknown entity id "${claim.speaker.entity}"`);
    }

    const citations: CompiledCitation[] = [];
    claim.citations.forEach((c, k) => {
      const cat = [...at, 'citations', k];
      const span = verifyQuote(index, c.source, c.quote, 'claims', cat, issues);
      if (c.position !== undefined && !c.quote.includes(c.position)) {
        issues.add('claims', [...cat, 'position'], `"${c.position}" is not a substring of the quote`);
      }
      if (claim.differsOn && c.position === undefined) {
        issues.add('claims', [...cat, 'position'], 'a claim that differsOn needs a position on every citation');
      }
      if (!claim.differsOn && c.position !== undefined) {
        issues.add('claims', [...cat, 'position'], 'positions are only for claims that set differsOn');
      }
      if (span) citations.push({ ...c, span });
    });

    const sides = computeSides(claim, index);
    if (claim.differsOn && sides.length < 2) {
      issues.add('claims', [...at, 'differsOn'], `needs at least 2 distinct positions, found ${sides.length}`);
    }
    const sourceIds = inSourceOrder(
      claim.citations.map((c) => c.source).filter((s) => index.has(s)),
      index,
    );
    return {
      id: claim.id,
      label: claim.label,
      entities: claim.entities,
      speaker: claim.speaker,
      citations,
      sourceIds,
      sourceCount: sourceIds.length,
      status: claimStatus(sides.length, sourceIds.length),
      differsOn: claim.differsOn ?? null,
      sides: sides.length >= 2 ? sides : [],
    };
  });
}

export function claimStatus(distinctPositions: number, sourceCount: number): ClaimStatus {
  if (distinctPositions >= 2) return 'differs';
  return sourceCount >= 2 ? 'agreed' : 'single-source';
}

/** Distinct positions in the order first cited, each with its sources in pack order. */
function computeSides(claim: AuthoredClaim, index: SeedIndex): Side[] {
  const bySide = new Map<string, SourceId[]>();
  for (const c of claim.citations) {
    if (c.position === undefined) continue;
    const list = bySide.get(c.position) ?? [];
    list.push(c.source);
    bySide.set(c.position, list);
  }
  return [...bySide].map(([position, ids]) => ({ position, sourceIds: inSourceOrder(ids, index) }));
}
