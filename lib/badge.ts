import type { PageState } from './messages';

/**
 * Dark blue with white text: readable in light and dark toolbars (contrast 10:1),
 * and darker than the icon's mid blue, so the badge's edge shows on it.
 */
export const BADGE_BACKGROUND = '#1d3d6b';
export const BADGE_TEXT = '#ffffff';

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
