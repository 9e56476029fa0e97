/** Names from tagged text merged into entities: variants, surnames, acronyms; first names alone are not entities. */
import { describe, expect, it } from 'vitest';
import { groupNames } from '../../../lib/draft/merge';
import { nameMentions } from '../../../lib/draft/names';
import { parseArticle } from '../../../lib/draft/parse-text';

function groupsOf(texts: string[]) {
  const parsed = texts.map((text, i) => parseArticle({ id: `s00${i}`, file: `${i}.txt`, text }));
  return groupNames(parsed.flatMap(nameMentions));
}
const holding = (groups: ReturnType<typeof groupsOf>, surface: string) => groups.filter((g) => g.surfaces.includes(surface));

describe('merging name variants', () => {
  const groups = groupsOf([
    'On Monday President Volodymyr Zelensky met reporters. Later Zelensky left for Paris.',
    'In Kyiv, Volodymyr Zelenskyy spoke again. Officials said Zelenskyy was tired.',
    'Reporters heard Volodymyr Zelenskiy speak. The European Union (EU) said it would help, and the EU sent aid.',
  ]);

  it.each(['Volodymyr Zelensky', 'Zelenskyy', 'Volodymyr Zelenskiy', 'President Volodymyr Zelensky'])('"%s" joins the one Zelensky entity', (surface) => {
    const [zelensky] = holding(groups, 'Volodymyr Zelenskyy');
    expect(zelensky?.surfaces).toContain(surface);
  });

  it('names the entity by its full core name, not a titled form', () => {
    expect(holding(groups, 'Zelenskyy')[0]?.name).toMatch(/^Volodymyr Zelensk/);
  });

  it('merges an acronym with the words it stands for', () => {
    expect(holding(groups, 'EU')[0]?.surfaces).toContain('European Union');
  });

  it('does not make a first name alone into an entity', () => {
    expect(groups.some((g) => g.surfaces.length === 1 && g.surfaces[0] === 'Volodymyr')).toBe(false);
  });
});

describe('keeping different people apart', () => {
  it('two people with similar surnames but different first names stay two', () => {
    const groups = groupsOf(['Councillor Anna Marsden spoke first. Then Peter Marsdan replied to Anna Marsden.']);
    expect(holding(groups, 'Anna Marsden')[0]?.surfaces).not.toContain('Peter Marsdan');
  });

  it('a place that starts a longer name is not taken for a first name', () => {
    const groups = groupsOf(['The Berlin Talks began. Leaders met in Berlin on Monday, and Berlin was calm.']);
    expect(holding(groups, 'Berlin').length).toBe(1);
  });
});
