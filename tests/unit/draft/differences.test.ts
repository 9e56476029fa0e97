/** "Sources differ": figures or the wording of one remark, flagged with each source's version as its position. */
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../../lib/draft/draft-pack';
import { sha256Hex } from '../../../scripts/packs/pack-dir';

const draftOf = (a: string, b: string) => draftPack([
  { id: 's000', file: 'a.txt', text: a },
  { id: 's001', file: 'b.txt', text: b },
], sha256Hex);

describe('sources differ', () => {
  it('flags one remark reported in two wordings', () => {
    const draft = draftOf(
      'Mayor Ingrid Solberg said the tram plan was "a bold and necessary step for the city" on Friday.',
      'On Friday Mayor Ingrid Solberg called the tram plan "a bold, necessary step for our city" in a speech.',
    );
    const claim = draft.claims.find((c) => c.differsOn === 'word');
    expect(claim?.citations.map((k) => k.position)).toEqual(['a bold and necessary step for the city', 'a bold, necessary step for our city']);
  });

  it('does not flag two different remarks as one', () => {
    const draft = draftOf(
      'Mayor Ingrid Solberg said on Friday that the tram plan was "good for the harbour district".',
      'Mayor Ingrid Solberg said on Friday that the tram plan "will be finished before anyone expects".',
    );
    expect(draft.claims.some((c) => c.differsOn === 'word')).toBe(false);
  });

  it('flags figures that differ and leaves equal ones alone', () => {
    const differ = draftOf('The tram line will cost £214 million, the transit authority said.', 'The transit authority said the tram line will cost £230 million.');
    expect(differ.claims.find((c) => c.differsOn === 'number')?.citations.map((k) => k.position)).toEqual(['£214 million', '£230 million']);
    const same = draftOf('The tram line will cost £214 million, the transit authority said.', 'The transit authority said the tram line will cost £214 million.');
    expect(same.claims.some((c) => c.differsOn)).toBe(false);
  });
});
