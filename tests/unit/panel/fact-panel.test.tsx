// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FactPanel } from '../../../components/panel/FactPanel';
import type { CompiledPack } from '../../../lib/pack/types';
import { PACK } from './fixture';
import { stubUiLanguage } from './ui-language';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel(entityId: string, pack: CompiledPack = PACK) {
  const props = { onClose: vi.fn(), onOpenBriefing: vi.fn(), onDisableSite: vi.fn() };
  const result = render(<FactPanel pack={pack} entityId={entityId} {...props} />);
  return { ...result, ...props, dialog: screen.getByRole('dialog') };
}

describe('FactPanel', () => {
  it('is a dialog labelled by the entity name, with kind, description and coverage', () => {
    const { dialog } = renderPanel('russian-army');
    expect(screen.getByRole('dialog', { name: 'Russian armed forces' })).toBe(dialog);
    expect(within(dialog).getByText('Organisation')).toBeTruthy();
    expect(within(dialog).getByText(/whose size the sources report differently/)).toBeTruthy();
    expect(within(dialog).getByText('Mentioned in 3 of 5 sources')).toBeTruthy();
  });

  it('has a source strip with one chip per source, named by label and whether it mentions the entity', () => {
    const { dialog } = renderPanel('kushner');
    const strip = within(dialog).getByRole('list', { name: 'Sources' });
    const chips = within(strip).getAllByRole('img');
    expect(chips).toHaveLength(5);
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Peace Deal Closer Than Ever Amid Berlin Talks: does not mention it',
      'Trump Says Ukraine Peace Deal Is Closer Than Ever: does not mention it',
      'Agreement closer than ever after Berlin talks: does not mention it',
      'A PEACE deal to end the bloody war: does not mention it',
      'US President Donald Trump has said: mentions it',
    ]);
    expect(chips.filter((c) => c.classList.contains('chip--on'))).toHaveLength(1);
  });

  it('single-source entity: one source, single-source badge', () => {
    const { dialog } = renderPanel('kushner');
    expect(within(dialog).getByText('Mentioned in 1 of 5 sources')).toBeTruthy();
    const claim = within(dialog).getByRole('button', { name: 'Kushner attended a dinner with Witkoff' }).closest('li')!;
    expect(within(claim).getByText('Single source')).toBeTruthy();
    expect(within(claim).getByText('1 source')).toBeTruthy();
  });

  it('lists claims most-supported first with status and sources', () => {
    const { dialog } = renderPanel('trump');
    const toggles = within(dialog).getAllByRole('button', { expanded: false });
    expect(toggles.map((b) => b.textContent)).toEqual([
      'Trump said a deal is closer than ever',
      'Trump spoke in the Oval Office',
    ]);
    const first = toggles[0]!.closest('li')!;
    expect(within(first).getByText('Agreed')).toBeTruthy();
    expect(within(first).getByText('3 sources')).toBeTruthy();
    const chips = within(within(first).getByRole('list', { name: 'Sources that carry this claim' })).getAllByRole('img');
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Peace Deal Closer Than Ever Amid Berlin Talks: says this',
      'Trump Says Ukraine Peace Deal Is Closer Than Ever: says this',
      'Agreement closer than ever after Berlin talks: does not say this',
      'A PEACE deal to end the bloody war: does not say this',
      'US President Donald Trump has said: says this',
    ]);
  });

  it('expanding a claim shows its verbatim quotes with source label and date as given', () => {
    const { dialog } = renderPanel('trump');
    const toggle = within(dialog).getByRole('button', { name: 'Trump said a deal is closer than ever' });
    const quotes = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(quotes.hasAttribute('hidden')).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(quotes.hasAttribute('hidden')).toBe(false);
    const items = within(quotes as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual([
      'is "closer now than we have been ever,"',
      'is “closer than ever.”',
      'closer than ever',
    ]);
    expect(within(items[0]!).getByText('Feb 6, 2026')).toBeTruthy();
    expect(within(items[1]!).getByText('undated')).toBeTruthy();
    expect(within(items[2]!).getByText('US President Donald Trump has said')).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(quotes.hasAttribute('hidden')).toBe(true);
  });

  it('marks each quote with its source\'s language: lang on the quote, a tag naming it beside the source', () => {
    const { dialog } = renderPanel('trump');
    const toggle = within(dialog).getByRole('button', { name: 'Trump said a deal is closer than ever' });
    fireEvent.click(toggle);
    const quotes = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = within(quotes).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.getAttribute('lang'))).toEqual(['en', 'en', 'en']);
    for (const item of items) {
      const tag = item.querySelector('.quote-lang') as HTMLElement;
      expect(tag.closest('.citation__source')).not.toBeNull();
      // Seen as "English"; heard as the whole phrase, once.
      expect(within(tag).getByText('English').getAttribute('aria-hidden')).toBe('true');
      expect(within(tag).getByText('Quote language: English').classList.contains('visually-hidden')).toBe(true);
      // The tag is UI text: it must not sit inside the element marked with the quote's language.
      expect(tag.closest('[lang]')).toBeNull();
    }
    // Only quoted text carries the source's language (claim quotes here, and the person's own words).
    const marked = Array.from(dialog.querySelectorAll('[lang]'), (el) => el.tagName);
    expect(marked.length).toBeGreaterThanOrEqual(3);
    expect(new Set(marked)).toEqual(new Set(['BLOCKQUOTE']));
  });

  it('names the quote language in the UI language: "Englisch" in the German UI', () => {
    stubUiLanguage('de');
    const { dialog } = renderPanel('trump');
    // Claim labels are the pack's own words and stay as written.
    const toggle = within(dialog).getByRole('button', { name: 'Trump said a deal is closer than ever' });
    fireEvent.click(toggle);
    const quotes = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(quotes).getAllByText('Englisch')).toHaveLength(3);
    expect(within(quotes).getAllByText('Sprache des Zitats: Englisch')).toHaveLength(3);
    expect(within(quotes).getAllByRole('listitem').map((li) => li.querySelector('blockquote')!.lang)).toEqual(['en', 'en', 'en']);
    // The surrounding UI is German too.
    expect(within(dialog).getByText('Erwähnt in 5 von 5 Quellen')).toBeTruthy();
  });

  it('follows each source\'s own language, and leaves out lang and tag when the pack\'s tag is malformed', () => {
    const pack: CompiledPack = {
      ...PACK,
      sources: PACK.sources.map((s) =>
        s.id === 's1' ? { ...s, lang: 'uk' } : s.id === 's4' ? { ...s, lang: 'not a tag!' } : s,
      ),
    };
    const { dialog } = renderPanel('trump', pack);
    const toggle = within(dialog).getByRole('button', { name: 'Trump said a deal is closer than ever' });
    fireEvent.click(toggle);
    const items = within(document.getElementById(toggle.getAttribute('aria-controls')!)!).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.getAttribute('lang'))).toEqual(['en', 'uk', null]);
    expect(items.map((li) => li.querySelector('.quote-lang')?.textContent ?? null)).toEqual([
      'EnglishQuote language: English',
      'UkrainianQuote language: Ukrainian',
      null,
    ]);
  });

  it('shows a differs claim side by side: each position with its source count', () => {
    const { dialog } = renderPanel('russian-army');
    const claim = within(dialog).getByRole('button', { name: 'Size of the Russian force' }).closest('li')!;
    expect(within(claim).getByText('Sources differ')).toBeTruthy();
    const sides = claim.querySelectorAll('.side');
    expect(Array.from(sides, (s) => s.textContent)).toEqual(['around 800,0002 sources', 'up to 800,0001 source']);
    fireEvent.click(within(claim).getByRole('button', { name: 'Size of the Russian force' }));
    expect(Array.from(claim.querySelectorAll('.quote__position'), (s) => s.textContent)).toEqual([
      'around 800,000',
      'around 800,000',
      'up to 800,000',
    ]);
  });

  it('shows a person’s quote groups with each variant and its sources', () => {
    const { dialog } = renderPanel('trump');
    expect(within(dialog).getByRole('heading', { name: 'In their words' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Closer than ever' })).toBeTruthy();
    const variants = dialog.querySelectorAll('.variant');
    expect(variants).toHaveLength(2);
    expect(within(variants[1] as HTMLElement).getByText('I think we’re closer now than we have been, ever')).toBeTruthy();
    expect(within(variants[1] as HTMLElement).getByText('US President Donald Trump has said')).toBeTruthy();
  });

  it('shows no quotes section for non-people', () => {
    renderPanel('russian-army');
    expect(screen.queryByRole('heading', { name: 'In their words' })).toBeNull();
  });

  it('fires its callbacks', () => {
    const { dialog, onClose, onOpenBriefing, onDisableSite } = renderPanel('trump');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open briefing' }));
    expect(onOpenBriefing).toHaveBeenCalledWith('trump');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off on this site' }));
    expect(onDisableSite).toHaveBeenCalledOnce();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape without letting the page see the key', () => {
    const { dialog, onClose } = renderPanel('trump');
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Open briefing' }), { key: 'Escape' });
    document.removeEventListener('keydown', pageListener);
    expect(onClose).toHaveBeenCalledOnce();
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('wraps Tab inside the panel', () => {
    const { dialog } = renderPanel('kushner');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const last = within(dialog).getByRole('button', { name: 'Turn off on this site' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('renders nothing for an unknown entity', () => {
    const { container } = render(
      <FactPanel pack={PACK} entityId="nobody" onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('FactPanel with many claims', () => {
  /** The fixture's Trump with eight extra one-source claims. */
  function packWithManyClaims(): CompiledPack {
    const extra = Array.from({ length: 8 }, (_, i) => ({
      ...PACK.claims.find((c) => c.id === 'c-oval')!,
      id: `c-extra-${i}`,
      label: `Extra claim ${i}`,
    }));
    return {
      ...PACK,
      claims: [...PACK.claims, ...extra],
      entities: PACK.entities.map((e) =>
        e.id === 'trump' ? { ...e, claimIds: [...e.claimIds, ...extra.map((c) => c.id)] } : e,
      ),
    };
  }

  it('shows the first five claims, then all of them on request with focus on the first revealed', () => {
    const { dialog } = renderPanel('trump', packWithManyClaims());
    expect(within(dialog).getAllByRole('button', { expanded: false })).toHaveLength(5);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show all 10 claims' }));
    const toggles = within(dialog).getAllByRole('button', { expanded: false });
    expect(toggles).toHaveLength(10);
    expect(within(dialog).queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(document.activeElement).toBe(toggles[5]);
  });
});
