// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/briefing/App';
import { HOST_ORIGINS } from '@/components/briefing/bridge';
import { createBrowserBridge } from '@/components/briefing/browser-bridge';
import { HostAccessNotice } from '@/components/briefing/HostAccessNotice';
import { fixturePack } from './fixture';
import { fakeBridge } from './fake-bridge';
import { libraryOf } from './library-of';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const MISSING = /can’t read web pages until you allow it/;
const allowButton = () => screen.queryByRole('button', { name: 'Allow on all websites' });
/** Lets the access check's promise settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('HostAccessNotice', () => {
  it('with access: shows nothing, and leaves the live region empty', async () => {
    const { bridge } = fakeBridge({ hostAccess: true });
    render(<HostAccessNotice bridge={bridge} />);
    await settle();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(allowButton()).toBeNull();
  });

  it('without access: says Backstory cannot read pages and offers to allow it', async () => {
    const { bridge } = fakeBridge({ hostAccess: false });
    render(<HostAccessNotice bridge={bridge} />);
    expect(await screen.findByText(MISSING)).toBeTruthy();
    expect(screen.getByRole('status').contains(allowButton())).toBe(true);
  });

  it('asks within the click itself, and goes away once granted', async () => {
    const { bridge, access } = fakeBridge({ hostAccess: false, grantOnRequest: true });
    render(<HostAccessNotice bridge={bridge} />);
    fireEvent.click((await screen.findByRole('button', { name: 'Allow on all websites' })));
    // Counted before anything is awaited: the prompt needs the click's user gesture.
    expect(access.requests).toBe(1);
    await waitFor(() => expect(screen.queryByText(MISSING)).toBeNull());
  });

  it('stays when the user declines', async () => {
    const { bridge, access } = fakeBridge({ hostAccess: false, grantOnRequest: false });
    render(<HostAccessNotice bridge={bridge} />);
    fireEvent.click((await screen.findByRole('button', { name: 'Allow on all websites' })));
    await settle();
    expect(access.requests).toBe(1);
    expect(screen.getByText(MISSING)).toBeTruthy();
  });

  it('follows grants and withdrawals made in the browser’s own settings', async () => {
    const { bridge, setHostAccess } = fakeBridge({ hostAccess: false });
    render(<HostAccessNotice bridge={bridge} />);
    await screen.findByText(MISSING);
    setHostAccess(true);
    await waitFor(() => expect(screen.queryByText(MISSING)).toBeNull());
    setHostAccess(false);
    expect(await screen.findByText(MISSING)).toBeTruthy();
  });

  it('sits at the top of the popup, under the header', async () => {
    const { bridge } = fakeBridge({ hostAccess: false });
    const { container } = render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    await screen.findByText(MISSING);
    const header = container.querySelector('.app__header');
    expect(header?.nextElementSibling).toBe(screen.getByText(MISSING).closest('[role="status"]'));
  });
});

describe('the browser bridge’s host access', () => {
  const bridge = () => createBrowserBridge({ fixedTabId: null, followActiveTab: false });

  it('asks for exactly the content script’s match patterns', () => {
    const entry = readFileSync(join(__dirname, '../../../entrypoints/content/index.ts'), 'utf8');
    const matches = /matches:\s*(\[[^\]]*\])/.exec(entry)?.[1];
    expect(JSON.parse(matches!.replace(/'/g, '"'))).toEqual(HOST_ORIGINS);
  });

  it.each([
    ['the browser says yes', () => Promise.resolve(true), true],
    ['the browser says no', () => Promise.resolve(false), false],
    ['the browser cannot say', () => Promise.reject(new Error('not implemented')), true],
  ])('hasHostAccess when %s', async (_label, contains, expected) => {
    const spy = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(contains);
    expect(await bridge().hasHostAccess()).toBe(expected);
    expect(spy).toHaveBeenCalledWith({ origins: HOST_ORIGINS });
  });

  it('requestHostAccess calls permissions.request before returning (the user gesture)', async () => {
    const spy = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const pending = bridge().requestHostAccess();
    expect(spy).toHaveBeenCalledWith({ origins: HOST_ORIGINS });
    expect(await pending).toBe(true);
  });

  it('requestHostAccess answers false when the request fails', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('not declared'));
    expect(await bridge().requestHostAccess()).toBe(false);
  });
});
