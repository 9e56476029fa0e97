/**
 * What the content script needs from the pack on every page: each entity's
 * kind, which entities are everyday news, and the relevance model. The
 * pack's text (descriptions, claims, quotes) is not here: it loads with the
 * fact panel, on first use (docs/decisions/008-what-loads-on-every-page.md).
 */
import type { CompiledPack, CompiledRelevance, EntityKind } from './types';

export interface PageModel {
  kinds: Record<string, EntityKind>;
  /** Entities that don't count toward the topic decision (see `AuthoredEntity.everyday`). */
  everyday: string[];
  relevance: CompiledRelevance;
}

export function pageModel(pack: Pick<CompiledPack, 'entities' | 'relevance'>): PageModel {
  const kinds: Record<string, EntityKind> = {};
  const everyday: string[] = [];
  for (const entity of pack.entities) {
    kinds[entity.id] = entity.kind;
    if (entity.everyday) everyday.push(entity.id);
  }
  return { kinds, everyday, relevance: pack.relevance };
}
