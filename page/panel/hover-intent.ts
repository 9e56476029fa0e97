/**
 * When the fact panel opens and closes. Pointer: rest on a mention for the
 * dwell time to open; leave both mention and panel for the grace time to
 * close; move into the panel and it stays (WCAG 1.4.13: hoverable,
 * dismissable, persistent). Escape, a click or tap outside, and scrolling the
 * mention out of view close it. Touch: a tap on a mention opens it.
 *
 * It knows nothing about how mentions are found: `mentionAt` (from the page
 * engine) answers for both the overlay and the inline renderer.
 */
import type { EntityId } from '../../lib/pack/types';
import { PANEL_DWELL_MS, PANEL_GRACE_MS, PANEL_TAP_MAX_MS, PANEL_TAP_SLOP_PX } from '../../lib/constants';
import { isOutOfView, shiftRect } from '../../lib/panel/placement';
import type { PanelHost, PanelReference } from './host';

export interface MentionHit {
  entityId: EntityId;
  /** The mention's box (viewport coordinates) when hit. */
  rect: DOMRect;
  /** A reference that stays accurate as the page moves (mark element, live virtual element). */
  reference?: PanelReference;
  /** The page element holding the mention: text direction and scroll parents. */
  element?: Element;
}

export interface HoverIntentOptions {
  mentionAt(x: number, y: number): MentionHit | null;
  panel: PanelHost;
  doc?: Document;
  dwellMs?: number;
  graceMs?: number;
}

export interface HoverIntent {
  /** Opens with focus in the panel; Escape or closing returns focus to `returnFocusTo` (default: the focused element). */
  openFromKeyboard(entityId: EntityId, reference: PanelReference, returnFocusTo?: HTMLElement | null): void;
  close(): void;
  /** The user's dwell setting. */
  setDwellMs(ms: number): void;
  destroy(): void;
}

/** How the open panel was opened: only a hover-opened panel closes when the pointer leaves. */
type Mode = 'hover' | 'pinned';

interface Point {
  x: number;
  y: number;
  target: EventTarget | null;
}

export function createHoverIntent(options: HoverIntentOptions): HoverIntent {
  const { mentionAt, panel } = options;
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  let dwellMs = options.dwellMs ?? PANEL_DWELL_MS;
  const graceMs = options.graceMs ?? PANEL_GRACE_MS;
  const controller = new AbortController();
  const listen = { signal: controller.signal, passive: true, capture: true };

  let mode: Mode = 'hover';
  let openReference: PanelReference | null = null;
  /**
   * Whether the open panel's mention has been on screen since it opened. A
   * keyboard or popup opening scrolls the mention in (smoothly): until it has
   * arrived, scroll events must not count as "scrolled away".
   */
  let referenceSeen = false;
  let dwell: { hit: MentionHit; timer: ReturnType<typeof setTimeout> } | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  let tapStart: { x: number; y: number; time: number } | null = null;
  let lastMove: Point | null = null;
  let moveFrame = 0;
  let scrollFrame = 0;

  const frame = (fn: () => void): number =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : (setTimeout(fn, 16) as unknown as number);
  const cancelFrame = (id: number) =>
    typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);

  function cancelDwell() {
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
  }
  function cancelGrace() {
    if (graceTimer !== null) clearTimeout(graceTimer);
    graceTimer = null;
  }
  function startGrace() {
    if (graceTimer !== null || mode !== 'hover' || !panel.isOpen()) return;
    graceTimer = setTimeout(() => {
      graceTimer = null;
      if (mode === 'hover') panel.close();
    }, graceMs);
  }

  function referenceInView(): boolean {
    if (!openReference) return false;
    return !isOutOfView(openReference.getBoundingClientRect(), { width: view.innerWidth, height: view.innerHeight });
  }

  function referenceFor(hit: MentionHit): PanelReference {
    return hit.reference ?? pinnedReference(hit.rect, view, hit.element);
  }

  function openAt(hit: MentionHit, nextMode: Mode) {
    cancelDwell();
    cancelGrace();
    mode = nextMode;
    openReference = referenceFor(hit);
    referenceSeen = referenceInView();
    panel.open(hit.entityId, openReference, { focus: false });
  }

  function close() {
    cancelDwell();
    cancelGrace();
    panel.close();
  }

  function handleMove() {
    moveFrame = 0;
    const point = lastMove;
    if (!point) return;
    // Over the panel: it stays, and nothing beneath it (an overlay mention) counts.
    if (panel.contains(point.target as Node | null)) {
      cancelGrace();
      cancelDwell();
      return;
    }
    const hit = mentionAt(point.x, point.y);
    if (hit && panel.isOpen() && panel.openEntityId() === hit.entityId) {
      cancelGrace();
      cancelDwell();
      return;
    }
    if (!hit) cancelDwell();
    else if (dwell?.hit.entityId === hit.entityId) dwell.hit = hit; // same mention: keep the clock running
    else {
      cancelDwell();
      const pending = { hit, timer: setTimeout(() => dwell === pending && openAt(pending.hit, 'hover'), dwellMs) };
      dwell = pending;
    }
    startGrace();
  }

  function onPointerMove(event: PointerEvent) {
    if (event.pointerType === 'touch') return;
    lastMove = { x: event.clientX, y: event.clientY, target: event.target };
    if (!moveFrame) moveFrame = frame(handleMove);
  }

  function onPointerOut(event: PointerEvent) {
    // relatedTarget null: the pointer left the window, which no pointermove reports.
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    cancelDwell();
    startGrace();
  }

  function onPointerDown(event: PointerEvent) {
    if (panel.contains(event.target as Node | null)) {
      // Interacting with the panel commits to it: it no longer closes when the pointer wanders off.
      cancelGrace();
      mode = 'pinned';
      return;
    }
    if (event.pointerType === 'touch' || event.pointerType === 'pen') {
      // Decided at pointerup: a finger that moves is scrolling, not tapping.
      tapStart = { x: event.clientX, y: event.clientY, time: Date.now() };
      return;
    }
    const hit = mentionAt(event.clientX, event.clientY);
    if (hit) openAt(hit, 'pinned'); // a click is explicit: open now and stay
    else if (panel.isOpen()) close();
  }

  function onPointerUp(event: PointerEvent) {
    const start = tapStart;
    tapStart = null;
    if (!start || panel.contains(event.target as Node | null)) return;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (moved > PANEL_TAP_SLOP_PX || Date.now() - start.time > PANEL_TAP_MAX_MS) return;
    const hit = mentionAt(event.clientX, event.clientY);
    if (hit) openAt(hit, 'pinned');
    else if (panel.isOpen()) close();
  }

  function onKeyDown(event: KeyboardEvent) {
    // Inside the panel, the panel handles Escape itself (and returns focus).
    if (event.key !== 'Escape' || panel.contains(event.target as Node | null)) return;
    cancelDwell();
    if (panel.isOpen()) close();
  }

  function handleScroll() {
    scrollFrame = 0;
    // The page moved under a resting pointer: a pending dwell no longer means intent.
    cancelDwell();
    if (!panel.isOpen() || !openReference) return;
    if (!referenceInView()) {
      if (referenceSeen) close();
    } else referenceSeen = true;
  }

  function onScroll(event: Event) {
    // Scrolling inside the panel never reaches here (not composed); this guards retargeting quirks.
    if (panel.contains(event.target as Node | null)) return;
    if (!scrollFrame) scrollFrame = frame(handleScroll);
  }

  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('pointerout', onPointerOut, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  doc.addEventListener('pointercancel', () => (tapStart = null), listen);
  doc.addEventListener('keydown', onKeyDown, listen);
  doc.addEventListener('scroll', onScroll, listen);

  return {
    openFromKeyboard(entityId, reference, returnFocusTo) {
      cancelDwell();
      cancelGrace();
      mode = 'pinned';
      openReference = reference;
      referenceSeen = referenceInView();
      panel.open(entityId, reference, { focus: true, ...(returnFocusTo !== undefined ? { returnFocusTo } : {}) });
    },
    close,
    setDwellMs(ms) {
      dwellMs = Math.max(0, ms);
    },
    destroy() {
      controller.abort();
      cancelDwell();
      cancelGrace();
      if (moveFrame) cancelFrame(moveFrame);
      if (scrollFrame) cancelFrame(scrollFrame);
      moveFrame = scrollFrame = 0;
    },
  };
}

/**
 * A reference from a rect measured once (overlay hit-tests give no element):
 * it follows window scrolling by the scroll delta since it was measured.
 */
export function pinnedReference(rect: DOMRect, view: Window, contextElement?: Element): PanelReference {
  const scrollX = view.scrollX;
  const scrollY = view.scrollY;
  const reference: PanelReference = {
    getBoundingClientRect() {
      const moved = shiftRect(rect, view.scrollX - scrollX, view.scrollY - scrollY);
      return { ...moved, toJSON: () => moved } as DOMRect;
    },
  };
  if (contextElement) reference.contextElement = contextElement;
  return reference;
}
