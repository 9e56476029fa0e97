import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@/components/briefing/format';
import { entitiesOnPage, quotesBySpeaker } from '@/components/briefing/model';
import { normaliseForSearch, searchPack } from '@/components/briefing/search';
import { badgeText } from '@/lib/badge';
import { fixturePack } from './fixture';
import { pageState } from './fake-bridge';

describe('entitiesOnPage', () => {
  it('sorts by mentions, then name, and skips unknown ids and zero counts', () => {
    const found = entitiesOnPage(fixturePack, { berlin: 2, trump: 5, zelensky: 2, ghost: 9, guarantees: 0 });
    expect(found.map((f) => [f.entity.id, f.count])).toEqual([
      ['trump', 5],
      ['berlin', 2],
      ['zelensky', 2],
    ]);
  });
});

describe('quotesBySpeaker', () => {
  it('groups quotes under their speaker, with sources resolved', () => {
    const groups = quotesBySpeaker(fixturePack);
    expect(groups.map((g) => [g.speaker.name, g.groups.map((q) => q.label)])).toEqual([
      ['Donald Trump', ['Closer than ever']],
      ['Volodymyr Zelensky', ['No land for peace']],
    ]);
    expect(groups[0]?.groups[0]?.variants[0]?.sources.map((s) => s.id)).toEqual(['s2', 's3']);
  });
});

describe('searchPack', () => {
  it.each([
    ['trump', ['trump'], ['c-closer']],
    ['TRUMP closer', [], ['c-closer']],
    ['berlin', ['berlin'], []],
    ['800,000', [], ['c-troops']],
    ['guarantees kyiv', [], ['c-guarantees']],
    ['security guarantees', ['guarantees'], ['c-guarantees']],
    ['nothing-like-this', [], []],
    ['   ', [], []],
  ])('"%s" → entities %j, claims %j', (query, entities, claims) => {
    const results = searchPack(fixturePack, query);
    expect(results.entities.map((e) => e.id)).toEqual(entities);
    expect(results.claims.map((c) => c.id)).toEqual(claims);
  });

  it.each([
    ['Zelenskyy’s', "zelenskyy's"],
    ['Café', 'cafe'],
    ['“Closer”', '"closer"'],
  ])('normalises %s → %s', (input, expected) => expect(normaliseForSearch(input)).toBe(expected));
});

describe('formatIsoDate', () => {
  it('formats calendar dates in UTC, whatever the local zone', () => {
    expect(formatIsoDate('2025-12-16', 'en-GB')).toBe('16 Dec 2025');
  });
  it('passes a non-date through', () => expect(formatIsoDate('soon', 'en-GB')).toBe('soon'));
});

describe('badgeText', () => {
  it.each([
    ['no entities', pageState({}), ''],
    ['only zero counts', pageState({ a: 0 }), ''],
    ['three distinct entities', pageState({ a: 4, b: 1, c: 9 }), '3'],
    ['inactive page', pageState({ a: 4 }, { active: false }), ''],
    ['more than fit', pageState(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`e${i}`, 1]))), '99+'],
  ])('%s → "%s"', (_label, state, expected) => expect(badgeText(state)).toBe(expected));
});
