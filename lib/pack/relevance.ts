/** Relevance: checks data/relevance.json against the entities and flattens tiers into weights. */
import type { IssueList } from './errors';
import type { AuthoredEntity, AuthoredRelevance, CompiledRelevance } from './types';

export function compileRelevance(authored: AuthoredRelevance, entities: AuthoredEntity[], issues: IssueList): CompiledRelevance {
  const tiers = new Map<string, number>();
  authored.tiers.forEach((tier, i) => {
    if (tiers.has(tier.id)) issues.add('relevance', ['relevance', 'tiers', i, 'id'], `duplicate tier id "${tier.id}"`);
    tiers.set(tier.id, tier.weight);
  });
  const known = new Set(entities.map((e) => e.id));
  const weights: Record<string, number> = {};
  for (const [entityId, tier] of Object.entries(authored.entities)) {
    const at = ['relevance', 'entities', entityId];
    if (!known.has(entityId)) issues.add('relevance', at, `unknown entity id "${entityId}"`);
    const weight = tiers.get(tier);
    if (weight === undefined) issues.add('relevance', at, `unknown tier "${tier}" (tiers: ${[...tiers.keys()].join(', ')})`);
    else weights[entityId] = weight;
  }
  authored.anchors.entities.forEach((entityId, i) => {
    if (!known.has(entityId)) issues.add('relevance', ['relevance', 'anchors', 'entities', i], `unknown entity id "${entityId}"`);
  });
  // Every entity needs a weight: a new entity must not silently count zero.
  for (const id of known) {
    if (!(id in authored.entities)) issues.add('relevance', ['relevance', 'entities'], `entity "${id}" has no tier`);
  }
  return {
    threshold: authored.threshold.value,
    ambiguousFactor: authored.aliasFactors.ambiguous,
    lookalikeFactor: authored.aliasFactors.lookalike,
    closeWindowChars: authored.close.windowChars,
    closeFactor: authored.close.factor,
    confirmPoints: authored.confirm.points,
    anchors: authored.anchors.entities,
    weights,
  };
}
