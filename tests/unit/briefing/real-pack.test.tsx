// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Briefing } from '@/components/briefing/Briefing';
import { OnThisPage } from '@/components/briefing/OnThisPage';
import { defaultSettings } from '@/lib/settings';
import type { CompiledPack } from '@/lib/pack/types';
import packJson from '@/data/compiled/pack.json';
import { pageState } from './fake-bridge';
import { libraryOf } from './library-of';

/** The pack `npm run pack` built, as the popup bundles it. */
const pack = packJson as unknown as CompiledPack;
const seeds = pack.sources.map((s) => readFileSync(join(__dirname, '../../../seeds', s.file), 'utf8'));

afterEach(cleanup);

const region = (name: string) => screen.getByRole('region', { name });

/** Opens a collapsed section from its heading button. */
function openSection(name: string): HTMLElement {
  const section = region(name);
  fireEvent.click(within(section).getByRole('button', { name: new RegExp(`^${name}`) }));
  return section;
}

/** The popup shows the first key points; "Show all N key points" lists the rest. */
function showAllKeyPoints(): void {
  fireEvent.click(within(region('Key points')).getByRole('button', { name: `Show all ${pack.summary.keyPoints.length} key points` }));
}

describe('the briefing over the real pack', () => {
  it('shows the headline and every key point with "N of M sources"', () => {
    render(<Briefing pack={pack} />);
    expect(screen.getByRole('heading', { level: 2, name: pack.summary.headline.label })).toBeTruthy();
    showAllKeyPoints();
    const buttons = within(region('Key points')).getAllByRole('button');
    expect(buttons).toHaveLength(pack.summary.keyPoints.length);
    pack.summary.keyPoints.forEach((point, i) => {
      expect(buttons[i]?.textContent).toBe(`${point.label}${point.sourceIds.length} of ${pack.totalSources} sources`);
    });
  });

  it('expands every key point to quotes that are verbatim in a seed', () => {
    render(<Briefing pack={pack} />);
    showAllKeyPoints();
    for (const button of within(region('Key points')).getAllByRole('button')) fireEvent.click(button);
    const quotes = [...region('Key points').querySelectorAll('blockquote')].map((q) => q.textContent ?? '');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(seeds.some((seed) => seed.includes(quote))).toBe(true);
  });

  it('labels exactly the single-source quote groups', () => {
    render(<Briefing pack={pack} />);
    const labelled = within(openSection('Who said what')).queryAllByText('Single source');
    expect(labelled).toHaveLength(pack.quotes.filter((q) => q.singleSource).length);
  });

  it('sets out each difference with its sides', () => {
    render(<Briefing pack={pack} />);
    const cards = openSection('Where they differ').querySelectorAll('.side-card');
    const sides = pack.summary.differences.reduce((n, d) => n + d.sides.length, 0);
    expect(cards).toHaveLength(sides);
  });

  it('finds an entity by an alias', () => {
    const entity = pack.entities.find((e) => e.aliases.some((a) => a.text !== e.name));
    const alias = entity?.aliases.find((a) => a.text !== entity.name)?.text;
    if (!entity || !alias) return;
    render(<Briefing pack={pack} initialQuery={alias} />);
    expect(within(region('Search results')).getAllByText(entity.name).length).toBeGreaterThan(0);
  });

  it('lists what a page mentions by name', () => {
    const [a, b] = pack.entities as [CompiledPack['entities'][number], CompiledPack['entities'][number]];
    render(
      <OnThisPage
        library={libraryOf(pack)}
        page={{ status: 'ready', state: pageState({ [a.id]: 1, [b.id]: 3 }) }}
        settings={defaultSettings()}
        onReveal={() => undefined}
        onEnableSite={() => undefined}
        onEnableGlobal={() => undefined}
      />,
    );
    const names = within(region('On this page')).getAllByRole('button').map((el) => el.querySelector('.on-page-item__name')?.textContent);
    expect(names).toEqual([b.name, a.name]);
  });
});
