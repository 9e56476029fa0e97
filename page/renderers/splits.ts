/**
 * The inline renderer's bookkeeping of the text nodes it splits, so that the
 * page's own nodes keep their identity and place (docs/decisions/009).
 *
 * Frameworks keep references to the text nodes they render and later write
 * `node.data`, remove the node or insert beside it. So a page's text node is
 * never moved into a mark: it stays where it is and keeps the text before
 * the first mention (possibly none), and everything after it lives in new
 * nodes of ours, the "pieces" of its split. Undo puts the pieces' text back
 * into the page's node and removes the pieces; when the page itself writes
 * or moves a node of a split, the split is repaired at once (before the
 * browser paints) and the renderer reports a conflict.
 */

export interface Split {
  /** The page's own text node. */
  readonly origin: Text;
  /** Our marks and text nodes after `origin`, in document order. */
  readonly pieces: Node[];
}

/** Why a split was repaired: the page wrote or moved one of its nodes. */
export type Conflict = 'page-wrote-text' | 'page-moved-nodes';

export class Splits {
  private readonly byNode = new WeakMap<Node, Split>();
  private readonly all = new Set<Split>();

  get size(): number {
    return this.all.size;
  }

  /**
   * Wraps `[start, end)` of `node` (the page's node or a piece of ours) in `mark`,
   * splitting without moving the page's node. Returns the wrapped text node.
   */
  wrap(node: Text, start: number, end: number, mark: HTMLElement): Text {
    const split = this.byNode.get(node) ?? this.open(node);
    const mid = node.splitText(start);
    if (end - start < mid.length) this.track(split, mid.splitText(end - start), node);
    mid.parentNode?.replaceChild(mark, mid);
    mark.appendChild(mid);
    this.byNode.set(mid, split);
    this.track(split, mark, node);
    return mid;
  }

  /** Takes a mark out again, leaving its text node in place (still a piece, merged on undo). */
  unwrapMark(mark: HTMLElement): Text | null {
    const split = this.byNode.get(mark);
    const text = mark.firstChild as Text | null;
    if (!split || !text || !mark.parentNode) return null;
    mark.parentNode.replaceChild(text, mark);
    const i = split.pieces.indexOf(mark);
    if (i >= 0) split.pieces.splice(i, 1, text);
    this.byNode.delete(mark);
    return text;
  }

  /** Every split merged back into its page node: the page's DOM as it was, node for node. */
  undoAll(): void {
    for (const split of this.all) this.merge(split);
    this.all.clear();
  }

  /**
   * Looks at the page's own mutation records (ours are never observed) and repairs
   * every split the page touched. Returns why, or null when nothing of ours was left
   * out of place (a page that replaces a whole block takes our pieces with it).
   */
  repair(records: MutationRecord[]): Conflict | null {
    let wrote = false;
    let moved = false;
    for (const r of records) {
      if (!this.all.size) break;
      if (r.type === 'characterData') {
        const split = this.live(r.target);
        // The page's write supersedes the split text; a write into our piece is kept by merging.
        if (split) wrote = (r.target === split.origin ? this.drop(split) : this.merge(split)) || wrote;
      } else if (r.type === 'childList') {
        moved = this.repairChildList(r) || moved;
      }
    }
    return wrote ? 'page-wrote-text' : moved ? 'page-moved-nodes' : null;
  }

  private live(node: Node | null): Split | undefined {
    const split = node ? this.byNode.get(node) : undefined;
    return split && this.all.has(split) ? split : undefined;
  }

  private repairChildList(r: MutationRecord): boolean {
    let touched = false;
    for (const node of r.removedNodes) {
      const split = this.live(node);
      // The page removed its node: what we split off it goes too. It removed one of ours: merge the rest.
      if (split) touched = (node === split.origin ? this.drop(split) : this.merge(split)) || touched;
    }
    for (const node of r.addedNodes) {
      const before = this.live(node.previousSibling);
      // Inserted inside a split (the page meant "after my node"): merging puts it after the whole text.
      if (before && before === this.live(node.nextSibling) && node.nextSibling !== before.origin) {
        touched = this.merge(before) || touched;
      }
    }
    return touched;
  }

  private open(origin: Text): Split {
    const split: Split = { origin, pieces: [] };
    this.byNode.set(origin, split);
    this.all.add(split);
    return split;
  }

  /** Records `piece` right after `after` (the origin or another piece) in document order. */
  private track(split: Split, piece: Node, after: Node): void {
    const i = after === split.origin ? -1 : split.pieces.indexOf(after);
    split.pieces.splice(i + 1, 0, piece);
    this.byNode.set(piece, split);
  }

  /** Puts the pieces' text back into the origin and removes them. True when a piece was still in the page. */
  private merge(split: Split): boolean {
    this.all.delete(split);
    const { origin, pieces } = split;
    let text = '';
    let attached = false;
    for (const piece of pieces) {
      if (piece.parentNode) text += piece.textContent ?? '';
      attached = this.detach(piece) || attached;
    }
    if (text) origin.appendData(text);
    this.byNode.delete(origin);
    return attached;
  }

  /** The origin's text is the page's now: the pieces are stale and go. True when a piece was still in the page. */
  private drop(split: Split): boolean {
    this.all.delete(split);
    let attached = false;
    for (const piece of split.pieces) attached = this.detach(piece) || attached;
    this.byNode.delete(split.origin);
    return attached;
  }

  private detach(piece: Node): boolean {
    this.byNode.delete(piece);
    if (piece.nodeType === 1) for (const child of piece.childNodes) this.byNode.delete(child);
    const attached = piece.isConnected;
    piece.parentNode?.removeChild(piece);
    return attached;
  }
}
