// @vitest-environment jsdom
/**
 * axe-core over the rendered panel (structure, names, ARIA). Colour contrast
 * needs real layout and is checked by the palette test and in the browser E2E.
 */
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FactPanel } from '../../../components/panel/FactPanel';
import { PACK } from './fixture';

afterEach(cleanup);
// jsdom has no canvas; axe only uses it to spot icon ligatures, which the panel has none of.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('FactPanel accessibility (axe-core)', () => {
  it.each(PACK.entities.map((e) => e.id))('%s has no violations, with every claim expanded', async (id) => {
    render(<FactPanel pack={PACK} entityId={id} onClose={vi.fn()} onOpenBriefing={vi.fn()} onDisableSite={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    for (const toggle of within(dialog).queryAllByRole('button', { expanded: false })) fireEvent.click(toggle);
    const result = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
