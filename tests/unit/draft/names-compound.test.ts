/** A numbered name inside a hyphenated modifier ("Clause 9-style") is still found as the name alone. */
import { describe, expect, it } from 'vitest';
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
