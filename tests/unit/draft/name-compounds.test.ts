/** A name qualifying a rare noun is a thing of its own; demonyms, possessives and common heads are not. */
import { describe, expect, it } from 'vitest';
import { nameCompounds } from '../../../lib/draft/name-compounds';
import { parseArticle } from '../../../lib/draft/parse-text';

function surfacesOf(text: string): string[] {
  return nameCompounds([parseArticle({ id: 's000', file: '0.txt', text })], 10_000).flatMap((g) => g.surfaces);
}

describe('name compounds', () => {
  it('keeps a name before a rare noun from one mention', () => {
    expect(surfacesOf('Critics of the plan pointed to Unesco accreditation and its limits.')).toContain('Unesco accreditation');
  });

  it('leaves out a name before an everyday noun', () => {
    expect(surfacesOf('The plan went to Paris today and the Paris office liked it.')).not.toContain('Paris office');
  });

  it('leaves out a demonym and a possessive', () => {
    const found = surfacesOf('The mayor spoke of French accreditation, and of Lyon’s accreditation too.');
    expect(found.join(' ')).not.toMatch(/French|Lyon/);
  });
});

describe('rare nouns governing a name', () => {
  const surfaces = (texts: string[]) => nameCompounds(
    texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text })), 10_000).flatMap((g) => g.surfaces);

  it('keeps "accession to the Harbour Board" said twice', () => {
    expect(surfaces(['They sought accreditation by the Harbour Board.', 'Without accession to the Harbour Board, nothing moves.',
      'Accession to the Harbour Board came later, and accession to the Harbour Board was costly.']))
      .toContain('accession to the Harbour Board');
  });

  it('leaves it out when said once', () => {
    expect(surfaces(['Without accession to the Harbour Board, nothing moves.'])).not.toContain('accession to the Harbour Board');
  });

  it('takes no verb after "to" for the noun', () => {
    expect(surfaces(['They refused to cede to Lyon twice.', 'Nobody wants to cede to Lyon.']).join(' ')).not.toMatch(/cede/);
  });
});
