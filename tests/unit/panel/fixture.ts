/**
 * A small hand-made compiled pack for the panel's tests: five sources, a
 * person with a quote worded differently by two sources, a concept with a
 * claim the sources differ on, and an entity only one source mentions.
 * Spans are placeholders; the panel never reads them.
 */
import type { CompiledClaim, CompiledPack, CompiledSource, Speaker } from '../../../lib/pack/types';

function source(id: string, label: string, dateText: string | null): CompiledSource {
  return {
    id,
    file: `${id}.txt`,
    sha256: '0'.repeat(64),
    title: label,
    date: { text: dateText, kind: dateText ? 'dateline' : 'none', iso: null },
    style: 'news-report',
    attributions: [],
    furniture: [],
    label,
    chars: 1000,
    furnitureSpans: [],
  };
}

const narration: Speaker = { kind: 'narration' };

function claim(partial: Pick<CompiledClaim, 'id' | 'label' | 'entities' | 'citations'> & Partial<CompiledClaim>): CompiledClaim {
  const sourceIds = [...new Set(partial.citations.map((c) => c.source))];
  return {
    speaker: narration,
    sourceIds,
    sourceCount: sourceIds.length,
    status: sourceIds.length > 1 ? 'agreed' : 'single-source',
    differsOn: null,
    sides: [],
    ...partial,
  };
}

export const SOURCES = [
  source('s0', 'Peace Deal Closer Than Ever Amid Berlin Talks', 'Feb 6, 2026'),
  source('s1', 'Trump Says Ukraine Peace Deal Is Closer Than Ever', null),
  source('s2', 'Agreement closer than ever after Berlin talks', '2025-12-16'),
  source('s3', 'A PEACE deal to end the bloody war', 'today'),
  source('s4', 'US President Donald Trump has said', '16 December 2025'),
];

const troops = claim({
  id: 'c-troops',
  label: 'Size of the Russian force',
  entities: ['russian-army'],
  citations: [
    { source: 's0', quote: 'around 800,000 troops', position: 'around 800,000', span: [0, 1] },
    { source: 's2', quote: 'some 800,000 soldiers, around 800,000', position: 'around 800,000', span: [0, 1] },
    { source: 's3', quote: 'up to 800,000 men', position: 'up to 800,000', span: [0, 1] },
  ],
  status: 'differs',
  differsOn: 'number',
  sides: [
    { position: 'up to 800,000', sourceIds: ['s3'] },
    { position: 'around 800,000', sourceIds: ['s0', 's2'] },
  ],
});

const closer = claim({
  id: 'c-closer',
  label: 'Trump said a deal is closer than ever',
  entities: ['trump'],
  speaker: { kind: 'person', entity: 'trump' },
  citations: [
    { source: 's0', quote: 'is "closer now than we have been ever,"', span: [0, 1] },
    { source: 's1', quote: 'is “closer than ever.”', span: [0, 1] },
    { source: 's4', quote: 'closer than ever', span: [0, 1] },
  ],
});

const oval = claim({
  id: 'c-oval',
  label: 'Trump spoke in the Oval Office',
  entities: ['trump'],
  citations: [{ source: 's4', quote: 'Trump told reporters at the Oval Office', span: [0, 1] }],
});

const dinner = claim({
  id: 'c-dinner',
  label: 'Kushner attended a dinner with Witkoff',
  entities: ['kushner'],
  citations: [{ source: 's4', quote: 'a dinner between Witkoff and Kushner', span: [0, 1] }],
});

export const PACK: CompiledPack = {
  formatVersion: 1,
  totalSources: 5,
  sources: SOURCES,
  entities: [
    {
      id: 'trump',
      kind: 'person',
      name: 'Donald Trump',
      description: 'President of the United States, who said a deal was closer than ever.',
      descriptionClaims: ['c-closer'],
      aliases: [{ text: 'Trump', caseSensitive: false, ambiguous: false }],
      notMatching: [],
      everyday: false,
      mentions: [],
      sourceIds: ['s0', 's1', 's2', 's3', 's4'],
      // Deliberately least-supported first: the panel must order by support.
      claimIds: ['c-oval', 'c-closer'],
      quoteGroupIds: ['q-closer'],
    },
    {
      id: 'russian-army',
      kind: 'organisation',
      name: 'Russian armed forces',
      description: 'The military force whose size the sources report differently.',
      descriptionClaims: ['c-troops'],
      aliases: [],
      notMatching: [],
      everyday: false,
      mentions: [],
      sourceIds: ['s0', 's2', 's3'],
      claimIds: ['c-troops'],
      quoteGroupIds: [],
    },
    {
      id: 'kushner',
      kind: 'person',
      name: 'Jared Kushner',
      description: "Trump's son-in-law, part of the US delegation.",
      descriptionClaims: ['c-dinner'],
      aliases: [],
      notMatching: [],
      everyday: false,
      mentions: [],
      sourceIds: ['s4'],
      claimIds: ['c-dinner', 'c-missing'],
      quoteGroupIds: [],
    },
  ],
  claims: [troops, closer, oval, dinner],
  quotes: [
    {
      id: 'q-closer',
      speaker: 'trump',
      label: 'Closer than ever',
      variants: [
        { text: 'closer now than we have been ever', sourceIds: ['s0'], spans: [] },
        { text: 'I think we’re closer now than we have been, ever', sourceIds: ['s4'], spans: [] },
      ],
      sourceIds: ['s0', 's4'],
      sourceCount: 2,
      singleSource: false,
    },
  ],
  summary: {
    headline: { label: 'h', claims: [], sourceIds: [], sourceCount: 0 },
    keyPoints: [],
    agreements: [],
    differences: [],
    openQuestions: [],
    dateRange: { from: null, to: null },
  },
};
