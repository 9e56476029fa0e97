/**
 * A small hand-made compiled pack: three sources, a few entities, one claim
 * of each status, a multi-wording quote and a single-source quote. Numbers are
 * consistent with each other (as `npm run pack` would compute them).
 */
import type {
  CompiledClaim,
  CompiledEntity,
  CompiledPack,
  CompiledSource,
  EntityKind,
} from '@/lib/pack/types';

function source(id: string, label: string, date: CompiledSource['date'], extra: Partial<CompiledSource> = {}): CompiledSource {
  return {
    id,
    file: `${id}.txt`,
    sha256: '0'.repeat(64),
    title: label,
    date,
    style: 'news-report',
    attributions: [],
    furniture: [],
    label,
    chars: 1000,
    furnitureSpans: [],
    ...extra,
  };
}

function entity(id: string, kind: EntityKind, name: string, sourceIds: string[], claimIds: string[], extra: Partial<CompiledEntity> = {}): CompiledEntity {
  return {
    id,
    kind,
    name,
    description: `${name} in this story.`,
    descriptionClaims: [],
    aliases: [{ text: name, caseSensitive: false, ambiguous: false }],
    notMatching: [],
    everyday: false,
    mentions: sourceIds.map((source) => ({ source, spans: [[0, name.length]] })),
    sourceIds,
    claimIds,
    quoteGroupIds: [],
    ...extra,
  };
}

function claim(id: string, label: string, quotes: Array<[string, string, string?]>, extra: Partial<CompiledClaim> = {}): CompiledClaim {
  const sourceIds = [...new Set(quotes.map(([s]) => s))];
  return {
    id,
    label,
    entities: [],
    speaker: { kind: 'narration' },
    citations: quotes.map(([s, quote, position]) => ({
      source: s,
      quote,
      span: [0, quote.length],
      ...(position ? { position } : {}),
    })),
    sourceIds,
    sourceCount: sourceIds.length,
    status: sourceIds.length > 1 ? 'agreed' : 'single-source',
    differsOn: null,
    sides: [],
    ...extra,
  };
}

export const fixturePack: CompiledPack = {
  formatVersion: 1,
  totalSources: 3,
  sources: [
    source('s1', 'Talks in Berlin end', { text: '15 December 2025', kind: 'dateline', iso: '2025-12-15' }, {
      style: 'wire-rewrite',
      attributions: ['Reuters reported'],
    }),
    source('s2', 'Peace closer than ever?', { text: 'date 2025-12-16', kind: 'metadata-line', iso: '2025-12-16' }, {
      style: 'tabloid',
    }),
    source('s3', 'A PEACE deal to end the war', { text: null, kind: 'none', iso: null }, {
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
      ['s1', 'a deal is closer than ever'],
      ['s2', 'closer now than we have been, ever'],
      ['s3', 'appears to be closer than ever'],
    ], { entities: ['trump', 'berlin'] }),
    claim('c-guarantees', 'The US offered security guarantees', [
      ['s1', 'security guarantees for Kyiv'],
    ], { entities: ['guarantees'] }),
    claim('c-troops', 'How many troops Ukraine may keep', [
      ['s1', 'an army of up to 800,000', '800,000'],
      ['s2', 'a force of 600,000 soldiers', '600,000'],
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
      ['s2', 'territory remains the sticking point'],
    ]),
  ],
  quotes: [
    {
      id: 'q-closer',
      speaker: 'trump',
      label: 'Closer than ever',
      variants: [
        { text: 'closer now than we have been, ever', sourceIds: ['s2', 's3'], spans: [] },
        { text: 'closer than ever', sourceIds: ['s1'], spans: [] },
      ],
      sourceIds: ['s1', 's2', 's3'],
      sourceCount: 3,
      singleSource: false,
    },
    {
      id: 'q-land',
      speaker: 'zelensky',
      label: 'No land for peace',
      variants: [{ text: 'we will not give up our land', sourceIds: ['s2'], spans: [] }],
      sourceIds: ['s2'],
      sourceCount: 1,
      singleSource: true,
    },
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
