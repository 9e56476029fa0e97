/**
 * What pages match when stories other than the bundled one are enabled: the
 * aliases of every enabled story in one set of matcher tables (entity ids
 * qualified, ids.ts), each story's relevance model, and one every-page quick
 * check per story. Made when the enabled set changes (store.ts), never on a
 * page. Pure.
 */
import { compileMatcherTables } from '../match/matcher';
import { quickCheckData } from '../match/quick-check-data';
import { matcherInput } from '../pack/matcher-input';
import type { CompiledRelevance, EntityKind } from '../pack/types';
import { qualify } from './ids';
import { RUNTIME_VERSION, type EngineData, type GateData, type LibraryStory, type StoryModel } from './types';

export interface Runtime {
  engine: EngineData;
  gate: GateData;
}

function qualifiedRelevance(relevance: CompiledRelevance, q: (id: string) => string): CompiledRelevance {
  return {
    ...relevance,
    anchors: relevance.anchors.map(q),
    weights: Object.fromEntries(Object.entries(relevance.weights).map(([id, w]) => [q(id), w])),
  };
}

export function buildRuntime(stories: readonly LibraryStory[]): Runtime {
  const aliases: Parameters<typeof compileMatcherTables>[0] = [];
  const notMatching: Array<{ entityId: string; text: string }> = [];
  const kinds: Record<string, EntityKind> = {};
  const models: StoryModel[] = [];
  const storyOf = new Map<string, string>();
  const checks: GateData['checks'] = [];
  for (const story of stories) {
    const q = (id: string) => qualify(story.bundled ? null : story.header.id, id);
    const input = matcherInput(story.pack);
    const own = input.aliases.map((a) => ({ ...a, entityId: q(a.entityId) }));
    const relevance = qualifiedRelevance(input.relevance, q);
    const everyday = [...input.everydayEntities].map(q);
    aliases.push(...own);
    notMatching.push(...input.notMatching.map((n) => ({ ...n, entityId: q(n.entityId) })));
    for (const [id, kind] of Object.entries(input.kinds)) {
      kinds[q(id)] = kind;
      storyOf.set(q(id), story.header.id);
    }
    models.push({ id: story.header.id, everyday, relevance });
    checks.push(quickCheckData(own, new Set(everyday), relevance));
  }
  const tables = compileMatcherTables(aliases, { notMatching, storyOf: (id) => storyOf.get(id) ?? '' });
  return {
    engine: { version: RUNTIME_VERSION, tables, kinds, stories: models },
    gate: { version: RUNTIME_VERSION, checks },
  };
}
