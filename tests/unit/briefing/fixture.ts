/**
 * A small hand-made compiled pack: three sources, a few entities, one claim
 * of each status, a multi-wording quote and a single-source quote. Numbers are
 * consistent with each other (as `npm run pack` would compute them).
 */
import type { CompiledPack } from '@/lib/pack/types';
import { cite, claim, dateline, entity, quoteGroup, source, UNDATED, relevance } from '../fixtures/pack-builders';

export const fixturePack: CompiledPack = {
  formatVersion: 1,
  relevance: relevance(),
  totalSources: 3,
  sources: [
    source('s1', 'Talks in Berlin end', dateline('15 December 2025', '2025-12-15'), {
      style: 'wire-rewrite',
      attributions: ['Reuters reported'],
    }),
    source('s2', 'Peace closer than ever?', { text: 'date 2025-12-16', kind: 'metadata-line', iso: '2025-12-16' }, {
      style: 'tabloid',
    }),
    source('s3', 'A PEACE deal to end the war', UNDATED, {
      title: null,
      style: 'aggregator-rewrite',
    }),
  ],
  entities: [
    entity('trump', 'person', 'Donald Trump', ['s1', 's2', 's3'], ['c-closer', 'c-troops']),
    entity('berlin', 'place', 'Berlin', ['s1', 's2'], ['c-closer']),
    entity('guarantees', 'concept', 'security guarantees', ['s1', 's3'], ['c-guarantees']),
    entity('zelensky', 'person', 'Volodymyr Zelensky', ['s2'], []),
  ],
  claims: [
    claim('c-closer', 'Trump says a deal is closer than ever', [
      cite('s1', 'a deal is closer than ever'),
      cite('s2', 'closer now than we have been, ever'),
      cite('s3', 'appears to be closer than ever'),
    ], { entities: ['trump', 'berlin'] }),
    claim('c-guarantees', 'The US offered security guarantees', [
      cite('s1', 'security guarantees for Kyiv'),
    ], { entities: ['guarantees'] }),
    claim('c-troops', 'How many troops Ukraine may keep', [
      cite('s1', 'an army of up to 800,000', '800,000'),
      cite('s2', 'a force of 600,000 soldiers', '600,000'),
    ], {
      entities: ['trump'],
      status: 'differs',
      differsOn: 'number',
      sides: [
        { position: '800,000', sourceIds: ['s1'] },
        { position: '600,000', sourceIds: ['s2'] },
      ],
    }),
    claim('c-territory', 'Whether Ukraine must cede territory', [
      cite('s2', 'territory remains the sticking point'),
    ]),
  ],
  quotes: [
    quoteGroup('q-closer', 'trump', 'Closer than ever', [
      ['closer now than we have been, ever', ['s2', 's3']],
      ['closer than ever', ['s1']],
    ]),
    quoteGroup('q-land', 'zelensky', 'No land for peace', [['we will not give up our land', ['s2']]]),
  ],
  summary: {
    headline: { label: 'Trump says a Ukraine peace deal is closer than ever', claims: ['c-closer'], sourceIds: ['s1', 's2', 's3'], sourceCount: 3 },
    keyPoints: [
      { label: 'A deal is closer than ever', claims: ['c-closer'], sourceIds: ['s1', 's2', 's3'], sourceCount: 3 },
      { label: 'Security guarantees were offered', claims: ['c-guarantees'], sourceIds: ['s1'], sourceCount: 1 },
    ],
    agreements: [
      { label: 'Talks made progress', claims: ['c-closer'], sourceIds: ['s1', 's2', 's3'], sourceCount: 3 },
    ],
    differences: [
      {
        label: 'Size of Ukraine’s army',
        claims: ['c-troops'],
        sourceIds: ['s1', 's2'],
        sourceCount: 2,
        differsOn: 'number',
        sides: [
          { position: '800,000', sourceIds: ['s1'] },
          { position: '600,000', sourceIds: ['s2'] },
        ],
      },
    ],
    openQuestions: [
      { label: 'Will Ukraine cede territory?', claims: ['c-territory'], sourceIds: ['s2'], sourceCount: 1 },
    ],
    dateRange: { from: '2025-12-15', to: '2025-12-16' },
  },
};
