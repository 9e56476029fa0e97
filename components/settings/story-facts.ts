import { sourceCount, t } from '../../lib/i18n';
import type { StorySummary } from '../../lib/packs/types';

export function entityCount(n: number): string {
  return n === 1 ? t('storiesEntityCountOne') : t('storiesEntityCountMany', n);
}

/** "2026-03-12 to 2026-03-14", one date when both are the same, '' when no source is dated. */
export function dateRange(summary: StorySummary): string {
  const { firstDate, lastDate } = summary;
  if (!firstDate || !lastDate) return '';
  return firstDate === lastDate ? firstDate : t('storiesDateRange', firstDate, lastDate);
}

/** The facts a row lists, in order, empty ones left out. */
export function storyFacts(summary: StorySummary): string[] {
  return [sourceCount(summary.sources), dateRange(summary), entityCount(summary.entities)].filter((s) => s !== '');
}
