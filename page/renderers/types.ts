import type { EntityKind } from '../../lib/pack/types';

/** One mention of an entity on the page. */
export interface Mention {
  entityId: string;
  /** The page's own text for the mention. */
  text: string;
  /** Live range over the mention's text (inside the mark elements when inline). */
  range: Range;
  /** First `mark` element of the mention (inline renderer only). */
  element?: HTMLElement;
}

/** Where a mention's text was when it was scanned (not updated by later DOM changes). */
export interface Position {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/**
 * What the engine keeps per mention; renderers receive these.
 *
 * Browsers update every live Range on every DOM change, so holding one per
 * mention while inline marks are inserted is quadratic (10,000 mentions:
 * 28 s instead of 0.2 s in Chromium). Mentions therefore start from a static
 * `at`; `live` is a Range kept only where one is needed (overlay highlights,
 * hidden mentions the inline renderer may show later). `range` is defined by
 * `defineRange` and by the renderers.
 */
export interface PageMention extends Mention {
  kind: EntityKind;
  ambiguous: boolean;
  at: Position;
  live?: Range;
}

/** Makes a live Range over a position. */
export function rangeAt(doc: Document, at: Position): Range {
  const range = doc.createRange();
  range.setStart(at.startContainer, at.startOffset);
  range.setEnd(at.endContainer, at.endOffset);
  return range;
}

/** `mention.range`: the live range when there is one, else a fresh Range each time it is read. */
export function defineRange(mention: PageMention, get: () => Range): void {
  Object.defineProperty(mention, 'range', { configurable: true, enumerable: true, get });
}

/**
 * Paints mentions on the page. Both renderers must show the same mentions and
 * leave the page as they found it after `clear()`.
 */
export interface Renderer {
  readonly name: 'overlay' | 'inline';
  add(mentions: PageMention[]): void;
  remove(mentions: PageMention[]): void;
  /** Removes every mention this renderer painted. */
  clear(): void;
  /** The painted mention under a viewport point, if any. Cheap enough for pointermove. */
  mentionAt(x: number, y: number): PageMention | null;
  /** `clear()` plus removing injected styles and registrations. */
  destroy(): void;
}
