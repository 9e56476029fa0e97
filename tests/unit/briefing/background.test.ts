import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { pageState } from './fake-bridge';

function fromTab(tabId: number, message: unknown, id: string = fakeBrowser.runtime.id) {
  return fakeBrowser.runtime.onMessage.trigger(message, { id, tab: { id: tabId } } as never);
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

  const state = pageState({ a: 3, b: 1 });
  it.each<[string, unknown, string | undefined]>([
    ['another extension', { type: 'backstory:page-state', state }, 'some-other-extension'],
    ['a sender without an id', { type: 'backstory:page-state', state }, ''],
    ['counts that are not numbers', { type: 'backstory:page-state', state: { ...state, counts: { a: 'many' } } }, undefined],
    ['a state without its fields', { type: 'backstory:page-state', state: {} }, undefined],
    ['an entity id with markup', { type: 'backstory:open-briefing', entityId: '<img src=x>' }, undefined],
    ['an unknown script', { type: 'backstory:load-script', script: '../../evil.js' }, undefined],
    ['an unknown type', { type: 'backstory:steal-settings' }, undefined],
  ])('acts on nothing from %s', async (_, message, id) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const inject = vi.fn();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    const reply = await fromTab(5, message, id ?? fakeBrowser.runtime.id);
    expect(reply).toEqual([undefined]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    expect(create).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
  });

  it('opens the briefing in a tab pinned to the sender when the popup cannot open', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fromTab(9, { type: 'backstory:open-briefing', entityId: 'trump' });
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/popup\.html\?tabId=9&entity=trump$/);
  });
});
