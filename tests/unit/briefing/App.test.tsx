// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/components/briefing/App';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { fixturePack } from './fixture';
import { fakeBridge, pageState } from './fake-bridge';
import { libraryOf } from './library-of';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

/** The section appears once settings have been read. */
const onPage = () => screen.findByRole('region', { name: 'On this page' });

describe('App (popup and side panel)', () => {
  it('on an on-topic page: lists its entities and reveals the one chosen', async () => {
    const { bridge, revealed } = fakeBridge({ tabId: 3, state: pageState({ trump: 2, berlin: 1 }) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    fireEvent.click(await within(await onPage()).findByRole('button', { name: /Berlin/ }));
    expect(revealed).toEqual([[3, 'berlin']]);
    // The briefing is there too.
    expect(screen.getByRole('region', { name: 'Key points' })).toBeTruthy();
  });

  it('on a tab without a content script: shows the empty state and no site switch', async () => {
    const { bridge } = fakeBridge({ state: null });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    expect(await within(await onPage()).findByText('No story terms on this page')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Backstory on' })).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /^On for/ })).toBeNull();
  });

  it('with no tab at all: shows the empty state', async () => {
    const { bridge } = fakeBridge({ tabId: null });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    expect(await within(await onPage()).findByText('No story terms on this page')).toBeTruthy();
  });

  it('updates live when the tab reports new counts, and ignores other tabs', async () => {
    const { bridge, push } = fakeBridge({ tabId: 3, state: pageState({}) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    await within(await onPage()).findByText('No story terms on this page');
    push(4, pageState({ berlin: 9 }));
    push(3, pageState({ trump: 1 }));
    expect(await within(await onPage()).findByRole('button', { name: /Donald Trump/ })).toBeTruthy();
    expect(within(await onPage()).queryByRole('button', { name: /Berlin/ })).toBeNull();
  });

  it('switches the site off in one click, shows it off, and back on from the notice', async () => {
    const { bridge } = fakeBridge({ state: pageState({ trump: 2 }) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    const siteSwitch = await screen.findByRole('switch', { name: 'On for news.example.com' });
    expect((siteSwitch as HTMLInputElement).checked).toBe(true);

    fireEvent.click(siteSwitch);
    expect(await within(await onPage()).findByText('Backstory is off on news.example.com.')).toBeTruthy();
    expect((await loadSettings()).disabledSites).toEqual(['news.example.com']);

    fireEvent.click(within(await onPage()).getByRole('button', { name: 'Turn on for news.example.com' }));
    expect(await within(await onPage()).findByRole('button', { name: /Donald Trump/ })).toBeTruthy();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('switches Backstory off everywhere', async () => {
    const { bridge } = fakeBridge({ state: pageState({ trump: 2 }) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Backstory on' }));
    expect(await within(await onPage()).findByText('Backstory is switched off.')).toBeTruthy();
    expect((await loadSettings()).enabled).toBe(false);
    expect((screen.getByRole('switch', { name: 'On for news.example.com' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('toggles a kind', async () => {
    const { bridge } = fakeBridge({ state: pageState({}) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Place' }));
    await waitFor(async () => expect((await loadSettings()).kinds.place).toBe(false));
  });

  it('follows settings changed elsewhere (options page, another popup)', async () => {
    const { bridge } = fakeBridge({ state: pageState({ trump: 2 }) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} />);
    await within(await onPage()).findByRole('button', { name: /Donald Trump/ });
    await saveSettings({ theme: 'dark', disabledSites: ['news.example.com'] });
    expect(await within(await onPage()).findByText('Backstory is off on news.example.com.')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('pre-fills the search for the entity it was opened for', async () => {
    const { bridge } = fakeBridge({ state: pageState({}) });
    render(<App library={libraryOf(fixturePack)} bridge={bridge} focusEntityId="berlin" />);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('Berlin');
  });
});
