import { describe, expect, it } from 'vitest';
import type { RelevanceModel } from '../../../lib/match/relevance';
import { PageMention } from '../../../page/renderers/types';
import { PageTopic, type StoryTopicInputs } from '../../../page/topic';

const model = (weights: Record<string, number>, anchors: string[]): RelevanceModel => ({
  threshold: 5, ambiguousFactor: 0.5, lookalikeFactor: 0.25, closeWindowChars: 200, closeFactor: 1.5, confirmPoints: 3, anchors, weights,
});
const stories: StoryTopicInputs[] = [
  { id: 'a', relevance: model({ 'a1': 3, 'a2': 3, 'a-day': 1 }, ['a1']), everydayEntities: new Set(['a-day']) },
  { id: 'b', relevance: model({ 'b/x': 3, 'b/y': 3 }, ['b/x']) },
];
const kinds = { a1: 'person', a2: 'place', 'a-day': 'place', 'b/x': 'person', 'b/y': 'concept' } as const;
const at = {} as ConstructorParameters<typeof PageMention>[4];
const mention = (id: string, also?: string[]) => {
  const m = new PageMention(id, id, kinds[id as keyof typeof kinds], false, at);
  if (also) m.also = also;
  return m;
};

describe('PageTopic with several stories', () => {
  it('decides each story on its own: one on topic does not put the other on topic', () => {
    const topic = new PageTopic(() => ({ relevance: stories[0]!.relevance, kinds, stories }));
    const a1 = mention('a1');
    const aDay = mention('a-day');
    const list = [mention('b/x'), mention('b/y'), a1, aDay];
    topic.settle(list);
    expect(topic.onTopic).toBe(true);
    expect(topic.stories()).toEqual(['b']);
    expect(topic.score).toBe(6);
    // Story a is off topic: its first eligible mention shows, its everyday entity stays dark.
    expect(topic.shows(a1)).toBe(true);
    expect(topic.shows(mention('a1'))).toBe(false);
    expect(topic.shows(aDay)).toBe(false);
    expect(topic.shows(list[1]!)).toBe(true);
  });

  it('counts a twin mention for both stories', () => {
    const topic = new PageTopic(() => ({ relevance: stories[0]!.relevance, kinds, stories }));
    topic.settle([mention('a1', ['b/x']), mention('a2'), mention('b/y')]);
    expect(topic.stories().sort()).toEqual(['a', 'b']);
  });

  it('with no story enabled nothing scores and nothing shows', () => {
    const topic = new PageTopic(() => ({ relevance: stories[0]!.relevance, kinds, stories: [] }));
    const m = mention('a1');
    topic.settle([m, mention('a2')]);
    expect(topic.onTopic).toBe(false);
    expect(topic.shows(m)).toBe(false);
  });
});
