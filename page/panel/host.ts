/**
 * Mounts the fact panel: a `<backstory-panel>` element with an open shadow
 * root holding the panel's styles and Preact tree. Created on first `open`,
 * so a page where nobody hovers a mention never pays for it. Placement is
 * `@floating-ui/dom`'s, fed by the project's choices in `lib/panel/placement`.
 */
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { EntityId } from '../../lib/pack/types';
import type { StoryLibrary } from '../../lib/packs/library';
import { FactPanel } from '../../components/panel/FactPanel';
import { PANEL_CSS } from '../../components/panel/panel.css';
import { fallbackPlacementsFor, placementFor, toDirection, type TextDirection } from '../../lib/panel/placement';
import { PANEL_MAX_HEIGHT_PX, PANEL_OFFSET_PX, PANEL_VIEWPORT_PADDING_PX } from '../../lib/constants';
import { uiDirection } from '../../lib/i18n';

export const PANEL_HOST_TAG = 'backstory-panel';

/** What the panel is placed against: a mark element, or a virtual element for overlay mentions. */
export interface PanelReference {
  getBoundingClientRect(): DOMRect;
  /** The page element the mention sits in: its text direction and scroll parents are used. */
  contextElement?: Element;
}

export interface PanelOpenOptions {
  /** Move focus into the panel (keyboard opening). */
  focus?: boolean;
  /** Where focus goes back when the panel closes with focus inside it; defaults to the focused element at open. */
  returnFocusTo?: HTMLElement | null;
  /** Text direction around the mention; otherwise read from `contextElement` or the document. */
  dir?: TextDirection;
}

export type PanelTheme = 'auto' | 'light' | 'dark';

export interface PanelHostOptions {
  /** The enabled stories: a page's entity id (lib/packs/ids.ts) resolves to its entity and story. */
  library: StoryLibrary;
  onOpenBriefing(entityId: EntityId): void;
  onDisableSite(): void;
  doc?: Document;
  theme?: PanelTheme;
}

export interface PanelHost {
  open(entityId: EntityId, reference: PanelReference, opts?: PanelOpenOptions): void;
  close(): void;
  isOpen(): boolean;
  /** The entity shown, or null when closed. */
  openEntityId(): EntityId | null;
  /** True for the host element and anything inside its shadow root. */
  contains(node: Node | null): boolean;
  setTheme(theme: PanelTheme): void;
  destroy(): void;
}

interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  floating: HTMLElement;
}

export function createPanelHost(options: PanelHostOptions): PanelHost {
  const doc = options.doc ?? document;
  let mounted: Mounted | null = null;
  let theme: PanelTheme = options.theme ?? 'auto';
  let entityId: EntityId | null = null;
  let returnFocusTo: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  // Bumped on every open/close so a placement that resolves late is dropped.
  let generation = 0;

  function mount(): Mounted {
    if (mounted) {
      // Pages that rebuild <html>'s children (some SPAs) can drop the host.
      if (!mounted.host.isConnected) doc.documentElement.appendChild(mounted.host);
      return mounted;
    }
    const host = doc.createElement(PANEL_HOST_TAG);
    host.setAttribute('data-backstory-ui', '');
    applyTheme(host, theme);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    const floating = doc.createElement('div');
    floating.className = 'panel';
    // The panel's own direction follows the UI language, not the page.
    floating.setAttribute('dir', uiDirection());
    shadow.append(style, floating);
    doc.documentElement.appendChild(host);
    mounted = { host, shadow, floating };
    return mounted;
  }

  function close(): void {
    if (!mounted || entityId === null) return;
    generation++;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    const focusWasInside = mounted.shadow.activeElement !== null;
    render(null, mounted.floating);
    mounted.floating.removeAttribute('data-placed');
    entityId = null;
    const target = returnFocusTo;
    returnFocusTo = null;
    // Only when focus would otherwise be lost with the panel's contents.
    if (focusWasInside && target?.isConnected) target.focus({ preventScroll: true });
  }

  function open(id: EntityId, reference: PanelReference, opts: PanelOpenOptions = {}): void {
    const resolved = options.library.resolve(id);
    // A story disabled or removed since the page was scanned: nothing to explain.
    if (!resolved) return;
    const { floating } = mount();
    const myGeneration = ++generation;
    const dir = opts.dir ?? directionAround(reference.contextElement ?? doc.body ?? doc.documentElement);
    if (opts.returnFocusTo !== undefined) returnFocusTo = opts.returnFocusTo;
    else if (opts.focus) returnFocusTo = activeElementOf(doc);
    else if (entityId === null) returnFocusTo = null;

    if (entityId !== id) floating.removeAttribute('data-placed');
    entityId = id;
    render(
      h(FactPanel, {
        key: id, // a new entity starts with every claim collapsed
        pack: resolved.story.pack,
        entityId: resolved.entity.id,
        // Named only when several stories could have claimed the mention.
        ...(options.library.stories.length > 1 ? { story: resolved.story.header.title } : {}),
        onOpenBriefing: () => options.onOpenBriefing(id),
        onClose: close,
        onDisableSite: options.onDisableSite,
      }),
      floating,
    );

    const place = () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: placementFor(dir),
        middleware: [
          offset(PANEL_OFFSET_PX),
          // Only above or below: beside the mention the panel would cover its line.
          flip({ fallbackPlacements: fallbackPlacementsFor(dir), padding: PANEL_VIEWPORT_PADDING_PX }),
          shift({ padding: PANEL_VIEWPORT_PADDING_PX }),
          size({
            padding: PANEL_VIEWPORT_PADDING_PX,
            apply({ availableHeight, elements }) {
              const height = Math.max(120, Math.min(PANEL_MAX_HEIGHT_PX, Math.floor(availableHeight)));
              elements.floating.style.maxHeight = `${height}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (myGeneration !== generation) return;
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
        floating.setAttribute('data-placed', '');
      });
    };
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(reference, floating, place);

    if (opts.focus) floating.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  return {
    open,
    close,
    isOpen: () => entityId !== null,
    openEntityId: () => entityId,
    contains(node) {
      if (!mounted || !node) return false;
      return node === mounted.host || mounted.host.contains(node) || mounted.shadow.contains(node);
    },
    setTheme(next) {
      theme = next;
      if (mounted) applyTheme(mounted.host, theme);
    },
    destroy() {
      close();
      if (mounted) {
        render(null, mounted.floating);
        mounted.host.remove();
        mounted = null;
      }
    },
  };
}

function applyTheme(host: HTMLElement, theme: PanelTheme): void {
  if (theme === 'auto') host.removeAttribute('data-theme');
  else host.setAttribute('data-theme', theme);
}

function directionAround(element: Element): TextDirection {
  const view = element.ownerDocument.defaultView;
  return toDirection(view ? view.getComputedStyle(element).direction : element.closest('[dir]')?.getAttribute('dir'));
}


/** The focused element, looking through open shadow roots (pages built from web components). */
function activeElementOf(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // Not `instanceof HTMLElement`: page and content-script globals differ in Firefox.
  return active && active !== doc.body && typeof (active as HTMLElement).focus === 'function'
    ? (active as HTMLElement)
    : null;
}
