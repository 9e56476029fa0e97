import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { leaveFocus, takeFocus } from '@/components/briefing/briefing-focus';

describe('briefing focus handoff (background → popup)', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['a fresh note for this tab', 4, 1_000, 'trump'],
    ['a fresh note, tab unknown (popup on the active tab)', null, 1_000, 'trump'],
    ['a note for another tab', 5, 1_000, null],
    ['a stale note', 4, 60_000, null],
  ])('%s', async (_label, tabId, later, expected) => {
    await leaveFocus(4, 'trump');
    expect(await takeFocus(tabId, Date.now() + later)).toBe(expected);
  });

  it('is consumed by the first popup that reads it', async () => {
    await leaveFocus(4, 'trump');
    await takeFocus(4);
    expect(await takeFocus(4)).toBeNull();
  });
});
