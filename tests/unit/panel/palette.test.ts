import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES, sourceCount, substitute, t } from '../../../lib/i18n';
import { contrastRatio, DARK, LIGHT, TEXT_PAIRS, UI_PAIRS } from '../../../components/panel/palette';
import { PANEL_CSS } from '../../../components/panel/panel.css';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const locale = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, LocaleEntry>;

/** What the browser would produce from the locale entry: named placeholders resolved to `$1`… */
function resolve(entry: LocaleEntry): string {
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
}

describe('i18n', () => {
  it.each(Object.entries(ENGLISH_MESSAGES))('%s matches the English locale file', (key, text) => {
    expect(locale[key]).toBeDefined();
    expect(resolve(locale[key]!)).toBe(text);
  });

  it('substitutes numbered placeholders', () => {
    expect(t('panelMentionedIn', 3, 5)).toBe('Mentioned in 3 of 5 sources');
    expect(substitute('$1 and $2 and $3', ['a', 'b'])).toBe('a and b and $3');
  });

  it.each([
    [1, '1 source'],
    [2, '2 sources'],
    [0, '0 sources'],
  ])('sourceCount(%i) is %s', (n, text) => {
    expect(sourceCount(n)).toBe(text);
  });
});

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
