// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPage, type PageView } from '@/components/briefing/OnThisPage';
import { defaultSettings, type Settings } from '@/lib/settings';
import { fixturePack } from './fixture';
import { pageState } from './fake-bridge';
import { libraryOf } from './library-of';

afterEach(cleanup);

function renderView(page: PageView, settings: Settings = defaultSettings(), initial?: number) {
  const handlers = { onReveal: vi.fn(), onHighlightAll: vi.fn(), onEnableSite: vi.fn(), onEnableGlobal: vi.fn() };
  render(<OnThisPage library={libraryOf(fixturePack)} page={page} settings={settings} initial={initial} {...handlers} />);
  return { ...handlers, region: screen.getByRole('region', { name: 'On this page' }) };
}

describe('OnThisPage', () => {
  it.each<[string, PageView, string]>([
    ['still asking the tab', { status: 'loading' }, 'Checking this page…'],
    ['a page without story terms', { status: 'ready', state: pageState({}) }, 'No story terms on this page'],
    ['a tab with no content script', { status: 'unreachable' }, 'No story terms on this page'],
  ])('%s: says so', (_label, page, text) => {
    const { region } = renderView(page);
    expect(within(region).getByText(text)).toBeTruthy();
    expect(within(region).queryAllByRole('button')).toHaveLength(0);
  });

  it('explains why a tab is unreachable', () => {
    const { region } = renderView({ status: 'unreachable' });
    expect(within(region).getByText(/can’t read this tab/)).toBeTruthy();
  });

  it('lists the entities on an on-topic page, most mentions first, with counts', () => {
    const { region } = renderView({ status: 'ready', state: pageState({ berlin: 1, trump: 4, ghost: 3 }) });
    expect(within(region).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Donald TrumpPerson4 mentions',
      'BerlinPlace1 mention',
    ]);
  });

  it('off topic, still lists everything found (most of it kept dark) and says why', () => {
    const state = pageState({ berlin: 1 }, { topic: false, found: { berlin: 1, trump: 4 } });
    const { region } = renderView({ status: 'ready', state });
    expect(within(region).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Donald TrumpPerson4 mentions',
      'BerlinPlace1 mention',
    ]);
    expect(within(region).getByText(/does not look like it is about the story/)).toBeTruthy();
    expect(within(region).queryByText('Choose a term to jump to its next mention.')).toBeNull();
  });

  it('on a huge page, says only the first mentions are highlighted and offers all of them', () => {
    const { region, onHighlightAll } = renderView({ status: 'ready', state: pageState({ trump: 100 }, { limited: true }) });
    expect(within(region).getByText(/the first 100 mentions of each are highlighted/)).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Highlight every mention' }));
    expect(onHighlightAll).toHaveBeenCalledTimes(1);
  });

  it('says when the page changes too often to follow live, and nothing of the kind otherwise', () => {
    const { region } = renderView({ status: 'ready', state: pageState({ trump: 1 }, { paused: true }) });
    expect(within(region).getByRole('status').textContent).toMatch(/changes all the time/);
    cleanup();
    const calm = renderView({ status: 'ready', state: pageState({ trump: 1 }) });
    expect(within(calm.region).queryByRole('status')).toBeNull();
    expect(within(calm.region).queryByRole('button', { name: 'Highlight every mention' })).toBeNull();
  });

  it('asks the tab to reveal the entity chosen', () => {
    const { region, onReveal } = renderView({ status: 'ready', state: pageState({ trump: 4 }) });
    fireEvent.click(within(region).getByRole('button', { name: /Donald Trump/ }));
    expect(onReveal).toHaveBeenCalledWith('trump');
  });

  it('shows a disabled site and offers to switch it back on', () => {
    const settings = { ...defaultSettings(), disabledSites: ['news.example.com'] };
    const page: PageView = { status: 'ready', state: pageState({}, { active: false, site: 'news.example.com' }) };
    const { region, onEnableSite } = renderView(page, settings);
    expect(within(region).getByText('Backstory is off on news.example.com.')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Turn on for news.example.com' }));
    expect(onEnableSite).toHaveBeenCalledWith('news.example.com');
  });

  it('goes by the settings even before the tab has caught up', () => {
    const settings = { ...defaultSettings(), disabledSites: ['news.example.com'] };
    const { region } = renderView({ status: 'ready', state: pageState({ trump: 2 }) }, settings);
    expect(within(region).queryByRole('button', { name: /Donald Trump/ })).toBeNull();
  });

  it('shows Backstory switched off everywhere and offers to switch it on', () => {
    const { region, onEnableGlobal } = renderView({ status: 'unreachable' }, { ...defaultSettings(), enabled: false });
    expect(within(region).getByText('Backstory is switched off.')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Turn Backstory on' }));
    expect(onEnableGlobal).toHaveBeenCalled();
  });

  it('compact (the popup): the most-mentioned first, "Show all" for the rest, focus on the first revealed', () => {
    const state = pageState({ berlin: 1, trump: 4 });
    const { region } = renderView({ status: 'ready', state }, defaultSettings(), 1);
    const names = () => within(region).queryAllByRole('button', { name: /mention/ }).map((b) => b.querySelector('.on-page-item__name')?.textContent);
    expect(names()).toEqual(['Donald Trump']);
    fireEvent.click(within(region).getByRole('button', { name: 'Show all 2 terms' }));
    expect(names()).toEqual(['Donald Trump', 'Berlin']);
    expect(within(region).queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('BerlinPlace1 mention');
  });

  it('compact with no more terms than it shows: no "Show all"', () => {
    const { region } = renderView({ status: 'ready', state: pageState({ berlin: 1, trump: 4 }) }, defaultSettings(), 2);
    expect(within(region).getAllByRole('button')).toHaveLength(2);
  });
});
