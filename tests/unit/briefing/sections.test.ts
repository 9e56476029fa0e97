import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSections, sectionsFor, SECTION_IDS, withSection } from '@/components/briefing/sections';
import { loadSections, saveSection } from '@/components/briefing/section-store';

const closed = defaultSections('popup');
const open = defaultSections('sidepanel');

describe('briefing sections', () => {
  it('open short in the popup and all at once in the side panel', () => {
    expect(SECTION_IDS.every((id) => closed[id] === false)).toBe(true);
    expect(SECTION_IDS.every((id) => open[id] === true)).toBe(true);
  });

  it.each<[string, unknown, Partial<typeof closed>]>([
    ['nothing stored', undefined, {}],
    ['a stored choice', { popup: { sources: true } }, { sources: true }],
    ['the other view only', { sidepanel: { sources: false } }, {}],
    ['not an object', 'open', {}],
    ['an array', [true], {}],
    ['a non-boolean value', { popup: { sources: 'yes', agreements: true } }, { agreements: true }],
    ['an unknown section', { popup: { ads: true } }, {}],
  ])('popup from %s', (_label, stored, changed) => {
    expect(sectionsFor('popup', stored)).toEqual({ ...closed, ...changed });
  });

  it('records one choice and keeps the rest, dropping what is not a choice', () => {
    const before = { popup: { agreements: true, junk: 1 }, sidepanel: { sources: false }, other: 3 };
    expect(withSection(before, 'popup', 'sources', true)).toEqual({
      popup: { agreements: true, sources: true },
      sidepanel: { sources: false },
    });
    expect(withSection(null, 'sidepanel', 'whoSaidWhat', false)).toEqual({ sidepanel: { whoSaidWhat: false } });
  });

  describe('in storage.local', () => {
    beforeEach(() => fakeBrowser.reset());

    it('remembers each view on its own, across loads', async () => {
      await Promise.all([saveSection('popup', 'differences', true), saveSection('popup', 'sources', true)]);
      await saveSection('sidepanel', 'sources', false);
      expect(await loadSections('popup')).toEqual({ ...closed, differences: true, sources: true });
      expect(await loadSections('sidepanel')).toEqual({ ...open, sources: false });
    });

    it('falls back to the defaults over a corrupt value', async () => {
      await fakeBrowser.storage.local.set({ briefingSections: 42 });
      expect(await loadSections('popup')).toEqual(closed);
    });
  });
});
