/**
 * Paints mentions with the CSS Custom Highlight API: ranges in one `Highlight`
 * per entity kind, styled with `::highlight(backstory-<kind>)`. The page's DOM
 * is never touched, so framework-owned text nodes and editors keep working
 * and there is nothing to restore.
 *
 * How highlights look is not the renderer's business: the content script
 * installs the `::highlight()` rules once per page (`page/highlight-style.ts`),
 * because inserting a stylesheet makes the browser recalculate style for the
 * whole document, which a rescan must not pay again.
 *
 * Hover: the caret position under the pointer gives a text node and offset; a
 * per-node list of mentions answers the lookup without measuring every range.
 *
 * Mention positions are static: when the page edits a mention's text, the
 * engine's mutation observer rescans that block and the mention is replaced.
 */
import type { EntityKind } from '../../lib/pack/types';
import { highlightName } from '../highlight-style';
import { textParts } from '../locate';
import type { PageMention, Renderer } from './types';

export { highlightName } from '../highlight-style';

export function supportsOverlay(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return typeof view?.CSS?.highlights !== 'undefined' && typeof view.Highlight === 'function';
}

interface NodeEntry {
  mention: PageMention;
  start: number;
  end: number;
}

export function createOverlayRenderer(doc: Document): Renderer {
  const view = doc.defaultView as Window & typeof globalThis;
  const registry = view.CSS.highlights;
  const highlights = new Map<EntityKind, Highlight>();
  /** What each painted mention put in its highlight. */
  const painted = new Map<PageMention, StaticRange>();
  /** Hover lookup: the mentions over each text node, with the offsets they cover there. */
  const byNode = new Map<Node, NodeEntry[]>();

  const highlightFor = (kind: EntityKind): Highlight => {
    let h = highlights.get(kind);
    if (!h) {
      h = new view.Highlight();
      highlights.set(kind, h);
      registry.set(highlightName(kind), h);
    }
    return h;
  };

  /** The text nodes of mentions that span several, as indexed (the page may have moved them since). */
  const spans = new Map<PageMention, Node[]>();

  const index = (mention: PageMention) => {
    const { at } = mention;
    // Most mentions sit in one text node: no walk needed.
    if (at.startContainer === at.endContainer) {
      entriesOf(at.startContainer).push({ mention, start: at.startOffset, end: at.endOffset });
      return;
    }
    const parts = textParts(at);
    for (const { node, start, end } of parts) entriesOf(node).push({ mention, start, end });
    spans.set(mention, parts.map((p) => p.node));
  };

  const entriesOf = (node: Node): NodeEntry[] => {
    let list = byNode.get(node);
    if (!list) byNode.set(node, (list = []));
    return list;
  };

  const unindex = (mention: PageMention) => {
    for (const node of spans.get(mention) ?? [mention.at.startContainer]) {
      const kept = (byNode.get(node) ?? []).filter((e) => e.mention !== mention);
      if (kept.length === 0) byNode.delete(node);
      else byNode.set(node, kept);
    }
    spans.delete(mention);
  };

  return {
    name: 'overlay',
    add(mentions) {
      for (const mention of mentions) {
        if (painted.has(mention)) continue;
        // A StaticRange, not a live Range: the page's own DOM changes then pay nothing per
        // mention. When the page edits a mention's text, the engine rescans that block
        // and replaces the mention.
        const range = new view.StaticRange(mention.at);
        painted.set(mention, range);
        highlightFor(mention.kind).add(range);
        index(mention);
      }
    },
    remove(mentions) {
      for (const mention of mentions) {
        const range = painted.get(mention);
        if (!range) continue;
        painted.delete(mention);
        highlights.get(mention.kind)?.delete(range);
        unindex(mention);
      }
    },
    clear() {
      for (const h of highlights.values()) h.clear();
      painted.clear();
      byNode.clear();
      spans.clear();
    },
    mentionAt(x, y) {
      const hit = caretAt(doc, x, y);
      if (!hit) return null;
      const entries = byNode.get(hit.node);
      if (!entries) return null;
      for (const { mention, start, end } of entries) {
        // The caret sits between characters: offset `end` is the right half of the last one.
        if (hit.offset < start || hit.offset > end) continue;
        if (containsPoint(mention.range, x, y)) return mention;
      }
      return null;
    },
    destroy() {
      this.clear();
      for (const kind of highlights.keys()) {
        if (registry.get(highlightName(kind)) === highlights.get(kind)) registry.delete(highlightName(kind));
      }
      highlights.clear();
    },
  };
}

type CaretDoc = Document & {
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The caret is the nearest text position, even in the margin: confirm the point is on the text. */
function containsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
