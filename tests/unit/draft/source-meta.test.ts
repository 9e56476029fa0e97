/** Dates, titles and attributions as the text gives them. */
import { describe, expect, it } from 'vitest';
import { findAttributions, findDate, findTitle } from '../../../lib/draft/source-meta';

describe('findDate', () => {
  it.each([
    ['Feb 6, 2026 Languages : English', { text: 'Feb 6, 2026', kind: 'page-date', iso: '2026-02-06' }],
    [' date 2025-12-16 The talks', { text: '2025-12-16', kind: 'metadata-line', iso: '2025-12-16' }],
    ['Published 15 March 2026\nText', { text: '15 March 2026', kind: 'metadata-line', iso: '2026-03-15' }],
    ['No date here at all.', { text: null, kind: 'none', iso: null }],
  ])('%j', (text, expected) => {
    expect(findDate(text)).toEqual(expected);
  });
});

describe('findTitle', () => {
  it.each([
    ['Meta Description\nTrump Says Peace Deal Is “Closer Than Ever” — But Is It?\nBody text.', 'Trump Says Peace Deal Is “Closer Than Ever” — But Is It?'],
    ['The council met on Monday and voted.\nIt was long.', null],
  ])('%j', (text, expected) => {
    expect(findTitle(text)).toBe(expected);
  });
});

describe('findAttributions', () => {
  it('finds reported / told / according to / reportedly, verbatim', () => {
    const text = 'Al Jazeera reported that talks went on, a US official told CNN, according to the Brackenford Transit Authority. He reportedly left.';
    expect(findAttributions(text)).toEqual(expect.arrayContaining(['Al Jazeera reported', 'told CNN', 'according to the Brackenford Transit Authority', 'reportedly']));
  });
});
