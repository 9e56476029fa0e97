/** Sentence alignment: the same fact in two sources groups; unrelated sentences do not. */
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../lib/draft/align';
import type { Sentence } from '../../../lib/draft/types';

const s = (source: string, text: string): Sentence => ({ source, span: [0, text.length], text });

describe('alignSentences', () => {
  const sentences = [
    s('s000', 'The city council approved the harbour tram line by 28 votes to 19 on Thursday.'),
    s('s000', 'Bakeries in the old town reported record sales of cinnamon buns this winter.'),
    s('s001', 'On Thursday the council approved the harbour tram line, 28 votes to 19.'),
    s('s001', 'A storm closed the ferry terminal for most of the weekend, officials said.'),
  ];
  const groups = alignSentences(sentences);

  it('groups the two tellings of the vote', () => {
    expect(groups.map((g) => g.map((x) => x.text.slice(0, 12)))).toContainEqual(['The city cou', 'On Thursday ']);
  });

  it('leaves unrelated sentences out of every group', () => {
    const grouped = groups.flat().map((x) => x.text);
    expect(grouped.some((t) => t.includes('cinnamon') || t.includes('ferry'))).toBe(false);
  });

  it('never puts two sentences of one source in a group', () => {
    for (const g of groups) expect(new Set(g.map((x) => x.source)).size).toBe(g.length);
  });
});
