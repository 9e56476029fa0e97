/**
 * A small hand-made compiled pack for the panel's tests: five sources, a
 * person with a quote worded differently by two sources, a concept with a
 * claim the sources differ on, and an entity only one source mentions.
 * Spans are placeholders; the panel never reads them.
 */
import type { CompiledPack } from '../../../lib/pack/types';
import { claim, dateline, emptySummary, entity, quoteGroup, source, relevance } from '../fixtures/pack-builders';

export const SOURCES = [
  source('s0', 'Peace Deal Closer Than Ever Amid Berlin Talks', dateline('Feb 6, 2026')),
  source('s1', 'Trump Says Ukraine Peace Deal Is Closer Than Ever'),
  source('s2', 'Agreement closer than ever after Berlin talks', dateline('2025-12-16')),
  source('s3', 'A PEACE deal to end the bloody war', dateline('today')),
  source('s4', 'US President Donald Trump has said', dateline('16 December 2025')),
];

const troops = claim('c-troops', 'Size of the Russian force', [
  { source: 's0', quote: 'around 800,000 troops', position: 'around 800,000', span: [0, 1] },
  { source: 's2', quote: 'some 800,000 soldiers, around 800,000', position: 'around 800,000', span: [0, 1] },
  { source: 's3', quote: 'up to 800,000 men', position: 'up to 800,000', span: [0, 1] },
], {
  entities: ['russian-army'],
  status: 'differs',
  differsOn: 'number',
  sides: [
    { position: 'up to 800,000', sourceIds: ['s3'] },
    { position: 'around 800,000', sourceIds: ['s0', 's2'] },
  ],
});

const closer = claim('c-closer', 'Trump said a deal is closer than ever', [
  { source: 's0', quote: 'is "closer now than we have been ever,"', span: [0, 1] },
  { source: 's1', quote: 'is “closer than ever.”', span: [0, 1] },
  { source: 's4', quote: 'closer than ever', span: [0, 1] },
], {
  entities: ['trump'],
  speaker: { kind: 'person', entity: 'trump' },
});

const oval = claim('c-oval', 'Trump spoke in the Oval Office', [
  { source: 's4', quote: 'Trump told reporters at the Oval Office', span: [0, 1] },
], { entities: ['trump'] });

const dinner = claim('c-dinner', 'Kushner attended a dinner with Witkoff', [
  { source: 's4', quote: 'a dinner between Witkoff and Kushner', span: [0, 1] },
], { entities: ['kushner'] });

export const PACK: CompiledPack = {
  formatVersion: 1,
  relevance: relevance(),
  totalSources: 5,
  sources: SOURCES,
  entities: [
    // claimIds deliberately least-supported first: the panel must order by support.
    entity('trump', 'person', 'Donald Trump', ['s0', 's1', 's2', 's3', 's4'], ['c-oval', 'c-closer'], {
      description: 'President of the United States, who said a deal was closer than ever.',
      descriptionClaims: ['c-closer'],
      aliases: [{ text: 'Trump', caseSensitive: false, ambiguous: false }],
      mentions: [],
      quoteGroupIds: ['q-closer'],
    }),
    entity('russian-army', 'organisation', 'Russian armed forces', ['s0', 's2', 's3'], ['c-troops'], {
      description: 'The military force whose size the sources report differently.',
      descriptionClaims: ['c-troops'],
      aliases: [],
      mentions: [],
    }),
    // 'c-missing' is not in the pack: the panel must skip it.
    entity('kushner', 'person', 'Jared Kushner', ['s4'], ['c-dinner', 'c-missing'], {
      description: "Trump's son-in-law, part of the US delegation.",
      descriptionClaims: ['c-dinner'],
      aliases: [],
      mentions: [],
    }),
  ],
  claims: [troops, closer, oval, dinner],
  quotes: [
    quoteGroup('q-closer', 'trump', 'Closer than ever', [
      ['closer now than we have been ever', ['s0']],
      ['I think we’re closer now than we have been, ever', ['s4']],
    ]),
  ],
  summary: emptySummary(),
};
