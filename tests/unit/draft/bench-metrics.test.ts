/** The draft benchmark's measures on tiny hand-made packs, so each count is known. */
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../lib/draft/bench-metrics';
import type { AuthoredEntity, AuthoredPack } from '../../../lib/pack/types';

const TEXT = 'Mayor Ingrid Solberg backed the tram. The council voted 28 to 19. Critics want a judicial review.';
const texts = new Map([['s000', TEXT], ['s001', 'The council voted 28 to 19 after a long debate. Solberg was pleased.']]);
const entity = (id: string, aliases: string[]): AuthoredEntity =>
  ({ id, kind: 'concept', name: id, description: 'x', descriptionClaims: ['c'], aliases });
const pack = (entities: AuthoredEntity[], claims: AuthoredPack['claims']): AuthoredPack =>
  ({ sources: [], entities, claims, quotes: [], summary: undefined as never, relevance: undefined as never });
const claim = (id: string, cites: Array<[string, string]>) =>
  ({ id, label: id, entities: [], speaker: { kind: 'narration' as const }, citations: cites.map(([source, quote]) => ({ source, quote })) });

const curated = pack(
  [entity('solberg', ['Ingrid Solberg', 'Solberg']), entity('review', ['judicial review']), entity('tram', ['tram'])],
  [claim('vote', [['s000', 'The council voted 28 to 19.'], ['s001', 'The council voted 28 to 19 after a long debate.']]),
   claim('review', [['s000', 'Critics want a judicial review.']])],
);
const draft = pack(
  [entity('ingrid-solberg', ['Ingrid Solberg']), entity('a-judicial-review', ['a judicial review']), entity('debate', ['long debate'])],
  [claim('d1', [['s000', 'The council voted 28 to 19.'], ['s001', 'The council voted 28 to 19 after a long debate.']])],
);
const score = scoreDraft(draft, curated, texts);

describe('scoreDraft', () => {
  it.each([
    ['entity recall counts exact alias matches only', score.entityRecall, { hit: 1, of: 3 }],
    ['highlight recall also counts a mention covered by half or more', score.highlightRecall, { hit: 2, of: 3 }],
    ['alias recall is over the curated aliases found in the texts', score.aliasRecall, { hit: 1, of: 4 }],
    ['only multi-source curated claims count for alignment', score.claimsAligned, { hit: 1, of: 1 }],
    ['drafted multi-source claims matching a curated one', score.claimPrecision, { hit: 1, of: 1 }],
    ['drafted entities matching a curated alias', score.entityPrecision, { hit: 1, of: 3 }],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
