// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollMentionIntoView } from '../../../page/keyboard';

function mentionIn(element: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(element.firstChild!);
  return { entityId: 'witkoff', text: 'Witkoff', range };
}

describe('scrollMentionIntoView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it.each([
    [false, 'smooth'],
    [true, 'auto'],
  ] as const)('reduced motion %s → %s scrolling, centred', (reduce, behavior) => {
    document.body.innerHTML = '<p>Witkoff</p>';
    const p = document.querySelector('p')!;
    const scroll = vi.fn();
    p.scrollIntoView = scroll;
    // jsdom has no matchMedia: stand one in for this test.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }) as MediaQueryList);
    scrollMentionIntoView(mentionIn(p));
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior });
  });
});
