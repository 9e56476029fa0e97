// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/components/briefing/App';
import { createLibrary } from '@/lib/packs/library';
import type { CompiledPack } from '@/lib/pack/types';
import { fixturePack } from './fixture';
import { fakeBridge, pageState } from './fake-bridge';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

/** A second story made from the fixture with its own headline, so the two briefings can be told apart. */
const otherPack: CompiledPack = {
  ...fixturePack,
  summary: { ...fixturePack.summary, headline: { ...fixturePack.summary.headline, label: 'A second story headline written for this test.' } },
};
const library = createLibrary([
  { header: { id: 'first', title: 'First story', lang: 'en' }, bundled: true, pack: fixturePack },
  { header: { id: 'second', title: 'Second story', lang: 'en' }, bundled: false, pack: otherPack },
]);

describe('App with two stories', () => {
  it('opens on the story the tab is about, groups what the page mentions by story, and switches briefing', async () => {
    const state = pageState({ berlin: 1, 'second/trump': 2 }, { stories: ['second'] });
    const { bridge, revealed } = fakeBridge({ tabId: 4, state });
    render(<App library={library} bridge={bridge} />);
    const region = await screen.findByRole('region', { name: 'On this page' });
    expect(await within(region).findByRole('heading', { name: 'First story' })).toBeTruthy();
    expect(within(region).getByRole('heading', { name: 'Second story' })).toBeTruthy();
    // Reveal asks for the page's own id of the entity, story prefix and all.
    fireEvent.click(within(region).getByRole('button', { name: /Trump/ }));
    expect(revealed).toEqual([[4, 'second/trump']]);

    const switcher = screen.getByRole('combobox', { name: 'Story' }) as HTMLSelectElement;
    expect(switcher.value).toBe('second');
    expect(screen.getByText('A second story headline written for this test.')).toBeTruthy();
    fireEvent.change(switcher, { target: { value: 'first' } });
    expect(screen.queryByText('A second story headline written for this test.')).toBeNull();
    expect(screen.getByText(fixturePack.summary.headline.label)).toBeTruthy();
  });

  it('with one story shows no switcher and no story headings', async () => {
    const one = createLibrary([library.stories[0]!]);
    const { bridge } = fakeBridge({ tabId: 4, state: pageState({ berlin: 1 }) });
    render(<App library={one} bridge={bridge} />);
    const region = await screen.findByRole('region', { name: 'On this page' });
    await within(region).findByRole('button', { name: /Berlin/ });
    expect(screen.queryByRole('combobox', { name: 'Story' })).toBeNull();
    expect(within(region).queryByRole('heading', { level: 3 })).toBeNull();
  });
});
