/** Flattens the compiled pack into what the matcher and page engine need. */
import type { MatcherAlias } from '../match/types';
import type { CompiledPack, CompiledRelevance, EntityKind } from './types';

export interface MatcherInput {
  aliases: MatcherAlias[];
  notMatching: Array<{ entityId: string; text: string }>;
  kinds: Record<string, EntityKind>;
  /** Entities that don't count toward the topic decision (see `AuthoredEntity.everyday`). */
  everydayEntities: Set<string>;
  relevance: CompiledRelevance;
}

export function matcherInput(pack: Pick<CompiledPack, 'entities' | 'relevance'>): MatcherInput {
  const aliases: MatcherAlias[] = [];
  const notMatching: MatcherInput['notMatching'] = [];
  const kinds: Record<string, EntityKind> = {};
  const everydayEntities = new Set<string>();
  for (const entity of pack.entities) {
    kinds[entity.id] = entity.kind;
    if (entity.everyday) everydayEntities.add(entity.id);
    for (const alias of entity.aliases) aliases.push({ entityId: entity.id, ...alias });
    for (const text of entity.notMatching) notMatching.push({ entityId: entity.id, text });
  }
  return { aliases, notMatching, kinds, everydayEntities, relevance: pack.relevance };
}
