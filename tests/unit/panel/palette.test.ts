import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK, LIGHT, TEXT_PAIRS, UI_PAIRS } from '../../../components/panel/palette';
import { PANEL_CSS } from '../../../components/panel/panel.css';

describe('palette contrast', () => {
  for (const [name, palette] of [['light', LIGHT], ['dark', DARK]] as const) {
    it.each(TEXT_PAIRS)(`${name}: text %s on %s reaches 4.5:1`, (fg, bg) => {
      expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(UI_PAIRS)(`${name}: %s on %s reaches 3:1`, (fg, bg) => {
      expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('panel stylesheet', () => {
  it('sizes in px only: no rem, em or percentage font sizes', () => {
    expect(PANEL_CSS).not.toMatch(/\d(rem|em)\b/);
    expect(PANEL_CSS).not.toMatch(/font-size:\s*[\d.]+%/);
  });

  it('resets the host, follows the system theme, honours a forced theme and reduced motion', () => {
    expect(PANEL_CSS).toContain(':host { all: initial !important; }');
    expect(PANEL_CSS).toContain('prefers-color-scheme: dark');
    expect(PANEL_CSS).toContain(':host([data-theme="dark"])');
    expect(PANEL_CSS).toContain(':host(:not([data-theme="light"]))');
    expect(PANEL_CSS).toContain('prefers-reduced-motion: no-preference');
  });
});

describe('quote language tag', () => {
  it('is muted text on the panel background (a pair checked above in both themes), outlined in currentColor', () => {
    const rule = /\.quote-lang \{([^}]*)\}/.exec(PANEL_CSS)?.[1] ?? '';
    expect(rule).toContain('color: var(--bs-muted)');
    expect(rule).toContain('border: 1px solid currentColor');
    expect(TEXT_PAIRS).toContainEqual(['muted', 'bg']);
  });

  it('has the visually-hidden rule its screen-reader text needs', () => {
    expect(PANEL_CSS).toMatch(/\.visually-hidden \{[^}]*position: absolute;[^}]*clip: rect\(0 0 0 0\)/);
  });
});
