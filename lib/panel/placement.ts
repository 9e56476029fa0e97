/**
 * The project's own placement decisions; the geometry itself is
 * `@floating-ui/dom`'s. Pure so the choices are tested without a DOM.
 */
import type { Placement } from '@floating-ui/dom';

export type TextDirection = 'ltr' | 'rtl';

/**
 * Below the mention, aligned with where the reader's line starts: the panel
 * grows in the reading direction, so it sits under the words just read.
 */
export function placementFor(dir: TextDirection): Placement {
  return dir === 'rtl' ? 'bottom-end' : 'bottom-start';
}

/**
 * Where to try next when the first choice overflows: above the mention (never
 * beside it, which would sit on the line's other words), then the other alignments.
 */
export function fallbackPlacementsFor(dir: TextDirection): Placement[] {
  return dir === 'rtl'
    ? ['top-end', 'bottom-start', 'top-start']
    : ['top-start', 'bottom-end', 'top-end'];
}

export function toDirection(value: string | null | undefined): TextDirection {
  return value?.trim().toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

export interface RectLike {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** True when no part of `rect` lies inside a viewport of the given size. */
export function isOutOfView(rect: RectLike, viewport: { width: number; height: number }): boolean {
  return rect.bottom <= 0 || rect.top >= viewport.height || rect.right <= 0 || rect.left >= viewport.width;
}

/** `rect` moved by how far the window scrolled since it was measured. */
export function shiftRect<T extends RectLike & { x: number; y: number; width: number; height: number }>(
  rect: T,
  dx: number,
  dy: number,
): RectLike & { x: number; y: number; width: number; height: number } {
  return {
    x: rect.x - dx,
    y: rect.y - dy,
    left: rect.left - dx,
    right: rect.right - dx,
    top: rect.top - dy,
    bottom: rect.bottom - dy,
    width: rect.width,
    height: rect.height,
  };
}
