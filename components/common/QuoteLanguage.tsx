import { canonicalLanguageTag, languageName, nameLocale } from '../../lib/language-name';
import { t, uiLocale } from '../../lib/i18n';

/**
 * The `lang` attribute for the element holding a source's verbatim text, so a
 * screen reader pronounces it in the source's language; undefined (no
 * attribute, the page's language applies) when the pack's tag is not well formed.
 * Only the quoted text gets it: captions and the language tag stay in the UI language.
 */
export function quoteLang(lang: string | null | undefined): string | undefined {
  return canonicalLanguageTag(lang) ?? undefined;
}

/**
 * A small tag naming a quote's language in the UI language ("English",
 * "Englisch"), shown on every quote: the page around the panel or the reader's
 * own language may differ from the source's. Screen readers get the whole
 * phrase ("Quote language: English") instead of the bare name.
 * Used by the fact panel and the briefing (both style `.quote-lang`).
 */
export function QuoteLanguage({ lang }: { lang: string | null | undefined }) {
  const name = languageName(lang, nameLocale(uiLocale()));
  if (!name) return null;
  return (
    <span class="quote-lang">
      <span aria-hidden="true">{name}</span>
      <span class="visually-hidden">{t('quoteLanguage', name)}</span>
    </span>
  );
}
