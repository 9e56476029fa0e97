import { describe, expect, it } from 'vitest';
import { fallbackPlacementsFor, isOutOfView, placementFor, shiftRect, toDirection } from '../../../lib/panel/placement';

describe('placement choices', () => {
  it.each([
    ['ltr', 'bottom-start'],
    ['rtl', 'bottom-end'],
  ] as const)('%s pages open the panel at %s', (dir, placement) => {
    expect(placementFor(dir)).toBe(placement);
  });

  it.each(['ltr', 'rtl'] as const)('%s fallbacks stay above or below the mention', (dir) => {
    const all = [placementFor(dir), ...fallbackPlacementsFor(dir)];
    expect(all.every((p) => p.startsWith('top') || p.startsWith('bottom'))).toBe(true);
    expect(fallbackPlacementsFor(dir)[0]!.startsWith('top')).toBe(true);
    expect(new Set(all).size).toBe(4);
  });

  it.each([
    ['rtl', 'rtl'],
    [' RTL ', 'rtl'],
    ['ltr', 'ltr'],
    ['', 'ltr'],
    [null, 'ltr'],
    [undefined, 'ltr'],
  ] as const)('direction %j reads as %s', (value, dir) => {
    expect(toDirection(value)).toBe(dir);
  });
});

describe('isOutOfView', () => {
  const viewport = { width: 800, height: 600 };
  it.each([
    [{ top: 10, bottom: 30, left: 10, right: 50 }, false],
    [{ top: -10, bottom: 5, left: 10, right: 50 }, false], // partly visible still counts
    [{ top: -40, bottom: -20, left: 10, right: 50 }, true],
    [{ top: 600, bottom: 620, left: 10, right: 50 }, true],
    [{ top: 10, bottom: 30, left: -60, right: -10 }, true],
    [{ top: 10, bottom: 30, left: 800, right: 850 }, true],
  ])('%j → %s', (rect, out) => {
    expect(isOutOfView(rect, viewport)).toBe(out);
  });
});

describe('shiftRect', () => {
  it('moves a rect against the scroll delta', () => {
    const r = { x: 10, y: 100, left: 10, right: 60, top: 100, bottom: 120, width: 50, height: 20 };
    expect(shiftRect(r, 0, 30)).toEqual({ ...r, y: 70, top: 70, bottom: 90 });
  });
});
