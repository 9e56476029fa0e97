import { describe, expect, it } from 'vitest';
import { decideTopic, filterByTopic, strongEntities } from '../../../lib/match/relevance';

const m = (entityId: string, ambiguous = false) => ({ entityId, ambiguous, start: 0, end: 1, text: entityId });

describe('relevance', () => {
  it.each<[string, ReturnType<typeof m>[], boolean]>([
    ['nothing found', [], false],
    ['a GDPR page: only ambiguous Article 5', [m('article-5', true), m('article-5', true), m('eu')], false],
    ['another Merz: one strong entity repeated', [m('merz', true), m('germany'), m('germany'), m('germany')], false],
    ['ambiguous entities do not count', [m('merz', true), m('berlin', true), m('miami', true), m('nato')], false],
    ['three distinct strong entities', [m('zelensky'), m('nato'), m('witkoff')], true],
  ])('%s', (_label, matches, onTopic) => {
    expect(decideTopic(matches)).toBe(onTopic);
  });

  const everyday = new Set(['trump', 'putin', 'eu', 'us-congress']);
  it.each<[string, ReturnType<typeof m>[], boolean]>([
    // Seen on real pages: a Trump headline list, an Obama gun-laws story.
    ['headlines naming only everyday entities', [m('trump'), m('putin'), m('eu'), m('miami', true)], false],
    ['everyday entities plus one story term', [m('trump'), m('eu'), m('us-congress'), m('witkoff')], false],
    ['three story-specific entities', [m('trump'), m('witkoff'), m('donbas'), m('coalition')], true],
  ])('everyday entities never count: %s', (_label, matches, onTopic) => {
    expect(decideTopic(matches, { everyday })).toBe(onTopic);
  });

  it('threshold is configurable', () => {
    expect(decideTopic([m('a')], { minStrongEntities: 1 })).toBe(true);
  });

  it('counts an entity strong if any of its aliases is unambiguous', () => {
    expect([...strongEntities([m('nato', true), m('nato')])]).toEqual(['nato']);
  });

  it('drops ambiguous matches only off topic', () => {
    const list = [m('merz', true), m('nato')];
    expect(filterByTopic(list, false).map((x) => x.entityId)).toEqual(['nato']);
    expect(filterByTopic(list, true)).toHaveLength(2);
  });
});
