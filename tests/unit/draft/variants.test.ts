/** A shared term takes the modified forms sources use as aliases; fragments and verbs stay out. */
import { describe, expect, it } from 'vitest';
import { recurringConcepts } from '../../../lib/draft/concepts';
import { parseArticle } from '../../../lib/draft/parse-text';
import { recurringPhrases } from '../../../lib/draft/phrases';
import { withModifiedForms } from '../../../lib/draft/variants';

function groupsOf(texts: string[]) {
  const parsed = texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
  return withModifiedForms([...recurringPhrases(parsed), ...recurringConcepts(parsed)], parsed);
}
const holding = (groups: ReturnType<typeof groupsOf>, surface: string) => groups.find((g) => g.surfaces.includes(surface));

describe('modified forms of a recurring term', () => {
  const groups = groupsOf([
    'The town will hold a binding plebiscite on the bridge in spring.',
    'Officials doubt the plebiscite can pass, and rebuilding will take years.',
    'Money for post-war rebuilding of the harbour walls was promised.',
    'Nobody expects the plebiscite soon, said the mayor.',
    'Funds come from seized harbour fees, and the harbour fees rose again.',
    'The harbour fees went up.',
  ]);

  it('adds an adjective-modified form to a rare concept word', () => {
    expect(holding(groups, 'plebiscite')?.surfaces).toContain('binding plebiscite');
  });

  it('keeps a hyphenated modifier whole', () => {
    const surfaces = holding(groups, 'plebiscite')?.surfaces ?? [];
    expect(holding(groups, 'rebuilding')?.surfaces).toContain('post-war rebuilding');
    expect(groups.flatMap((g) => g.surfaces)).not.toContain('war rebuilding');
    expect(surfaces).not.toContain('post-war rebuilding');
  });

  it('adds a participle modifier to a recurring phrase', () => {
    expect(holding(groups, 'harbour fees')?.surfaces).toContain('seized harbour fees');
  });

  it('does not take a finite verb after a subject for a modifier', () => {
    const found = groupsOf([
      'Yesterday voters rejected plebiscite rules in the north.',
      'A rejected plebiscite is rare, and the plebiscite rules stay.',
    ]).flatMap((g) => g.surfaces);
    expect(found).toContain('rejected plebiscite');
    expect(found).not.toContain('voters rejected plebiscite');
    expect(found).not.toContain('rejected plebiscite rules');
  });
});
