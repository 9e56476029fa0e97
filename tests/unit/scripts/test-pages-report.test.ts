import { describe, expect, it } from 'vitest';
import { addedMessages, charsChanged, failures, summarise, type PageResult } from '../../../scripts/test-pages/report';

describe('test:pages report', () => {
  it.each([
    ['same', 'same', 0],
    ['abc', 'abXc', 1],
    ['Zelensky met', 'Zelenskyy met', 1],
    ['abcdef', 'abxyef', 2],
    ['', 'new', 3],
    ['aaa', 'aa', 1],
  ])('charsChanged(%j, %j) = %i', (a, b, n) => {
    expect(charsChanged(a, b)).toBe(n);
  });

  it('counts only messages beyond the baseline, as a multiset', () => {
    expect(addedMessages(['x', 'y'], ['y', 'x', 'x', 'z'])).toEqual(['x', 'z']);
    expect(addedMessages(['x'], [])).toEqual([]);
  });

  it('summarises per renderer and names every failing page and reason', () => {
    const row = (renderer: 'overlay' | 'inline', problems: string[], mentions = 2) => ({
      renderer, errorsAdded: [], charsChanged: 0, restored: true, mentions, entities: 1, gateMs: 1, scanMs: 2, gate: 'open' as const, topic: true, problems,
    });
    const results: PageResult[] = [
      { page: 'a.html', baselineErrors: 0, renderers: [row('overlay', []), row('inline', ['page text changed'])] },
      { page: 'b.html', baselineErrors: 1, renderers: [row('overlay', [], 3), row('inline', [])] },
    ];
    expect(summarise(results, 'overlay')).toMatchObject({ pages: 2, mentions: 5, failed: 0, scanMs: 6 });
    expect(summarise(results, 'inline')).toMatchObject({ failed: 1 });
    expect(failures(results)).toEqual(['a.html (inline): page text changed']);
  });
});
