/**
 * How highlights look, for both renderers: one colour per entity kind, drawn
 * as an underline (default) or a translucent fill, the reader's choice. The
 * colours tint rather than replace the page's own text colour, so they read on
 * light and dark pages alike.
 */
import { ENTITY_KINDS, type EntityKind } from '../lib/pack/types';

export type HighlightStyle = 'underline' | 'background';

/** RGB triples: distinct hues, each visible at low alpha on white and on near-black. */
export const KIND_COLOURS: Record<EntityKind, string> = {
  person: '255, 193, 7',
  place: '76, 175, 80',
  organisation: '33, 150, 243',
  concept: '156, 39, 176',
  figure: '255, 87, 34',
  document: '0, 150, 136',
  event: '233, 30, 99',
};

/** The CSS Custom Highlight registry name for a kind (`::highlight(backstory-person)`). */
export function highlightName(kind: EntityKind): string {
  return `backstory-${kind}`;
}

/** Class the inline renderer's `mark` elements carry. */
export const MARK_CLASS = 'backstory-mark';

function declarations(kind: EntityKind, style: HighlightStyle, important: string): string {
  const rgb = KIND_COLOURS[kind];
  return style === 'underline'
    ? `background-color: transparent${important}; color: inherit${important}; ` +
        `text-decoration: underline 2px rgba(${rgb}, 0.9)${important}; text-underline-offset: 3px${important};`
    : `background-color: rgba(${rgb}, 0.3)${important}; color: inherit${important}; text-decoration: none${important};`;
}

/**
 * Rules for both renderers. `important` lets the reader's choice override the
 * overlay renderer's built-in default and the page's own `mark` styles.
 */
export function highlightCss(style: HighlightStyle, { important = false } = {}): string {
  const bang = important ? ' !important' : '';
  return ENTITY_KINDS.map(
    (kind) =>
      `::highlight(${highlightName(kind)}), mark.${MARK_CLASS}.${highlightName(kind)} { ${declarations(kind, style, bang)} }`,
  ).join('\n');
}

/**
 * Adds a `<style>` element the page can't turn into visible text: a page rule
 * such as `* { all: unset !important }` would display it, but an inline
 * `!important` declaration outranks any stylesheet's.
 */
export function appendStyle(doc: Document, css: string): HTMLStyleElement {
  const element = doc.createElement('style');
  element.setAttribute('data-backstory-ui', '');
  element.setAttribute('style', 'display: none !important');
  element.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(element);
  return element;
}

export interface InstalledHighlightStyle {
  /** Adds the `<style>` element if it is not there yet: call before the first highlight paints. */
  ensure(): void;
  set(style: HighlightStyle): void;
  remove(): void;
}

/**
 * The reader's highlight style as one `<style>` element, kept up to date by
 * the content script. Added only when the first highlight paints: a new
 * stylesheet makes the browser restyle the whole document (up to 150 ms on
 * the 5 MB page), a cost a page with nothing to highlight should not pay.
 */
export function installHighlightStyle(doc: Document, style: HighlightStyle): InstalledHighlightStyle {
  let current = style;
  let element: HTMLStyleElement | null = null;
  return {
    ensure() {
      if (element) {
        // Pages that rebuild <head> can drop it.
        if (!element.isConnected) (doc.head ?? doc.documentElement).appendChild(element);
        return;
      }
      element = appendStyle(doc, highlightCss(current, { important: true }));
    },
    set(next) {
      current = next;
      if (element) element.textContent = highlightCss(next, { important: true });
    },
    remove() {
      element?.remove();
      element = null;
    },
  };
}
