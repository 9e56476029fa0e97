/**
 * The panel's colours per theme. Kept as data so a unit test can check every
 * text/background pair reaches WCAG AA (4.5:1) and UI edges reach 3:1.
 */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  accentFg: string;
  focus: string;
  chipOn: string;
  chipOff: string;
  quoteBg: string;
  agreedBg: string;
  agreedFg: string;
  singleBg: string;
  singleFg: string;
  differsBg: string;
  differsFg: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1b1b1f',
  muted: '#4f5059',
  border: '#c4c6d0',
  accent: '#0b57d0',
  accentFg: '#ffffff',
  focus: '#0b57d0',
  chipOn: '#0b57d0',
  chipOff: '#74777f',
  quoteBg: '#f3f4f7',
  agreedBg: '#e3f3e6',
  agreedFg: '#14532d',
  singleBg: '#fdf0dc',
  singleFg: '#6b3a00',
  differsBg: '#fde4e2',
  differsFg: '#8a1c14',
};

export const DARK: Palette = {
  bg: '#1d1e22',
  fg: '#e6e6eb',
  muted: '#b4b6c0',
  border: '#4a4c55',
  accent: '#a8c7fa',
  accentFg: '#0a2a5c',
  focus: '#a8c7fa',
  chipOn: '#a8c7fa',
  chipOff: '#8e9099',
  quoteBg: '#26282d',
  agreedBg: '#17361f',
  agreedFg: '#a6e3b4',
  singleBg: '#3d2a0c',
  singleFg: '#ffd596',
  differsBg: '#44191a',
  differsFg: '#ffb4ab',
};

/** Pairs that carry text, as [foreground, background] keys. */
export const TEXT_PAIRS: Array<[keyof Palette, keyof Palette]> = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['accentFg', 'accent'],
  ['fg', 'quoteBg'],
  ['muted', 'quoteBg'],
  ['agreedFg', 'agreedBg'],
  ['singleFg', 'singleBg'],
  ['differsFg', 'differsBg'],
];

/** Pairs that must be told apart as UI shapes (WCAG 1.4.11, 3:1). */
export const UI_PAIRS: Array<[keyof Palette, keyof Palette]> = [
  ['focus', 'bg'],
  ['chipOn', 'bg'],
  ['chipOff', 'bg'],
];

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The palette as CSS custom properties (`--bs-bg: #fff; …`). */
export function paletteVars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--bs-${k}: ${v};`)
    .join(' ');
}
