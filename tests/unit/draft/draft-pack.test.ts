/**
 * The drafting tool end to end on the second story's articles: the draft is a
 * valid pack (every citation verbatim and re-checked by the real compile),
 * aligns the same fact across sources and flags figures that differ.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../../lib/draft/draft-pack';
import { reviewReport } from '../../../lib/draft/review';
import { compileMatcher } from '../../../lib/match/matcher';
import { compilePack } from '../../../lib/pack/compile';
import { parseAuthoredPack } from '../../../lib/pack/schema';
import { sha256Hex } from '../../../scripts/packs/pack-dir';
import { ROOT } from '../../../scripts/pack-io';

const DIR = `${ROOT}/tests/fixtures/second-story/articles`;
const articles = readdirSync(DIR).sort().map((file, i) => ({ id: `s00${i}`, file, text: readFileSync(`${DIR}/${file}`, 'utf8') }));
const draft = draftPack(articles, sha256Hex);
const textOf = new Map(articles.map((a) => [a.id, a.text]));

describe('draftPack', () => {
  it('makes a pack that passes the schema and the full compile', () => {
    const files = Object.fromEntries(Object.entries(draft.pack).map(([k, v]) => [k, { [k]: v }]));
    const seeds = Object.fromEntries(articles.map((a) => [a.file, { text: a.text, sha256: sha256Hex(a.text) }]));
    expect(() => compilePack(parseAuthoredPack(files as never), seeds, compileMatcher)).not.toThrow();
  });

  it('quotes every citation verbatim from its own source', () => {
    for (const c of draft.pack.claims) for (const k of c.citations) expect(textOf.get(k.source)).toContain(k.quote);
  });

  it('merges the two spellings of the councillor into one entity', () => {
    const councillor = draft.entities.filter((e) => e.aliases.some((a) => a.startsWith('Tomasz')));
    expect(councillor).toHaveLength(1);
    expect(councillor[0]!.aliases).toEqual(expect.arrayContaining(['Tomasz Wierzbicki', 'Tomasz Wierzbicky']));
  });

  it('aligns the vote across all three sources', () => {
    const vote = draft.claims.find((c) => c.citations.every((k) => /28 (?:votes )?to 19/.test(k.quote)));
    expect(vote?.citations.map((k) => k.source).sort()).toEqual(['s000', 's001', 's002']);
  });

  it('flags the cost as "sources differ" with each source\'s figure', () => {
    const cost = draft.claims.find((c) => c.differsOn === 'number' && c.citations.some((k) => k.position === '£230 million'));
    expect(cost?.citations.map((k) => [k.source, k.position])).toEqual([['s000', '£214 million'], ['s001', '£230 million'], ['s002', '£214 million']]);
  });

  it('reads title, date and attribution from the text', () => {
    const [first] = draft.pack.sources;
    expect(first?.title).toBe('Council Approves Riverside Tram Line After Six-Hour Debate');
    expect(first?.date).toEqual({ text: '14 March 2026', kind: 'page-date', iso: '2026-03-14' });
    expect(first?.attributions).toContain('according to the Brackenford Transit Authority');
  });

  it('lists every entity and difference in the review report', () => {
    const report = reviewReport(draft, 'articles');
    for (const e of draft.entities) expect(report).toContain(`**${e.name}**`);
    expect(report).toContain('s001 "£230 million"');
  });
});
