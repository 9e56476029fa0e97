import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import type { MatcherAlias } from '../../../lib/match/types';
import { alias } from './alias';


/** Shaped like the pack: the seed spellings plus ambiguous and case-sensitive aliases. */
const ALIASES: MatcherAlias[] = [
  alias('zelensky', 'Zelenskyy'),
  alias('zelensky', 'Zelensky'),
  alias('zelensky', 'Зеленський'),
  alias('zelensky', 'Selenskyj'),
  alias('article-5-like', 'Article 5-like'),
  alias('article-5-like', 'Article Five-like'),
  alias('article-5-like', 'Article-5 like'),
  alias('article-5-like', '"Article 5"-like'),
  alias('article-5', 'Article 5', { ambiguous: true }),
  alias('nato', 'NATO'),
  alias('nato', 'Nato'),
  alias('eu', 'EU', { caseSensitive: true }),
  alias('coalition', 'Coalition of the Willing'),
  alias('ninety', '90%'),
  alias('ninety', '90 per cent'),
  alias('merz', 'Merz', { ambiguous: true }),
  alias('kushner', 'Kushner'),
  alias('berlin', 'Berlin', { ambiguous: true }),
  alias('referendum', 'referendum', { ambiguous: true }),
  alias('gdpr', 'GDPR'),
];

const matcher = compileMatcher(ALIASES, {
  notMatching: [
    { entityId: 'kushner', text: 'Kushner Companies' },
    { entityId: 'article-5', text: 'Article 5 of the GDPR' },
  ],
});

const found = (text: string) => matcher.findAll(text).map((m) => [m.entityId, m.text]);

describe('compileMatcher: alias table', () => {
  it.each<[string, string, Array<[string, string]>]>([
    // Every Article 5 spelling in the seeds.
    ['seed: plain hyphen', 'and Article 5-like Guarantees', [['article-5-like', 'Article 5-like']]],
    ['seed: en dash, capital L', ': “Article 5–Like,” Bu', [['article-5-like', 'Article 5–Like']]],
    ['seed: en dash', 's “Article 5–like”, re', [['article-5-like', 'Article 5–like']]],
    ['seed: in curly quotes', 's “Article 5-like”, re', [['article-5-like', 'Article 5-like']]],
    ['seed: word five', 'of "Article Five-like" security', [['article-5-like', 'Article Five-like']]],
    ['seed: em dashes around', '— Article Five-like —', [['article-5-like', 'Article Five-like']]],
    ['seed: quoted number', 'of “Article 5”-like security', [['article-5-like', '“Article 5”-like']]],
    ['seed: hyphen moved', 'NATO’s Article-5 like security', [['nato', 'NATO'], ['article-5-like', 'Article-5 like']]],
    ['non-breaking hyphen', 'Article 5\u2011like', [['article-5-like', 'Article 5\u2011like']]],
    ['NBSP for space', 'Article\u00a05-like', [['article-5-like', 'Article\u00a05-like']]],
    // Longest match wins; the shorter alias still matches alone.
    ['longest wins', 'Article 5-like and Article 5.', [['article-5-like', 'Article 5-like'], ['article-5', 'Article 5']]],
    // Possessives and genitives: the name only.
    ['straight possessive', "Zelensky's plan", [['zelensky', 'Zelensky']]],
    ['curly possessive', 'Zelenskyy’s plan', [['zelensky', 'Zelenskyy']]],
    ['German genitive', 'Selenskyjs Rede', [['zelensky', 'Selenskyj']]],
    ['genitive needs a capital', 'berlins and Berlins', [['berlin', 'Berlin']]],
    ['Cyrillic', 'Президент Зеленський сказав', [['zelensky', 'Зеленський']]],
    ['Cyrillic word continues', 'Зеленськийович', []],
    // Near-misses.
    ['Article 50', 'under Article 50 of the treaty', []],
    ['Article 5.1', 'see Article 5.1', []],
    ['Article 5 of the GDPR', 'Article 5 of the GDPR sets out', [['gdpr', 'GDPR']]],
    ['Merzig', 'in Merzig, Saarland', []],
    ['Merz', 'Friedrich Merz said', [['merz', 'Merz']]],
    ['Kushner Companies', 'Kushner Companies bought', []],
    ['Kushner alone', 'Jared Kushner met', [['kushner', 'Kushner']]],
    ['inside a word', 'UnNATOlike proNATO', []],
    ['hyphenated compound', 'pro-NATO, Merz-led', [['nato', 'NATO'], ['merz', 'Merz']]],
    // Case rules.
    ['case-insensitive', 'nato NATO Nato', [['nato', 'nato'], ['nato', 'NATO'], ['nato', 'Nato']]],
    ['case-sensitive acronym', 'the EU, eu, Eu, Europe', [['eu', 'EU']]],
    // Numbers and phrases.
    ['percent', '90% of issues, 90 per cent', [['ninety', '90%'], ['ninety', '90 per cent']]],
    ['decimal is not 90%', '2.90% or 190%', []],
    ['line break in phrase', 'Coalition of the\nWilling', [['coalition', 'Coalition of the\nWilling']]],
    ['block separator stops phrase', 'Coalition of the\u0000Willing', []],
    ['lower-case ambiguous', 'a referendum, Referendum', [['referendum', 'referendum'], ['referendum', 'Referendum']]],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('compileMatcher: shape of results', () => {
  it('gives exact offsets into the original text, sorted and non-overlapping', () => {
    const text = 'x “Article 5”-like; Zelensky’s NATO\u00a0';
    const matches = matcher.findAll(text);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it('marks ambiguous aliases', () => {
    expect(matcher.findAll('Berlin and NATO').map((m) => m.ambiguous)).toEqual([true, false]);
  });

  it('is reusable (no state leaks between calls)', () => {
    expect(found('NATO')).toEqual(found('NATO'));
  });

  it('matches nothing without aliases', () => {
    expect(compileMatcher([]).findAll('NATO')).toEqual([]);
  });

  it('lets the first listed entity take a shared alias', () => {
    const m = compileMatcher([alias('a', 'Union'), alias('b', 'union')]);
    expect(m.findAll('Union').map((x) => x.entityId)).toEqual(['a']);
  });

  it('keeps case-sensitive and folded aliases apart', () => {
    const m = compileMatcher([alias('us', 'US', { caseSensitive: true }), alias('us-pronoun', 'us')]);
    expect(m.findAll('US and us').map((x) => x.entityId)).toEqual(['us', 'us-pronoun']);
  });

  it('only blocks the entity the phrase belongs to', () => {
    const m = compileMatcher([alias('k', 'Kushner'), alias('c', 'Kushner Companies')], {
      notMatching: [{ entityId: 'k', text: 'Kushner Companies' }],
    });
    expect(m.findAll('Kushner Companies').map((x) => x.entityId)).toEqual(['c']);
  });

  it('does not slow down with many aliases (one combined pattern)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => alias(`x${i}`, `Name${i} Surname${i}`));
    const big = compileMatcher([...ALIASES, ...many]);
    expect(big.findAll('Article 5-like and Name999 Surname999').map((m) => m.entityId)).toEqual([
      'article-5-like',
      'x999',
    ]);
  });
});
