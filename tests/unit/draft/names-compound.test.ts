/** A numbered name inside a hyphenated modifier ("Clause 9-style") is still found as the name alone. */
import { describe, expect, it } from 'vitest';
import { groupNames } from '../../../lib/draft/merge';
import { nameMentions } from '../../../lib/draft/names';
import { parseArticle } from '../../../lib/draft/parse-text';

const surfacesOf = (text: string) => nameMentions(parseArticle({ id: 's000', file: '0.txt', text })).map((m) => m.surface);

describe('numbered names in hyphenated modifiers', () => {
  it('finds "Clause 9" in "Clause 9-style"', () => {
    expect(surfacesOf('The mayor offered a Clause 9-style promise to the tenants.')).toContain('Clause 9');
  });

  it('finds it behind a closing quote mark and an en dash', () => {
    const text = 'Residents called the offer “Clause 9”–style, which the council denied.';
    const surfaces = surfacesOf(text);
    expect(surfaces).toContain('Clause 9');
    for (const s of surfaces) expect(text).toContain(s);
  });

  it('leaves a number that follows no name alone', () => {
    expect(surfacesOf('The tenants wanted a 9-style promise, they said.')).not.toContain('9');
  });
});

describe('comparisons and number words in names', () => {
  it('finds "Clause Nine" in "Clause Nine-like", and keeps the comparison as a surface of the same name', () => {
    const mentions = nameMentions(parseArticle({ id: 's000', file: '0.txt', text: 'The mayor offered a Clause Nine-like promise to the tenants.' }));
    expect(mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['Clause Nine', 'Clause Nine-like']));
    expect(mentions.find((m) => m.surface === 'Clause Nine-like')?.core).toBe('Clause Nine');
  });

  it('merges a name written with a digit and with a number word', () => {
    const parsed = ['Tenants cited Clause 9 of the lease.', 'The landlord said Clause Nine did not apply.']
      .map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
    const group = groupNames(parsed.flatMap(nameMentions)).find((g) => g.surfaces.includes('Clause 9'));
    expect(group?.surfaces).toContain('Clause Nine');
  });
});
