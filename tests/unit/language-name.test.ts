import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalLanguageTag, languageName, nameLocale, uiLanguage } from '@/lib/language-name';

afterEach(() => vi.unstubAllGlobals());

describe('languageName', () => {
  it.each([
    ['en', 'en', 'English'],
    ['en', 'de', 'Englisch'],
    ['de', 'en', 'German'],
    ['uk', 'de', 'Ukrainisch'],
    ['en-GB', 'en', 'British English'],
    ['en_GB', 'en', 'British English'],
    // Capitalised as a standalone label, in the UI language's rules.
    ['en', 'fr', 'Anglais'],
    ['en', 'DE', 'Englisch'],
  ])('%s in %s is %s', (tag, ui, name) => {
    expect(languageName(tag, ui)).toBe(name);
  });

  it.each([[''], ['   '], ['not a tag!'], ['en--'], [null], [undefined]])('%j has no name', (tag) => {
    expect(languageName(tag, 'en')).toBeNull();
  });

  it('gives no name for a well-formed tag the runtime cannot name, rather than the bare code', () => {
    expect(languageName('qaa', 'en')).toBeNull();
  });

  it('names in English when the UI language is not a tag', () => {
    expect(languageName('de', 'not a tag!')).toBe('German');
  });

  it('uses the UI language by default', () => {
    vi.stubGlobal('browser', { i18n: { getUILanguage: () => 'de' } });
    expect(languageName('en')).toBe('Englisch');
  });
});

describe('canonicalLanguageTag', () => {
  it.each([
    ['en', 'en'],
    ['EN-gb', 'en-GB'],
    ['pt_BR', 'pt-BR'],
    [' de ', 'de'],
    ['', null],
    ['x y', null],
  ])('%j → %j', (tag, expected) => {
    expect(canonicalLanguageTag(tag)).toBe(expected);
  });
});

describe('uiLanguage', () => {
  it("asks the extension API's getUILanguage first", () => {
    vi.stubGlobal('browser', { i18n: { getUILanguage: () => 'de-AT' } });
    vi.stubGlobal('navigator', { language: 'fr' });
    expect(uiLanguage()).toBe('de-AT');
  });

  it('finds the API under chrome too', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => 'de' } });
    expect(uiLanguage()).toBe('de');
  });

  it.each([
    ['a throwing API', () => { throw new Error('not implemented'); }],
    ['an empty answer', () => ''],
  ])('falls back to navigator.language after %s', (_name, getUILanguage) => {
    vi.stubGlobal('browser', { i18n: { getUILanguage } });
    vi.stubGlobal('navigator', { language: 'fr-CA' });
    expect(uiLanguage()).toBe('fr-CA');
  });

  it('falls back to "en" when neither says', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    vi.stubGlobal('navigator', undefined);
    expect(uiLanguage()).toBe('en');
  });
});

describe('nameLocale', () => {
  it.each([
    ['de', 'de-AT', 'de-AT'],
    ['en', 'en-US', 'en-US'],
    ['de', 'de', 'de'],
    // The browser is French but there is no French file: the strings, and so the names, are English.
    ['en', 'fr', 'en'],
    ['en', 'not a tag!', 'en'],
  ])('strings in %s, browser in %s → %s', (strings, ui, expected) => {
    expect(nameLocale(strings, ui)).toBe(expected);
  });
});
