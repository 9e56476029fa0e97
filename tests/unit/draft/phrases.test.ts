/** Recurring noun phrases: of two nested phrases that the same sources name, the longer one is kept. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../lib/draft/parse-text';
import { recurringPhrases } from '../../../lib/draft/phrases';

function keysOf(texts: string[]): string[] {
  const parsed = texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
  return recurringPhrases(parsed).flatMap((g) => g.surfaces.map((s) => s.toLowerCase()));
}

describe('nested recurring phrases', () => {
  it('keeps the longer phrase when both are named by the same sources', () => {
    const keys = keysOf([
      'The council wants a regional tram depot near the river.',
      'Critics say the regional tram depot would flood every spring.',
    ]);
    expect(keys).toContain('regional tram depot');
    expect(keys).not.toContain('tram depot');
  });

  it('keeps the shorter phrase when more sources name it than the longer one', () => {
    const keys = keysOf([
      'The council wants a regional tram depot near the river.',
      'Critics say the regional tram depot would flood every spring.',
      'A tram depot already stands in the north.',
    ]);
    expect(keys).toContain('tram depot');
  });
});

describe('comparisons', () => {
  it('makes no phrase that ends in a comparison or starts inside a hyphenated word', () => {
    const keys = keysOf([
      'Residents want a Clause 9-style promise and a Clause 9-like pledge on rents.',
      'The council rejected the Clause 9-style promise and the Clause 9-like pledge again.',
    ]);
    for (const key of keys) expect(key).not.toMatch(/(?:like|style)$|^style/);
    expect(keys).toContain('clause 9-like pledge');
  });
});
