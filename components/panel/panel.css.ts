/**
 * The panel's stylesheet, injected into its shadow root. Sizes are in px so
 * the page's root font size cannot scale the panel; `:host { all: initial }`
 * (important, which beats the page's own important rules on the host) stops
 * inherited page styles at the boundary.
 */
import { DARK, LIGHT, paletteVars } from './palette';

const light = paletteVars(LIGHT);
const dark = paletteVars(DARK);

export const PANEL_CSS = `
:host { all: initial !important; }
.panel {
  ${light}
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: 480px; overflow: auto; overscroll-behavior: contain;
  margin: 0; padding: 0; opacity: 0;
  background: var(--bs-bg); color: var(--bs-fg);
  border: 1px solid var(--bs-border); border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.22);
  font: 400 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  white-space: normal; overflow-wrap: anywhere; cursor: auto; color-scheme: light;
}
.panel[data-placed] { opacity: 1; }
:host([data-theme="dark"]) .panel { ${dark} color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .panel { ${dark} color-scheme: dark; }
}
@media (prefers-reduced-motion: no-preference) {
  .panel[data-placed] { animation: bs-in 120ms ease-out; }
  .claim__chevron { transition: transform 120ms ease-out; }
}
@keyframes bs-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }

*, *::before, *::after { box-sizing: border-box; }
h2, h3, h4, p, ul, li, blockquote, button { margin: 0; padding: 0; font: inherit; color: inherit; }
ul { list-style: none; }
[hidden] { display: none !important; }
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 2px; border-radius: 4px; }
.panel__dialog { display: block; padding: 12px 14px; }
.panel__dialog:focus-visible { outline-offset: -3px; border-radius: 10px; }

.head { display: flex; align-items: flex-start; gap: 8px; }
.head__text { flex: 1 1 auto; min-width: 0; }
.head__name { font-size: 16px; line-height: 22px; font-weight: 650; }
.head__kind { font-size: 12px; line-height: 16px; color: var(--bs-muted); }
.head__story { font-size: 12px; line-height: 16px; color: var(--bs-muted); margin-top: 2px; }
.close {
  flex: none; width: 28px; height: 28px; border: 0; border-radius: 6px; background: transparent;
  font-size: 20px; line-height: 28px; text-align: center; cursor: pointer; color: var(--bs-muted);
}
.close:hover { background: var(--bs-quoteBg); color: var(--bs-fg); }
.description { margin-top: 6px; }

.coverage { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 10px;
  font-size: 12px; line-height: 16px; color: var(--bs-muted); }
.strip { display: flex; gap: 4px; flex: none; }
.chip { display: block; width: 12px; height: 12px; border-radius: 3px; border: 2px solid var(--bs-chipOff); }
.chip--on { background: var(--bs-chipOn); border-color: var(--bs-chipOn); }

.section { margin-top: 12px; border-top: 1px solid var(--bs-border); padding-top: 10px; }
.section__title { font-size: 12px; line-height: 16px; font-weight: 650; color: var(--bs-muted); margin-bottom: 6px; }
.claims { display: grid; gap: 10px; }
.claim__toggle {
  display: flex; align-items: flex-start; gap: 6px; width: 100%; border: 0; background: transparent;
  text-align: start; cursor: pointer; font-weight: 600; border-radius: 4px;
}
.claim__toggle:hover .claim__label { text-decoration: underline; }
.claim__chevron { flex: none; width: 0; height: 0; margin-top: 5px; border-style: solid;
  border-width: 4px 0 4px 6px; border-color: transparent transparent transparent currentColor; }
.panel[dir="rtl"] .claim__chevron { transform: scaleX(-1); }
.claim__toggle[aria-expanded="true"] .claim__chevron { transform: rotate(90deg); }
.claim__meta { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-top: 4px; margin-inline-start: 12px; }
.claim__count { font-size: 12px; line-height: 18px; color: var(--bs-muted); }
.claim__meta .chip { width: 10px; height: 10px; border-radius: 2px; }
.claim__meta .strip { gap: 3px; }

.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 18px; font-weight: 600; white-space: nowrap; }
.badge--agreed { background: var(--bs-agreedBg); color: var(--bs-agreedFg); }
.badge--single-source { background: var(--bs-singleBg); color: var(--bs-singleFg); }
.badge--differs { background: var(--bs-differsBg); color: var(--bs-differsFg); }
.quote-group__label .badge { margin-inline-start: 6px; }

.sources { display: flex; flex-wrap: wrap; gap: 2px 6px; min-width: 0; font-size: 12px; line-height: 18px; color: var(--bs-muted); }
.sources__count { font-weight: 600; }
.sources__name { max-width: 150px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sources__name + .sources__name::before { content: "· "; }

.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 6px; margin-top: 6px; margin-inline-start: 12px; }
.side { display: flex; flex-direction: column; padding: 6px 8px; border-radius: 6px; background: var(--bs-quoteBg); border-inline-start: 3px solid var(--bs-differsFg); }
.side__position { font-weight: 600; }
.side__count { font-size: 12px; color: var(--bs-muted); }

.citations { display: grid; gap: 8px; margin-top: 8px; margin-inline-start: 12px; }
.quote { padding: 6px 8px; border-radius: 6px; background: var(--bs-quoteBg); border-inline-start: 3px solid var(--bs-border); font-style: normal; }
.quote__position { font-weight: 700; }
.quote::before { content: "\\201C"; } .quote::after { content: "\\201D"; }
.citation__source { display: flex; flex-wrap: wrap; gap: 0 6px; margin-top: 2px; font-size: 12px; color: var(--bs-muted); }
.citation__source cite { font-style: italic; }
/* A quote's language: text in --bs-muted (4.5:1 on --bs-bg in both themes), outlined in currentColor so forced colours keep the shape. */
.quote-lang { display: inline-block; padding: 0 5px; border: 1px solid currentColor; border-radius: 4px;
  font-size: 11px; line-height: 16px; color: var(--bs-muted); white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

.quote-group { margin-top: 8px; }
.quote-group__label { font-weight: 600; margin-bottom: 4px; }
.quote-group__variants { display: grid; gap: 8px; }

.empty { color: var(--bs-muted); }
.more { margin-top: 8px; border: 0; background: transparent; color: var(--bs-accent); font-weight: 600; cursor: pointer; text-decoration: underline; border-radius: 4px; }
.quote-groups { display: grid; gap: 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; border-top: 1px solid var(--bs-border); padding-top: 10px; }
.action {
  min-height: 28px; padding: 4px 10px; border-radius: 6px; cursor: pointer; font-weight: 600;
  border: 1px solid var(--bs-border); background: transparent; color: var(--bs-accent);
}
.action--primary { background: var(--bs-accent); border-color: var(--bs-accent); color: var(--bs-accentFg); }
`;
