/**
 * UI strings for every view (fact panel, popup, side panel, options).
 *
 * `t(key, ...subs)` asks the browser's i18n API first, so a translated
 * `_locales/xx/messages.json` wins. Where there is no API (unit tests, plain
 * pages) or it returns '', it falls back to the English locale file itself,
 * resolved the way Firefox's `localizeMessage` does it (Chrome differs only
 * past `$9`), so there is one English table and the keys are typed from it.
 */
import messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (name: string, subs?: string | string[]) => string;

/**
 * The extension API's `getMessage`, looked up loosely: importing the polyfill
 * would throw outside an extension, and WXT's typed overloads only know keys
 * generated at `wxt prepare` time.
 */
function browserGetMessage(): GetMessage | null {
  const g = globalThis as {
    browser?: { i18n?: { getMessage?: GetMessage } };
    chrome?: { i18n?: { getMessage?: GetMessage } };
  };
  const fn = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return typeof fn === 'function' ? fn : null;
}

/**
 * Step one, done by the browser when it loads the locale: each `$NAME$` becomes
 * its placeholder's `content` (names are case-insensitive; an unknown one becomes '').
 */
function expandPlaceholders({ message, placeholders = {} }: LocaleEntry): string {
  const contents = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  return message.replace(/\$([A-Za-z0-9@_]+)\$/g, (_whole, name: string) => contents.get(name.toLowerCase()) ?? '');
}

/**
 * Step two, done on each `getMessage` call: `$1`, `$2`… become the substitutions
 * ('' when missing), and in a run of `$` signs the first is dropped (`$$` → `$`).
 */
export function substitute(template: string, subs: readonly string[]): string {
  return template.replace(/\$(?:([1-9]\d*)|(\$+))/g, (_whole, index: string | undefined, dollars: string) =>
    index ? (subs[Number(index) - 1] ?? '') : dollars,
  );
}

/** What the browser makes of one `messages.json` entry and a call's substitutions. */
export function localize(entry: LocaleEntry, subs: readonly string[]): string {
  return substitute(expandPlaceholders(entry), subs);
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const text = getMessage(key, strings);
      if (text) return text;
    } catch {
      // The fake browser in tests throws "not implemented"; other shims may too.
    }
  }
  const english: LocaleEntry | undefined = messages[key];
  // Only a cast can get here with an unknown key; show it rather than crash the view.
  return english ? localize(english, strings) : key;
}

/** "1 source" / "N sources": the browser API has no plural rules. */
export function sourceCount(n: number): string {
  return n === 1 ? t('panelSourceCountOne') : t('panelSourceCountMany', n);
}

/**
 * The language the UI strings are in: the `uiLocale` message, which each
 * locale file sets to its own tag. Unlike `getUILanguage()` or `@@ui_locale`
 * it names the file the browser actually picked (a French browser without a
 * French file shows English, and this says "en"). For `lang` on the UI's roots.
 */
export function uiLocale(): string {
  const tag = t('uiLocale').trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Direction of the UI language (`@@bidi_dir`), for the panel's own layout. */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browserGetMessage()?.('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
