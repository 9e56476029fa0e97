import { describe, expect, it } from 'vitest';
import { packIndex, pick, quoteGroupView, sideViews, sourceStrip } from '@/lib/pack/lookup';
import type { CompiledPack } from '@/lib/pack/types';
import { cite, claim, emptySummary, entity, quoteGroup, source, relevance } from '../fixtures/pack-builders';

const pack: CompiledPack = {
  formatVersion: 1,
  relevance: relevance(),
  totalSources: 3,
  sources: [source('a', 'Source A'), source('b', 'Source B'), source('c', 'Source C')],
  entities: [entity('pm', 'person', 'The Prime Minister', ['a', 'b'], ['c-1'])],
  claims: [claim('c-1', 'Talks resumed', [cite('a', 'talks resumed'), cite('b', 'talks began again')])],
  quotes: [quoteGroup('q-1', 'pm', 'We are ready', [['we are ready', ['b', 'a']], ['ready', ['zz']]])],
  summary: emptySummary(),
};

const ids = (sources: ReadonlyArray<{ id: string }>) => sources.map((s) => s.id);

describe('packIndex', () => {
  it('is built once per pack object', () => {
    expect(packIndex(pack)).toBe(packIndex(pack));
    expect(packIndex({ ...pack })).not.toBe(packIndex(pack));
  });

  it.each([
    ['sources', 'b', 'Source B'],
    ['entities', 'pm', 'The Prime Minister'],
    ['claims', 'c-1', 'Talks resumed'],
    ['quotes', 'q-1', 'We are ready'],
  ] as const)('finds %s by id (%s)', (kind, id, label) => {
    const found = packIndex(pack)[kind].get(id)!;
    expect('label' in found ? found.label : found.name).toBe(label);
  });

  it.each([
    ['a', 1],
    ['c', 3],
    ['zz', undefined],
  ])('numbers source %s as %s, counting from 1 in pack order', (id, n) => {
    expect(packIndex(pack).sourceNumbers.get(id)).toBe(n);
  });
});

describe('pick', () => {
  const map = new Map([
    ['x', 1],
    ['y', 2],
    ['z', 3],
  ]);
  it.each([
    [['z', 'x'], [3, 1]],
    [['x', 'gone', 'y'], [1, 2]],
    [['gone'], []],
    [[], []],
    [['y', 'y'], [2, 2]],
  ])('%j gives %j: ids order kept, unknown ids dropped', (wanted, expected) => {
    expect(pick(map, wanted)).toEqual(expected);
  });
});

describe('view shapes', () => {
  const index = packIndex(pack);

  it.each([
    [['b'], [false, true, false]],
    [['c', 'a'], [true, false, true]],
    [[], [false, false, false]],
  ])('sourceStrip marks %j among every source, in pack order', (mentioned, expected) => {
    const strip = sourceStrip(pack, mentioned);
    expect(ids(strip.map((chip) => chip.source))).toEqual(['a', 'b', 'c']);
    expect(strip.map((chip) => chip.mentioned)).toEqual(expected);
  });

  it('sideViews keeps the sides in the order given, each with its known sources', () => {
    const sides = sideViews(
      [
        { position: 'two', sourceIds: ['c', 'missing', 'a'] },
        { position: 'one', sourceIds: ['b'] },
      ],
      index,
    );
    expect(sides.map((s) => [s.position, ids(s.sources)])).toEqual([
      ['two', ['c', 'a']],
      ['one', ['b']],
    ]);
  });

  it('quoteGroupView gives each wording the sources that carry it', () => {
    const view = quoteGroupView(pack.quotes[0]!, index);
    expect([view.id, view.label, view.singleSource]).toEqual(['q-1', 'We are ready', false]);
    expect(view.variants.map((v) => [v.text, ids(v.sources)])).toEqual([
      ['we are ready', ['b', 'a']],
      ['ready', []],
    ]);
  });
});
