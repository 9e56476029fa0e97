// @vitest-environment jsdom
/**
 * The panel against the real compiled pack (`npm run pack`). Skipped until the
 * pack exists, so this file never blocks work on a fresh checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FactPanel } from '../../../components/panel/FactPanel';
import type { CompiledEntity, CompiledPack } from '../../../lib/pack/types';

// Under jsdom, `URL` is jsdom's and `import.meta.url` resolution is not a plain file path: use the project root.
const PACK_URL = resolve(process.cwd(), 'data/compiled/pack.json');
const havePack = existsSync(PACK_URL);
const pack = havePack ? (JSON.parse(readFileSync(PACK_URL, 'utf8')) as CompiledPack) : null;

afterEach(cleanup);

/** The entity the pack says most about: the richest panel to render. */
function richest(p: CompiledPack, kind?: CompiledEntity['kind']): CompiledEntity {
  const pool = p.entities.filter((e) => !kind || e.kind === kind);
  return [...pool].sort((a, b) => b.claimIds.length + b.quoteGroupIds.length - (a.claimIds.length + a.quoteGroupIds.length))[0]!;
}

/** Reveals lists cut short by "Show all …". */
function showAll(dialog: HTMLElement) {
  for (const more of within(dialog).queryAllByRole('button', { name: /^Show all/ })) fireEvent.click(more);
}

describe.skipIf(!havePack)('FactPanel with the compiled pack', () => {
  it('renders the richest entity: labelled, counted, every claim with its quotes', () => {
    const entity = richest(pack!);
    render(<FactPanel pack={pack!} entityId={entity.id} onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: entity.name });
    expect(
      within(dialog).getByText(`Mentioned in ${entity.sourceIds.length} of ${pack!.totalSources} sources`),
    ).toBeTruthy();
    expect(within(within(dialog).getByRole('list', { name: 'Sources' })).getAllByRole('img')).toHaveLength(
      pack!.sources.length,
    );

    showAll(dialog);
    const toggles = within(dialog).queryAllByRole('button', { expanded: false });
    expect(toggles).toHaveLength(entity.claimIds.length);
    for (const toggle of toggles) fireEvent.click(toggle);
    const quotes = dialog.querySelectorAll('.citation blockquote');
    const claims = pack!.claims.filter((c) => entity.claimIds.includes(c.id));
    expect(quotes).toHaveLength(claims.reduce((n, c) => n + c.citations.length, 0));
  });

  it('renders a person with their quote groups when the pack has one', () => {
    const person = pack!.entities.find((e) => e.kind === 'person' && e.quoteGroupIds.length > 0);
    if (!person) return;
    render(<FactPanel pack={pack!} entityId={person.id} onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'In their words' })).toBeTruthy();
    showAll(screen.getByRole('dialog'));
    expect(document.querySelectorAll('.quote-group')).toHaveLength(person.quoteGroupIds.length);
  });

  it('renders every entity without throwing', () => {
    for (const entity of pack!.entities) {
      const { unmount } = render(
        <FactPanel pack={pack!} entityId={entity.id} onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />,
      );
      expect(screen.getByRole('dialog', { name: entity.name })).toBeTruthy();
      unmount();
    }
  });
});
