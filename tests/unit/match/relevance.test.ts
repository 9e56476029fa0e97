import { describe, expect, it } from 'vitest';
import {
  closeFlags,
  confirmedInSentence,
  eligibleOffTopic,
  matchPoints,
  needsConfirmation,
  scoreTopic,
  TopicTally,
  verdictFor,
  type RelevanceModel,
} from '../../../lib/match/relevance';

const MODEL: RelevanceModel = {
  threshold: 7.5,
  ambiguousFactor: 0.5,
  lookalikeFactor: 0.5,
  closeWindowChars: 300,
  closeFactor: 1.25,
  confirmPoints: 5,
  anchors: [],
  weights: { witkoff: 2, kushner: 2, donbas: 2, 'article-5-like': 3, coalition: 3, zelensky: 0.75, putin: 0.75, trump: 0.5, nato: 0.5, berlin: 2 },
};

const e = (entityId: string, extra: { ambiguous?: boolean; lookalike?: boolean; close?: boolean } = {}) => ({
  entityId,
  ambiguous: false,
  ...extra,
});

describe('scored relevance', () => {
  it('weighs a match by its entity, its alias and its closeness', () => {
    expect(matchPoints(e('witkoff'), MODEL)).toBe(2);
    expect(matchPoints(e('berlin', { ambiguous: true }), MODEL)).toBe(1);
    expect(matchPoints(e('coalition', { lookalike: true }), MODEL)).toBe(1.5);
    expect(matchPoints(e('witkoff', { close: true }), MODEL)).toBe(2.5);
    expect(matchPoints(e('unknown'), MODEL)).toBe(0);
  });

  it('counts each entity once, at its best match: repeating a name adds nothing', () => {
    const once = scoreTopic([e('trump')], MODEL).score;
    const often = scoreTopic(Array.from({ length: 40 }, () => e('trump')), MODEL).score;
    expect(often).toBe(once);
    expect(scoreTopic([e('berlin', { ambiguous: true }), e('berlin')], MODEL).score).toBe(2);
  });

  it.each<[string, ReturnType<typeof e>[], boolean]>([
    ['a short wire brief: leaders, NATO and the envoys, close together',
      ['zelensky', 'putin', 'trump', 'nato', 'witkoff', 'kushner'].map((id) => e(id, { close: true })), true],
    ['the same names, but only leaders (a summit page)', ['zelensky', 'putin', 'trump', 'nato'].map((id) => e(id, { close: true })), false],
    ['the envoys on a Gaza page, with Trump', ['witkoff', 'kushner', 'trump'].map((id) => e(id, { close: true })), false],
    ['story terms spread over a long page', [e('witkoff'), e('donbas'), e('article-5-like')], false],
    ['the same story terms close together', [e('witkoff', { close: true }), e('donbas', { close: true }), e('article-5-like', { close: true })], true],
  ])('%s', (_label, evidence, onTopic) => {
    expect(scoreTopic(evidence, MODEL).onTopic).toBe(onTopic);
  });

  it('a tally gives the same score as scoring all at once, and explains it', () => {
    const evidence = [e('witkoff', { close: true }), e('trump'), e('witkoff'), e('donbas', { close: true })];
    const tally = new TopicTally(MODEL);
    for (const x of evidence) tally.add(x);
    expect(tally.score).toBe(scoreTopic(evidence, MODEL).score);
    expect(tally.points()).toEqual([['witkoff', 2.5], ['donbas', 2.5], ['trump', 0.5]]);
  });
});

const at = (entityId: string, start: number, len = 5, text = entityId) => ({ entityId, start, end: start + len, ambiguous: false, text });

describe('closeness', () => {
  it('marks matches near a match of another entity, not near their own', () => {
    const flags = closeFlags([at('a', 0), at('a', 100), at('b', 2000), at('c', 2200), at('a', 9000)], 300);
    expect(flags).toEqual([false, false, true, true, false]);
  });

  it('looks past repeats of the same entity to the nearest other one', () => {
    expect(closeFlags([at('b', 0), at('a', 200), at('a', 400), at('a', 450)], 300)).toEqual([true, true, false, false]);
  });
});

describe('confirmation by sentence', () => {
  const points = (m: { entityId: string }) => MODEL.weights[m.entityId] ?? 0;
  const text = 'The coalition of the willing met Witkoff and Kushner on the Donbas. Later the coalition of the willing met Witkoff.';
  const matches = [
    { ...at('coalition', 4, 24), lookalike: true },
    at('witkoff', 33, 7),
    at('kushner', 45, 7),
    at('donbas', 60, 6),
    { ...at('coalition', 78, 24), lookalike: true },
    at('witkoff', 107, 7),
  ];
  it('confirms a match when the rest of its sentence earns enough points, each entity once', () => {
    // Sentence one: 2 + 2 + 2 = 6 besides the coalition; sentence two: Witkoff's 2 only.
    expect(confirmedInSentence(text, matches, points, 5)).toEqual([true, true, true, true, false, false]);
  });

  it('one other name is not enough (the envoys also negotiate elsewhere)', () => {
    const gaza = 'Witkoff and Kushner discussed a multinational force for Gaza.';
    const found = [at('witkoff', 0, 7), at('kushner', 12, 7), { ...at('coalition', 32, 19), lookalike: true }];
    expect(confirmedInSentence(gaza, found, points, 5)[2]).toBe(false);
  });

  it('does not count a block boundary as the same sentence', () => {
    const joined = 'coalition of the willing\u0000Witkoff Kushner Donbas';
    const found = [at('coalition', 0, 24), at('witkoff', 25, 7), at('kushner', 33, 7), at('donbas', 41, 6)];
    expect(confirmedInSentence(joined, found, points, 5)[0]).toBe(false);
  });

  it('asks for confirmation for lookalikes and bare surnames, not for full names or terms', () => {
    expect(needsConfirmation({ lookalike: true, text: 'coalition of the willing' }, 'organisation')).toBe(true);
    expect(needsConfirmation({ text: 'Kushner' }, 'person')).toBe(true);
    expect(needsConfirmation({ text: 'Jared Kushner' }, 'person')).toBe(false);
    expect(needsConfirmation({ text: 'Donbas' }, 'place')).toBe(false);
  });
});

describe('quiet off topic', () => {
  it('keeps everyday, ambiguous and unconfirmed lookalike mentions dark', () => {
    expect(eligibleOffTopic({ ambiguous: false, everyday: true })).toBe(false);
    expect(eligibleOffTopic({ ambiguous: true, everyday: false })).toBe(false);
    expect(eligibleOffTopic({ ambiguous: false, needsConfirmation: true, everyday: false })).toBe(false);
    expect(eligibleOffTopic({ ambiguous: false, needsConfirmation: true, confirmed: true, everyday: false })).toBe(true);
    expect(eligibleOffTopic({ ambiguous: false, everyday: false })).toBe(true);
  });

  const KINDS = { trump: 'person', witkoff: 'person' };
  it('shows a story entity only at its first mention off topic, everything on topic', () => {
    const everyday = new Set(['trump']);
    const text = 'Trump and Steve Witkoff. Trump. Steve Witkoff again.';
    const matches = [at('trump', 0, 5), at('witkoff', 10, 13), at('trump', 25, 5), at('witkoff', 32, 13)].map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
    const off = verdictFor(text, matches, MODEL, everyday, KINDS);
    expect(off.onTopic).toBe(false);
    expect(off.shown).toEqual([false, true, false, false]);
    const on = verdictFor(text, matches, { ...MODEL, threshold: 1 }, everyday, KINDS);
    expect(on.shown).toEqual([true, true, true, true]);
  });
});
