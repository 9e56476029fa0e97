import { describe, expect, it } from 'vitest';
import { buildPanelModel, orderClaims, orderSides, sourceStrip, splitAround } from '../../../lib/panel/view-model';
import { PACK } from './fixture';

describe('buildPanelModel', () => {
  it('returns null for an entity the pack does not hold', () => {
    expect(buildPanelModel(PACK, 'nobody')).toBeNull();
  });

  it.each([
    ['trump', 5, 5],
    ['russian-army', 3, 5],
    ['kushner', 1, 5],
  ])('%s is mentioned in %i of %i sources', (id, n, m) => {
    const model = buildPanelModel(PACK, id)!;
    expect([model.mentionedIn, model.totalSources]).toEqual([n, m]);
  });

  it('orders claims most-supported first', () => {
    expect(buildPanelModel(PACK, 'trump')!.claims.map((c) => c.id)).toEqual(['c-closer', 'c-oval']);
  });

  it('drops claim ids the pack does not hold', () => {
    expect(buildPanelModel(PACK, 'kushner')!.claims.map((c) => c.id)).toEqual(['c-dinner']);
  });

  it('gives each citation its source and the date as the source writes it', () => {
    const closer = buildPanelModel(PACK, 'trump')!.claims[0]!;
    expect(closer.citations.map((c) => [c.source.id, c.dateText])).toEqual([
      ['s0', 'Feb 6, 2026'],
      ['s1', null],
      ['s4', '16 December 2025'],
    ]);
  });

  it('shows sides only for differs claims, the better-supported side first', () => {
    const [troops] = buildPanelModel(PACK, 'russian-army')!.claims;
    expect(troops!.sides.map((s) => [s.position, s.sources.length])).toEqual([
      ['around 800,000', 2],
      ['up to 800,000', 1],
    ]);
    expect(buildPanelModel(PACK, 'trump')!.claims.every((c) => c.sides.length === 0)).toBe(true);
  });

  it('lists quote groups for people only', () => {
    expect(buildPanelModel(PACK, 'trump')!.quoteGroups.map((q) => q.id)).toEqual(['q-closer']);
    expect(buildPanelModel(PACK, 'russian-army')!.quoteGroups).toEqual([]);
  });
});

describe('sourceStrip', () => {
  it('has one chip per pack source, in pack order, filled where mentioned', () => {
    expect(sourceStrip(PACK, ['s4', 's1']).map((c) => [c.source.id, c.mentioned])).toEqual([
      ['s0', false],
      ['s1', true],
      ['s2', false],
      ['s3', false],
      ['s4', true],
    ]);
  });
});

describe('ordering helpers', () => {
  it('orderClaims is stable for ties', () => {
    const a = { id: 'a', sourceCount: 1 };
    const b = { id: 'b', sourceCount: 3 };
    const c = { id: 'c', sourceCount: 1 };
    type C = Parameters<typeof orderClaims>[0][number];
    expect(orderClaims([a, b, c] as unknown as C[]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('orderSides puts the position more sources give first', () => {
    expect(
      orderSides([
        { position: 'x', sourceIds: ['1'] },
        { position: 'y', sourceIds: ['1', '2'] },
      ]).map((s) => s.position),
    ).toEqual(['y', 'x']);
  });
});

describe('splitAround', () => {
  it.each([
    ['up to 800,000 men', 'up to 800,000', ['', 'up to 800,000', ' men']],
    ['some 800,000, around 800,000', 'around 800,000', ['some 800,000, ', 'around 800,000', '']],
    ['no match here', 'around', null],
    ['anything', null, null],
    ['anything', '', null],
  ] as const)('%j around %j', (quote, part, expected) => {
    expect(splitAround(quote, part)).toEqual(expected);
  });
});
