/**
 * UI strings. `t(key, ...subs)` asks the browser's i18n API first (so a
 * translated `_locales/xx/messages.json` wins) and falls back to the English
 * table below when the API is missing (unit tests, plain pages) or returns ''.
 *
 * The table must stay in step with `public/_locales/en/messages.json`; a unit
 * test compares the two. Substitutions use `$1`, `$2`… like the browser API.
 */

const EN = {
  panelClose: 'Close',
  panelKind_person: 'Person',
  panelKind_place: 'Place',
  panelKind_organisation: 'Organisation',
  panelKind_concept: 'Concept',
  panelKind_figure: 'Figure',
  panelKind_document: 'Document',
  panelKind_event: 'Event',
  panelMentionedIn: 'Mentioned in $1 of $2 sources',
  panelSourceStripLabel: 'Sources',
  panelChipMentions: '$1: mentions it',
  panelChipSilent: '$1: does not mention it',
  panelClaimStripLabel: 'Sources that carry this claim',
  panelChipCarries: '$1: says this',
  panelChipLacks: '$1: does not say this',
  panelClaimsHeading: 'What the sources say',
  panelNoClaims: 'No claims about this yet.',
  panelQuotesHeading: 'In their words',
  panelSourceCountOne: '1 source',
  panelSourceCountMany: '$1 sources',
  panelUndated: 'undated',
  panelShowAllClaims: 'Show all $1 claims',
  panelShowAllQuotes: 'Show all $1 quotes',
  panelOpenBriefing: 'Open briefing',
  panelDisableSite: 'Turn off on this site',
  statusAgreed: 'Agreed',
  statusSingleSource: 'Single source',
  statusDiffers: 'Sources differ',
} as const;

export type MessageKey = keyof typeof EN;

/** The English fallback table, for the locale-file consistency test. */
export const ENGLISH_MESSAGES: Readonly<Record<MessageKey, string>> = EN;

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

/** Replaces `$1`, `$2`… with the substitutions (the browser API does the same). */
export function substitute(template: string, subs: readonly string[]): string {
  return template.replace(/\$(\d)/g, (whole, digit: string) => subs[Number(digit) - 1] ?? whole);
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const text = getMessage(key, strings);
      if (text) return text;
    } catch {
      // Fake or partial browser objects (tests, other extensions' shims) may throw.
    }
  }
  return substitute(EN[key], strings);
}

/** "1 source" / "N sources" — the browser API has no plural rules. */
export function sourceCount(n: number): string {
  return n === 1 ? t('panelSourceCountOne') : t('panelSourceCountMany', n);
}

/** Direction of the UI language (`@@bidi_dir`), for the panel's own layout. */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browserGetMessage()?.('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
