import type { PageState } from './messages';

/**
 * Toolbar badge text for a page: how many distinct entities it mentions.
 * Empty (no badge) when none, or when Backstory is off there. Above 99 the
 * badge has no room, so it says "99+".
 */
export function badgeText(state: PageState): string {
  if (!state.active) return '';
  const distinct = Object.values(state.counts).filter((n) => Number.isFinite(n) && n > 0).length;
  if (distinct === 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}
