/**
 * Dates for display. ISO dates in the pack are calendar dates, so they are
 * formatted in UTC: a reader west of Greenwich must not see the day before.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** "16 Dec 2025" (in the reader's locale), or the input itself if it isn't a date. */
export function formatIsoDate(iso: string, locale?: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale).format(date);
}
