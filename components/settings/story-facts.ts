import { sourceCount, t, uiLocale } from '../../lib/i18n';
import { formatIsoDate } from '../briefing/format';
import type { StorySummary } from '../../lib/packs/types';

export function entityCount(n: number): string {
  return n === 1 ? t('storiesEntityCountOne') : t('storiesEntityCountMany', n);
}

/** "12 Mar 2026 to 14 Mar 2026" in the UI's language, one date when both are the same, '' when no source is dated. */
export function dateRange(summary: StorySummary): string {
  const { firstDate, lastDate } = summary;
  if (!firstDate || !lastDate) return '';
  const [first, last] = [formatIsoDate(firstDate, uiLocale()), formatIsoDate(lastDate, uiLocale())];
  return first === last ? first : t('storiesDateRange', first, last);
}

/** The facts a row lists, in order, empty ones left out. */
export function storyFacts(summary: StorySummary): string[] {
  return [sourceCount(summary.sources), dateRange(summary), entityCount(summary.entities)].filter((s) => s !== '');
}
