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

/** What the engine keeps per mention; renderers receive these. */
export interface PageMention extends Mention {
  kind: EntityKind;
  ambiguous: boolean;
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
