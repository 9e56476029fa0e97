/**
 * Matching rules other languages need: Slavic and German endings on stems,
 * Latin diacritics, French and Italian elision, and the lookalike flag.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherTables, matcherFromTables } from '../../../lib/match/matcher';
import { ENDING_SETS, isEnding } from '../../../lib/match/endings';
import { canonical, stripLatinDiacritic } from '../../../lib/match/normalize';
import { alias } from './alias';


const matcher = compileMatcher([
  alias('zelenskyy', 'Зеленськ', { endings: 'uk' }),
  alias('zelenskyy', 'Зеленск', { endings: 'ru' }),
  alias('zelenskyy', 'Zełensk', { endings: 'pl' }),
  alias('putin', 'Путин', { endings: 'ru', caseSensitive: true }),
  alias('putin', 'Путін', { endings: 'uk', caseSensitive: true }),
  alias('putin', 'Putin', { endings: 'pl', caseSensitive: true }),
  alias('security-guarantees', 'Sicherheitsgarantie', { endings: 'de' }),
  alias('security-guarantees', 'garanties de sécurité'),
  alias('nato', 'OTAN', { caseSensitive: true }),
  alias('eu', 'Ue', { caseSensitive: true }),
  alias('coalition', 'coalition of the willing', { lookalike: true }),
]);

const texts = (text: string) => matcher.findAll(text).map((m) => [m.entityId, m.text]);

describe('stems with a bounded set of endings', () => {
  it('finds Ukrainian, Russian and Polish case forms of one stem', () => {
    expect(texts('Зеленський, Зеленського, Зеленському, Зеленським; Зеленского, Зеленскому; Zełenski, Zełenskiego, Zełenskiemu')).toEqual([
      ['zelenskyy', 'Зеленський'], ['zelenskyy', 'Зеленського'], ['zelenskyy', 'Зеленському'], ['zelenskyy', 'Зеленським'],
      ['zelenskyy', 'Зеленского'], ['zelenskyy', 'Зеленскому'],
      ['zelenskyy', 'Zełenski'], ['zelenskyy', 'Zełenskiego'], ['zelenskyy', 'Zełenskiemu'],
    ]);
  });

  it('finds the bare stem and stops at a word that only starts with stem + ending', () => {
    expect(texts('Путин и Путина, но не Путинизм; Путіну; z Putinem, Putinowi, Putinizm')).toEqual([
      ['putin', 'Путин'], ['putin', 'Путина'], ['putin', 'Путіну'], ['putin', 'Putinem'], ['putin', 'Putinowi'],
    ]);
  });

  it('keeps case-sensitive stems away from common words (Russian "путина" is a fishing season)', () => {
    expect(texts('Началась путина на Волге.')).toEqual([]);
  });

  it('accepts German endings on a compound (Sicherheitsgarantien) but not a longer compound', () => {
    expect(texts('Die Sicherheitsgarantien und eine Sicherheitsgarantie, kein Sicherheitsgarantiesystem.')).toEqual([
      ['security-guarantees', 'Sicherheitsgarantien'], ['security-guarantees', 'Sicherheitsgarantie'],
    ]);
  });

  it('keeps the ending sets closed and lower-case', () => {
    for (const [name, set] of Object.entries(ENDING_SETS)) {
      expect(set.length, name).toBeLessThan(50);
      for (const ending of set) expect(ending, name).toBe(ending.toLowerCase());
    }
    expect(isEnding('uk', 'ого')).toBe(true);
    expect(isEnding('uk', 'ізм')).toBe(false);
    expect(isEnding('de', '')).toBe(true);
  });

  it('survives the build-time tables', () => {
    const aliases = [alias('zelenskyy', 'Зеленськ', { endings: 'uk' })];
    const loaded = matcherFromTables(JSON.parse(JSON.stringify(compileMatcherTables(aliases))));
    expect(loaded.findAll('Зеленському').map((m) => m.text)).toEqual(['Зеленському']);
  });
});

describe('diacritics', () => {
  it('lets a page drop the accents an alias has', () => {
    expect(texts('des garanties de securite et des garanties de sécurité')).toEqual([
      ['security-guarantees', 'garanties de securite'], ['security-guarantees', 'garanties de sécurité'],
    ]);
  });

  it('folds only Latin letters: Cyrillic й is a letter of its own', () => {
    expect(stripLatinDiacritic('é')).toBe('e');
    expect(stripLatinDiacritic('Ü')).toBe('U');
    expect(stripLatinDiacritic('й')).toBe('й');
    expect(stripLatinDiacritic('ł')).toBe('ł');
    expect(canonical('Sécurité', false)).toBe('securite');
  });
});

describe('elision', () => {
  it("matches after l', d', dell' with straight or curly apostrophes", () => {
    expect(texts("l'OTAN, d’OTAN, dell'Ue, all’Ue")).toEqual([
      ['nato', 'OTAN'], ['nato', 'OTAN'], ['eu', 'Ue'], ['eu', 'Ue'],
    ]);
  });

  it('still refuses a match inside a word', () => {
    expect(texts('COTAN, Uepa, Zełenskiś')).toEqual([]);
  });
});

describe('lookalike aliases', () => {
  it('are flagged on their matches, other matches are not', () => {
    const [coalition, nato] = matcher.findAll('the coalition of the willing and OTAN');
    expect(coalition?.lookalike).toBe(true);
    expect(nato?.lookalike).toBeUndefined();
  });
});

describe('longest alias wins whatever the listing order', () => {
  it('tries an optional ending after every longer spelling', () => {
    const m = compileMatcher([
      alias('donetsk', 'Донецк', { endings: 'ru' }),
      alias('donetsk-region', 'Донецкая область'),
    ]);
    expect(m.findAll('Донецкая область и Донецкая').map((x) => [x.entityId, x.text])).toEqual([
      ['donetsk-region', 'Донецкая область'], ['donetsk', 'Донецкая'],
    ]);
  });

  it('merges an accented and a plain letter on one path, so neither hides the other', () => {
    const m = compileMatcher([
      alias('donetsk-region', 'région de Donetsk'),
      alias('referendum', 'referendum nacional'),
      alias('referendum-bare', 'referendum', { ambiguous: true }),
    ]);
    expect(m.findAll('un referendum nacional en la region de Donetsk').map((x) => [x.entityId, x.text])).toEqual([
      ['referendum', 'referendum nacional'], ['donetsk-region', 'region de Donetsk'],
    ]);
  });

  it('accepts an ending printed without its diacritic', () => {
    const m = compileMatcher([alias('assets', 'zamrożonych aktyw', { endings: 'pl' })]);
    expect(m.findAll('zamrożonych aktywów, zamrożonych aktywow').map((x) => x.text)).toEqual(['zamrożonych aktywów', 'zamrożonych aktywow']);
  });
});
