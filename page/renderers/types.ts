import type { EntityKind } from '../../lib/pack/types';
import type { Conflict as SplitConflict } from './splits';

/** Why a page refused the inline renderer: it writes the nodes we split, or paints its own highlights. */
export type Conflict = SplitConflict | 'page-uses-highlights';

/** One mention of an entity on the page. */
export interface Mention {
  entityId: string;
  /** The page's own text for the mention. */
  text: string;
  /** A Range over the mention's text now (over its marks when inline); may be a new one on each read. */
  readonly range: Range;
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
 * Browsers update every live Range on every DOM change, so a live Range per
 * mention makes every later change to the page pay for all of them (inline
 * marks after 10,000 ranges: 28 s instead of 0.2 s in Chromium). Mentions
 * therefore hold a static `at`; `range` makes a Range when someone asks (the
 * fact panel, the keyboard), and `live` is kept only where one is needed
 * (hidden mentions whose text nodes the inline renderer may split).
 * A class, so the getter costs nothing per mention.
 */
export class PageMention implements Mention {
  /** First `mark` element while the inline renderer shows the mention. */
  element?: HTMLElement;
  live?: Range;
  /** Set by the inline renderer while the mention is wrapped: a Range over its marks. */
  marked?: () => Range;
  /** The alias names something else outside the story (see relevance.ts). */
  lookalike = false;
  /** Within the relevance model's window of a mention of another entity. */
  close = false;
  /** A lookalike or a bare surname: off topic it shows only when `confirmed`. */
  needsConfirmation = false;
  /** Its sentence carries enough of the story (relevance.ts `confirmedInSentence`). */
  confirmed = false;
  /** Entities of other stories the same spelling names (several stories enabled). */
  also?: string[];

  constructor(
    readonly entityId: string,
    readonly text: string,
    readonly kind: EntityKind,
    readonly ambiguous: boolean,
    /** Where the mention's text was when it was scanned (not updated by later DOM changes). */
    public at: Position,
  ) {}

  get range(): Range {
    return this.marked?.() ?? this.live ?? rangeAt(this.at);
  }
}

/** Makes a live Range over a position. */
export function rangeAt(at: Position): Range {
  const range = (at.startContainer.ownerDocument ?? document).createRange();
  range.setStart(at.startContainer, at.startOffset);
  range.setEnd(at.endContainer, at.endOffset);
  return range;
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
  /**
   * Inline only: repairs what the page's own changes (`records`, never ours) did to
   * nodes this renderer split, at once. Returns why it had to, or null.
   */
  repair?(records: MutationRecord[]): SplitConflict | null;
  /** The painted mention under a viewport point, if any. Cheap enough for pointermove. */
  mentionAt(x: number, y: number): PageMention | null;
  /** `clear()` plus removing injected styles and registrations. */
  destroy(): void;
}
