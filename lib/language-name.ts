/**
 * Naming a quote's language for the reader ("English", or "Englisch" in a
 * German UI) and checking a source's `lang` before it goes into a `lang`
 * attribute. Pure apart from `uiLanguage()`, which only reads globals.
 */

/** `tag` as a canonical BCP 47 tag ("en-gb" → "en-GB"), or null when it isn't one. */
export function canonicalLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

type GetUILanguage = () => string;

/**
 * The language the UI is shown in: the extension API's `getUILanguage()`, else
 * `navigator.language`, else "en". Looked up loosely, as in lib/i18n.ts: there
 * is no extension API in unit tests or plain pages, and fakes may throw.
 */
export function uiLanguage(): string {
  const g = globalThis as {
    browser?: { i18n?: { getUILanguage?: GetUILanguage } };
    chrome?: { i18n?: { getUILanguage?: GetUILanguage } };
    navigator?: { language?: string };
  };
  const fn = g.browser?.i18n?.getUILanguage ?? g.chrome?.i18n?.getUILanguage;
  if (typeof fn === 'function') {
    try {
      const lang = canonicalLanguageTag(fn());
      if (lang) return lang;
    } catch {
      // The fake browser in tests throws "not implemented".
    }
  }
  return canonicalLanguageTag(g.navigator?.language) ?? 'en';
}

const namers = new Map<string, Intl.DisplayNames | null>();

function namer(locale: string): Intl.DisplayNames | null {
  let n = namers.get(locale);
  if (n === undefined) {
    try {
      // fallback 'none': an unknown language gives undefined, not its code dressed up as a name.
      n = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'none' });
    } catch {
      n = null;
    }
    namers.set(locale, n);
  }
  return n;
}

/**
 * The name of language `tag` in language `uiLang` ("en" in "de" → "Englisch"),
 * capitalised as a standalone label ("anglais" → "Anglais"); null when `tag`
 * is not a well-formed tag or the runtime cannot name it.
 */
export function languageName(tag: string | null | undefined, uiLang: string = uiLanguage()): string | null {
  const lang = canonicalLanguageTag(tag);
  if (!lang) return null;
  const locale = canonicalLanguageTag(uiLang) ?? 'en';
  let name: string | undefined;
  try {
    name = namer(locale)?.of(lang);
  } catch {
    return null;
  }
  if (!name) return null;
  const [first = '', ...rest] = [...name];
  return first.toLocaleUpperCase(locale) + rest.join('');
}

/** "de-AT" → "de". */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * The locale to name languages in, given the language the UI strings are in
 * (`uiLocale()` in lib/i18n.ts): the browser's UI language when the strings
 * are in that language (it keeps its region, "de-AT"), else the strings' own
 * language, so a French browser shown the English strings reads "English"
 * rather than "Anglais" in the middle of English text.
 */
export function nameLocale(stringsLocale: string, ui: string = uiLanguage()): string {
  const strings = canonicalLanguageTag(stringsLocale) ?? 'en';
  const browserUi = canonicalLanguageTag(ui);
  return browserUi && primaryLanguage(browserUi) === primaryLanguage(strings) ? browserUi : strings;
}
