import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import type { BackstoryMessage } from '@/lib/messages';
import { pageState } from './fake-bridge';

function fromTab(tabId: number, message: BackstoryMessage) {
  return fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: tabId } } as never);
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('sets the badge to the number of distinct entities, per tab, and clears it at zero', async () => {
    await fromTab(5, { type: 'backstory:page-state', state: pageState({ a: 3, b: 1 }) });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2'));
    await fromTab(5, { type: 'backstory:page-state', state: pageState({}) });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(''));
  });

  it('ignores messages that are not Backstory’s', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'other:thing' }, { tab: { id: 5 } } as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('opens the briefing in a tab pinned to the sender when the popup cannot open', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fromTab(9, { type: 'backstory:open-briefing', entityId: 'trump' });
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/popup\.html\?tabId=9&entity=trump$/);
  });
});
