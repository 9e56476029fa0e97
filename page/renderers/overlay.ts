/**
 * Paints mentions with the CSS Custom Highlight API: ranges in one `Highlight`
 * per entity kind, styled with `::highlight(backstory-<kind>)`. The page's DOM
 * is never touched, so framework-owned text nodes and editors keep working
 * and there is nothing to restore.
 *
 * Hover: the caret position under the pointer gives a text node and offset; a
 * per-node list of mentions answers the lookup without measuring every range.
 */
import { ENTITY_KINDS, type EntityKind } from '../../lib/pack/types';
import { textParts } from '../locate';
import type { PageMention, Renderer } from './types';

/**
 * Translucent fills plus an underline: they tint the page's own text colour
 * instead of replacing it, so they read on light and dark pages alike.
 */
const KIND_COLOURS: Record<EntityKind, string> = {
  person: '255, 193, 7',
  place: '76, 175, 80',
  organisation: '33, 150, 243',
  concept: '156, 39, 176',
  figure: '255, 87, 34',
  document: '0, 150, 136',
  event: '233, 30, 99',
};

export function highlightName(kind: EntityKind): string {
  return `backstory-${kind}`;
}

export function overlayStyles(): string {
  return ENTITY_KINDS.map(
    (kind) =>
      `::highlight(${highlightName(kind)}) { background-color: rgba(${KIND_COLOURS[kind]}, 0.28); ` +
      `text-decoration: underline 2px rgba(${KIND_COLOURS[kind]}, 0.9); text-underline-offset: 3px; }`,
  ).join('\n');
}

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
  const byNode = new Map<Node, NodeEntry[]>();

  const style = doc.createElement('style');
  style.setAttribute('data-backstory-ui', '');
  style.textContent = overlayStyles();
  (doc.head ?? doc.documentElement).appendChild(style);

  const highlightFor = (kind: EntityKind): Highlight => {
    let h = highlights.get(kind);
    if (!h) {
      h = new view.Highlight();
      highlights.set(kind, h);
      registry.set(highlightName(kind), h);
    }
    return h;
  };

  /** Which text nodes each mention was indexed under, so removal touches only those lists. */
  const nodesOf = new Map<PageMention, Node[]>();

  const unindex = (mention: PageMention) => {
    for (const node of nodesOf.get(mention) ?? []) {
      const kept = (byNode.get(node) ?? []).filter((e) => e.mention !== mention);
      if (kept.length === 0) byNode.delete(node);
      else byNode.set(node, kept);
    }
    nodesOf.delete(mention);
  };

  return {
    name: 'overlay',
    add(mentions) {
      for (const mention of mentions) {
        if (nodesOf.has(mention)) continue;
        highlightFor(mention.kind).add(mention.range);
        const nodes: Node[] = [];
        for (const part of textParts(mention.range)) {
          const list = byNode.get(part.node) ?? [];
          list.push({ mention, start: part.start, end: part.end });
          byNode.set(part.node, list);
          nodes.push(part.node);
        }
        nodesOf.set(mention, nodes);
      }
    },
    remove(mentions) {
      for (const mention of mentions) {
        if (!nodesOf.has(mention)) continue;
        highlights.get(mention.kind)?.delete(mention.range);
        unindex(mention);
      }
    },
    clear() {
      for (const h of highlights.values()) h.clear();
      byNode.clear();
      nodesOf.clear();
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
      style.remove();
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
