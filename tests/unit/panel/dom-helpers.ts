/** Small DOM helpers for the panel's jsdom tests (jsdom has no PointerEvent or layout). */
import type { PanelReference } from '../../../page/panel/host';

export function rect(x: number, y: number, width: number, height: number): DOMRect {
  return {
    x,
    y,
    width,
    height,
    left: x,
    top: y,
    right: x + width,
    bottom: y + height,
    toJSON: () => ({}),
  } as DOMRect;
}

export function reference(r: DOMRect, contextElement?: Element): PanelReference {
  return contextElement ? { getBoundingClientRect: () => r, contextElement } : { getBoundingClientRect: () => r };
}

/** Gives jsdom a viewport, which floating-ui reads from the root element. */
export function setViewport(width: number, height: number): void {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: height });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
}

interface PointerInit {
  pointerType?: 'mouse' | 'touch' | 'pen';
  target?: EventTarget;
  relatedTarget?: EventTarget | null;
}

/** Dispatches a pointer event (a MouseEvent carrying `pointerType`) at (x, y). */
export function pointer(type: string, x: number, y: number, init: PointerInit = {}): void {
  const event = new MouseEvent(type, {
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
    relatedTarget: init.relatedTarget ?? null,
  });
  Object.defineProperty(event, 'pointerType', { value: init.pointerType ?? 'mouse' });
  (init.target ?? document.body).dispatchEvent(event);
}
