/** Single-word concepts: rare in everyday English, shared by sources, spelling variants as one. */
import { describe, expect, it } from 'vitest';
import { recurringConcepts, spellingKey } from '../../../lib/draft/concepts';
import { parseArticle } from '../../../lib/draft/parse-text';

function conceptsOf(texts: string[]) {
  const parsed = texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
  return recurringConcepts(parsed).map((g) => g.surfaces.map((s) => s.toLowerCase()).sort());
}

describe('recurring rare concept words', () => {
  const concepts = conceptsOf([
    'The council promised a plebiscite on the bridge before the winter.',
    'Residents said the plebiscite came too late, and the house was cold.',
    'Nobody mentioned a plebiscite here, only the house and the weather.',
  ]);

  it('keeps a rare noun that several sources use', () => {
    expect(concepts).toContainEqual(['plebiscite']);
  });

  it('leaves out everyday words, however many sources use them', () => {
    expect(concepts.flat()).not.toContain('house');
  });

  it('leaves out a rare word that one source alone uses', () => {
    expect(conceptsOf(['A plebiscite was held.', 'The bridge stayed shut for a week.']).flat()).not.toContain('plebiscite');
  });

  it('counts British and American spellings of a modifier as one concept', () => {
    const found = conceptsOf([
      'The treaty set up a demilitarised corridor along the river.',
      'Monitors will patrol the demilitarized corridor at night.',
    ]);
    expect(found).toContainEqual(['demilitarised', 'demilitarized']);
  });

  it('takes no word after "to" for a noun', () => {
    expect(conceptsOf(['They refused to cede the bridge.', 'Nobody wants to cede the harbour.']).flat()).not.toContain('cede');
  });

  it('folds -ise/-ize, -isation/-ization and plurals to one key', () => {
    expect(spellingKey('normalised')).toBe(spellingKey('normalized'));
    expect(spellingKey('Normalisations')).toBe(spellingKey('normalization'));
    expect(spellingKey('plebiscites')).toBe('plebiscite');
  });
});
