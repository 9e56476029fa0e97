/** Counted things: hyphenated counts from one mention, counted plurals from two. */
import { describe, expect, it } from 'vitest';
import { countedThings } from '../../../lib/draft/counted';
import { parseArticle } from '../../../lib/draft/parse-text';

function surfacesOf(texts: string[]) {
  const parsed = texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
  return countedThings(parsed).map((g) => [...g.surfaces].sort());
}

describe('counted things', () => {
  it('takes a hyphenated count before a noun from a single mention', () => {
    expect(surfacesOf(['The mayor unveiled a 12-point plan for the harbour.'])).toContainEqual(['12-point plan']);
  });

  it('groups two wordings of one counted plural', () => {
    const found = surfacesOf(['Inspectors filed three detailed reports in May.', 'The Three Harbour Reports Explained']);
    expect(found).toContainEqual(['Three Harbour Reports', 'three detailed reports']);
  });

  it('needs a counted plural twice', () => {
    expect(surfacesOf(['Inspectors filed three detailed reports in May.']).flat()).toHaveLength(0);
  });

  it('leaves everyday counts of time out', () => {
    expect(surfacesOf(['They waited two days.', 'After two long days the ferry came.']).flat()).toHaveLength(0);
  });
});
