// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Briefing } from '@/components/briefing/Briefing';
import type { CompiledPack } from '@/lib/pack/types';
import { fixturePack } from './fixture';
import { stubUiLanguage } from '../panel/ui-language';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Opens the first key point's quotes and returns each quote's figure. */
function keyPointQuotes(pack: CompiledPack = fixturePack): HTMLElement[] {
  render(<Briefing pack={pack} />);
  const keyPoints = screen.getByRole('region', { name: /^(Key points|Kernpunkte)$/ });
  const button = within(keyPoints).getAllByRole('button')[0]!;
  fireEvent.click(button);
  const region = document.getElementById(button.getAttribute('aria-controls') ?? '')!;
  return [...region.querySelectorAll<HTMLElement>('figure')];
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** Opens a collapsed section from its heading button (closed in the popup until the reader asks). */
function openSection(name: string): HTMLElement {
  const region = section(name);
  const button = within(region).getByRole('button', { name: new RegExp(`^${name}`) });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return region;
}

describe('Briefing', () => {
  it('shows the headline, its support and the date range the sources cover', () => {
    render(<Briefing pack={fixturePack} />);
    expect(screen.getByRole('heading', { level: 2, name: /closer than ever$/ })).toBeTruthy();
    const headline = section('Trump says a Ukraine peace deal is closer than ever');
    expect(within(headline).getByText('3 of 3 sources')).toBeTruthy();
    expect(within(headline).getByText(/^Sources dated .*2025 to .*2025$/)).toBeTruthy();
  });

  it('gives each key point "N of M sources" from its own source list', () => {
    render(<Briefing pack={fixturePack} />);
    const buttons = within(section('Key points')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'A deal is closer than ever3 of 3 sources',
      'Security guarantees were offered1 of 3 sources',
    ]);
  });

  it('expands a key point to its verbatim quotes, each with its source', () => {
    render(<Briefing pack={fixturePack} />);
    const button = within(section('Key points')).getByRole('button', { name: /A deal is closer/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(section('Key points')).queryByText('closer now than we have been, ever')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).toBe(false);
    const quotes = [...(region?.querySelectorAll('blockquote') ?? [])].map((q) => q.textContent);
    expect(quotes).toEqual(['a deal is closer than ever', 'closer now than we have been, ever', 'appears to be closer than ever']);
    expect(within(region!).getByText('Source 2: Peace closer than ever?')).toBeTruthy();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks each quote with its source\'s language: lang on the quote, a tag naming it in the caption', () => {
    const figures = keyPointQuotes();
    expect(figures).toHaveLength(3);
    for (const figure of figures) {
      expect(figure.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
      const caption = figure.querySelector('figcaption')!;
      const tag = caption.querySelector('.quote-lang') as HTMLElement;
      expect(tag).not.toBeNull();
      expect(within(tag).getByText('English').getAttribute('aria-hidden')).toBe('true');
      expect(within(tag).getByText('Quote language: English').classList.contains('visually-hidden')).toBe(true);
      // UI text: outside the element in the quote's language.
      expect(tag.closest('[lang]')).toBeNull();
    }
    expect(figures[1]!.querySelector('figcaption')!.textContent).toBe(
      'Source 2: Peace closer than ever?EnglishQuote language: English',
    );
  });

  it('marks the credits quoted from a source\'s text with its language', () => {
    render(<Briefing pack={fixturePack} />);
    openSection('Sources');
    const credit = screen.getByText('Reuters reported');
    expect(credit.tagName).toBe('Q');
    expect(credit.getAttribute('lang')).toBe('en');
  });

  it('names the quote language in the German UI, and follows each source\'s own language', () => {
    stubUiLanguage('de');
    const pack: CompiledPack = {
      ...fixturePack,
      sources: fixturePack.sources.map((s) => (s.id === 's3' ? { ...s, lang: 'uk' } : s)),
    };
    const figures = keyPointQuotes(pack);
    expect(figures.map((f) => f.querySelector('blockquote')!.getAttribute('lang'))).toEqual(['en', 'en', 'uk']);
    expect(figures.map((f) => f.querySelector('.quote-lang [aria-hidden]')!.textContent)).toEqual([
      'Englisch',
      'Englisch',
      'Ukrainisch',
    ]);
    expect(within(figures[0]!).getByText('Sprache des Zitats: Englisch')).toBeTruthy();
    expect(within(figures[0]!).getByText(/^Quelle 1: Talks in Berlin end/)).toBeTruthy();
  });

  it('sets the sides of a difference next to each other, with their sources', () => {
    render(<Briefing pack={fixturePack} />);
    const differences = openSection('Where they differ');
    expect(within(differences).getByText('They give different numbers')).toBeTruthy();
    const sides = differences.querySelectorAll('.side-card');
    expect([...sides].map((s) => s.querySelector('.side-card__position')?.textContent)).toEqual(['800,000', '600,000']);
    expect(within(sides[0] as HTMLElement).getByText('Talks in Berlin end')).toBeTruthy();
  });

  it('lists agreements and open questions', () => {
    render(<Briefing pack={fixturePack} />);
    expect(within(openSection('Where the sources agree')).getByText('Talks made progress')).toBeTruthy();
    expect(within(openSection('Open questions')).getByText('Will Ukraine cede territory?')).toBeTruthy();
  });

  it('groups quotes by speaker, shows each wording, and labels single-source quotes', () => {
    render(<Briefing pack={fixturePack} />);
    const who = openSection('Who said what');
    const trump = within(who).getByRole('region', { name: 'Donald Trump' });
    expect(within(trump).getByText('closer now than we have been, ever')).toBeTruthy();
    expect(within(trump).getByText('closer than ever')).toBeTruthy();
    expect(within(trump).getByText('The sources word this quote 2 different ways.')).toBeTruthy();
    expect(within(trump).queryByText('Single source')).toBeNull();
    const zelensky = within(who).getByRole('region', { name: 'Volodymyr Zelensky' });
    expect(within(zelensky).getByText('Single source')).toBeTruthy();
  });

  it('lists the sources with the date as given, its kind, the style and attributions', () => {
    render(<Briefing pack={fixturePack} />);
    const items = within(openSection('Sources')).getAllByRole('listitem').filter((li) => li.classList.contains('source'));
    expect(items).toHaveLength(3);
    const [first, second, third] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByText('Dated “15 December 2025” (dateline)')).toBeTruthy();
    expect(within(first).getByText('Style: wire rewrite')).toBeTruthy();
    expect(within(first).getByText('Reuters reported')).toBeTruthy();
    expect(within(second).getByText('Dated “date 2025-12-16” (metadata line)')).toBeTruthy();
    expect(within(third).getByText('No date in the text')).toBeTruthy();
    expect(within(third).getByText('Credits no other outlet in its text.')).toBeTruthy();
  });

  it('filters to matching entities and claims as the reader types', () => {
    render(<Briefing pack={fixturePack} />);
    const search = screen.getByRole('searchbox', { name: 'Search people, places and claims' });
    fireEvent.input(search, { target: { value: 'berlin' } });

    const results = section('Search results');
    expect(within(results).getByText('Berlin')).toBeTruthy();
    expect(within(results).queryByText('Donald Trump')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Key points' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Matching terms: 1. Matching claims: 0.');

    fireEvent.input(search, { target: { value: '600,000' } });
    const claim = within(section('Search results')).getByRole('button', { name: /How many troops/ });
    expect(claim.textContent).toContain('Sources differ');
    expect(claim.textContent).toContain('2 of 3 sources');

    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(within(section('Search results')).getByText('Nothing in the story matches “zzz”.')).toBeTruthy();

    fireEvent.input(search, { target: { value: '' } });
    expect(section('Key points')).toBeTruthy();
  });

  it('starts filtered when opened for an entity', () => {
    render(<Briefing pack={fixturePack} initialQuery="Volodymyr Zelensky" />);
    expect(within(section('Search results')).getByText('Volodymyr Zelensky')).toBeTruthy();
  });

  it('in the popup: the first key points with "Show all", the sections below closed and saying how much they hold', () => {
    const keyPoints = Array.from({ length: 5 }, (_, i) => ({ ...fixturePack.summary.keyPoints[0]!, label: `Point ${i + 1}` }));
    const pack: CompiledPack = { ...fixturePack, summary: { ...fixturePack.summary, keyPoints } };
    render(<Briefing pack={pack} view="popup" />);
    const labels = () => [...section('Key points').querySelectorAll('.summary-item__label')].map((l) => l.textContent);
    expect(labels()).toEqual(['Point 1', 'Point 2', 'Point 3']);
    fireEvent.click(within(section('Key points')).getByRole('button', { name: 'Show all 5 key points' }));
    expect(labels()).toEqual(['Point 1', 'Point 2', 'Point 3', 'Point 4', 'Point 5']);

    const agree = within(section('Where the sources agree')).getByRole('button');
    expect(agree.getAttribute('aria-expanded')).toBe('false');
    expect(agree.textContent).toBe(`Where the sources agree(${fixturePack.summary.agreements.length})`);
    expect(document.getElementById(agree.getAttribute('aria-controls')!)?.hidden).toBe(true);
    expect(within(section('Where the sources agree')).queryByText('Talks made progress')).toBeNull();
  });

  it('in the side panel: every key point and every section open', () => {
    render(<Briefing pack={fixturePack} view="sidepanel" />);
    for (const name of ['Where the sources agree', 'Where they differ', 'Open questions', 'Who said what', 'Sources']) {
      expect(within(section(name)).getAllByRole('button')[0]!.getAttribute('aria-expanded'), name).toBe('true');
    }
    expect(within(section('Where the sources agree')).getByText('Talks made progress')).toBeTruthy();
  });

  it('opens as last left and reports each toggle so it can be remembered', () => {
    const changes: Array<[string, boolean]> = [];
    const initial = { agreements: false, differences: true, openQuestions: false, whoSaidWhat: false, sources: false };
    render(<Briefing pack={fixturePack} initialSections={initial} onSectionChange={(id, open) => changes.push([id, open])} />);
    expect(within(section('Where they differ')).getByText('They give different numbers')).toBeTruthy();
    fireEvent.click(within(section('Where they differ')).getAllByRole('button')[0]!);
    openSection('Open questions');
    expect(within(section('Where they differ')).queryByText('They give different numbers')).toBeNull();
    expect(changes).toEqual([['differences', false], ['openQuestions', true]]);
  });
});
