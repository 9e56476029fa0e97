/**
 * UI strings of the briefing (popup, side panel) and the options page.
 *
 * Same contract as `lib/i18n.ts` (the fact panel's table): the browser's
 * i18n API first, so a translated `_locales/xx/messages.json` wins, then this
 * English table (unit tests, a missing key). Kept as a separate table so the
 * two UIs could be written side by side; `tests/unit/briefing/messages.test.ts`
 * checks every key here is in `public/_locales/en/messages.json` with the same text.
 */
import { substitute } from './i18n';

const EN = {
  extName: 'Backstory',
  briefingSearchLabel: 'Search people, places and claims',
  briefingSearchResults: 'Search results',
  briefingSearchSummary: 'Matching terms: $1. Matching claims: $2.',
  briefingSearchNothing: 'Nothing in the story matches “$1”.',
  briefingSearchEntities: 'People, places and terms',
  briefingSearchClaims: 'Claims',
  briefingDateRange: 'Sources dated $1 to $2',
  briefingDateSingle: 'Sources dated $1',
  briefingDateNone: 'The sources give no dates',
  briefingOfSources: '$1 of $2 sources',
  briefingKeyPoints: 'Key points',
  briefingAgreements: 'Where the sources agree',
  briefingDifferences: 'Where they differ',
  briefingDiffersOn_number: 'They give different numbers',
  briefingDiffersOn_word: 'They use different words',
  briefingDiffersOn_date: 'They give different dates',
  briefingDiffersOn_person: 'They name different people',
  briefingDiffersOn_substance: 'They say different things',
  briefingOpenQuestions: 'Open questions',
  briefingWhoSaidWhat: 'Who said what',
  briefingWordingsDiffer: 'The sources word this quote $1 different ways.',
  briefingQuotesToggle: 'What each source says',
  briefingNoQuotes: 'No verbatim quotes for this point.',
  briefingSources: 'Sources',
  briefingSourceNumber: 'Source $1',
  briefingQuoteFrom: 'Source $1: $2',
  briefingDated: 'Dated “$1” ($2)',
  briefingUndated: 'No date in the text',
  briefingDateKind_dateline: 'dateline',
  briefingDateKind_pageDate: 'date printed on the page',
  briefingDateKind_metadataLine: 'metadata line',
  briefingStyle: 'Style: $1',
  briefingStyle_wireRewrite: 'wire rewrite',
  briefingStyle_seoBlogDraft: 'SEO blog draft',
  briefingStyle_tabloid: 'tabloid',
  briefingStyle_newsReport: 'news report',
  briefingStyle_aggregatorRewrite: 'aggregator rewrite',
  briefingAttributions: 'Credits in its text:',
  briefingNoAttributions: 'Credits no other outlet in its text.',
  onPageHeading: 'On this page',
  onPageEmpty: 'No story terms on this page',
  onPageUnreachable:
    'Backstory can’t read this tab. Browser pages are off limits; other pages may need a reload.',
  onPageLoading: 'Checking this page…',
  onPageHint: 'Choose a term to jump to its next mention.',
  onPageMentionsOne: '1 mention',
  onPageMentionsMany: '$1 mentions',
  onPageSiteOff: 'Backstory is off on $1.',
  onPageGlobalOff: 'Backstory is switched off.',
  settingsTurnOnSite: 'Turn on for $1',
  settingsTurnOnGlobal: 'Turn Backstory on',
  settingsEnabled: 'Backstory on',
  settingsSiteEnabled: 'On for $1',
  settingsKinds: 'Kinds to highlight',
  settingsControls: 'Settings',
  settingsOpenOptions: 'All settings',
  optionsTitle: 'Backstory settings',
  optionsCorrupt: 'Some saved settings were damaged and have been reset to their defaults: $1.',
  optionsRepair: 'Save the repaired settings',
  optionsSaved: 'Saved.',
  optionsSaveFailed: 'Could not save the settings.',
  optionsGeneral: 'General',
  optionsSites: 'Sites where Backstory is off',
  optionsSitesEmpty: 'None: Backstory runs on every site.',
  optionsHoverDelay: 'Delay before hovering opens the fact panel (milliseconds)',
  optionsHoverDelayHint: 'From $1 to $2.',
  optionsHighlighting: 'Highlighting',
  optionsHighlightStyle: 'Highlight style',
  optionsHighlightStyle_underline: 'Underline',
  optionsHighlightStyle_background: 'Background tint',
  optionsRenderer: 'How highlights are drawn',
  optionsRenderer_overlay: 'Overlay: drawn over the page, which stays untouched',
  optionsRenderer_inline: 'Inline: marks the page’s own text (for pages where the overlay misaligns)',
  optionsAppearance: 'Appearance',
  optionsTheme: 'Theme',
  optionsTheme_system: 'Same as the system',
  optionsTheme_light: 'Light',
  optionsTheme_dark: 'Dark',
} as const;

export type BriefingMessageKey = keyof typeof EN;

/** The English table, for the locale-file consistency test. */
export const BRIEFING_MESSAGES: Readonly<Record<BriefingMessageKey, string>> = EN;

type GetMessage = (name: string, subs?: string | string[]) => string;

/** Looked up loosely, as in `lib/i18n.ts`: outside an extension there is no API. */
function browserGetMessage(): GetMessage | null {
  const g = globalThis as {
    browser?: { i18n?: { getMessage?: GetMessage } };
    chrome?: { i18n?: { getMessage?: GetMessage } };
  };
  const fn = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return typeof fn === 'function' ? fn : null;
}

export function t(key: BriefingMessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const text = getMessage(key, strings);
      if (text) return text;
    } catch {
      // The fake browser in tests throws "not implemented"; fall back to English.
    }
  }
  return substitute(EN[key], strings);
}
