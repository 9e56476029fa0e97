// @vitest-environment jsdom
/**
 * Whatever text a pack carries reaches the panel as text: markup, script URLs
 * and very long strings in names, descriptions, claims and quotes render
 * inert (the schema rejects them too, see broken-packs.test.ts; this is the
 * second line).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { FactPanel } from '../../../components/panel/FactPanel';
import type { CompiledPack } from '../../../lib/pack/types';
import { PACK } from './fixture';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">click</a><script>window.__pwned=2</script>';

function hostilePack(): CompiledPack {
  const pack = structuredClone(PACK);
  const entity = pack.entities[0]!;
  entity.name = `Name ${HOSTILE}`;
  entity.description = `Description ${HOSTILE} ${'long '.repeat(2_000)}`;
  for (const claim of pack.claims) {
    claim.label = `Claim ${HOSTILE}`;
    for (const c of claim.citations) c.quote = `Quote ${HOSTILE}`;
  }
  return pack;
}

describe('pack text in the panel is inert', () => {
  it('renders markup and javascript: links as text, creating no elements from them', () => {
    const pack = hostilePack();
    const entityId = pack.entities[0]!.id;
    render(<FactPanel pack={pack} entityId={entityId} onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img[src="x"], script, a[href^="javascript"], [onerror]')).toBeNull();
    expect(dialog.textContent).toContain(HOSTILE);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
