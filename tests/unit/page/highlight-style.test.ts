// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../lib/pack/types';
import { highlightCss, installHighlightStyle, KIND_COLOURS } from '../../../page/highlight-style';

describe('highlightCss', () => {
  it.each([
    ['underline', /text-decoration: underline 2px/, /background-color: transparent/],
    ['background', /background-color: rgba\(/, /text-decoration: none/],
  ] as const)('%s style styles both renderers for every kind', (style, has, alsoHas) => {
    const css = highlightCss(style);
    for (const kind of ENTITY_KINDS) {
      const rule = css.split('\n').find((line) => line.startsWith(`::highlight(backstory-${kind})`));
      expect(rule, kind).toBeDefined();
      expect(rule).toContain(`mark.backstory-mark.backstory-${kind}`);
      expect(rule).toMatch(has);
      expect(rule).toMatch(alsoHas);
      expect(rule).toContain(KIND_COLOURS[kind]);
    }
  });

  it('marks every declaration important only when asked', () => {
    expect(highlightCss('underline')).not.toContain('!important');
    const declarations = highlightCss('background', { important: true })
      .split('\n')
      .flatMap((rule) => rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}')).split(';'))
      .map((d) => d.trim())
      .filter(Boolean);
    expect(declarations.every((d) => d.endsWith('!important'))).toBe(true);
  });
});

describe('installHighlightStyle', () => {
  it('adds nothing until the first highlight, then one style element the scanner ignores; updates it, and removes it', () => {
    const handle = installHighlightStyle(document, 'underline');
    handle.set('underline');
    expect(document.querySelectorAll('style[data-backstory-ui]')).toHaveLength(0);
    handle.ensure();
    handle.ensure();
    const styles = document.head.querySelectorAll('style[data-backstory-ui]');
    expect(styles).toHaveLength(1);
    // A page's `* { all: unset !important }` must not display it: inline !important wins.
    expect(styles[0]!.getAttribute('style')).toBe('display: none !important');
    expect(styles[0]!.textContent).toContain('underline 2px');
    handle.set('background');
    expect(styles[0]!.textContent).toContain('text-decoration: none');
    handle.remove();
    expect(document.head.querySelectorAll('style[data-backstory-ui]')).toHaveLength(0);
  });
});
