/**
 * Paints mentions by wrapping their text in `<mark>` elements: it prints, and
 * screen readers announce `mark`. Used where the Highlight API is missing and
 * as a reader setting.
 *
 * The mentions come from the same scan and matcher as the overlay, so both
 * renderers show the same mentions. We wrap the ranges ourselves rather than
 * let mark.js search: `markRegExp` with `acrossElements` joins paragraphs with
 * no gap ("…Paris</p><p>Berlin" reads "ParisBerlin", which breaks word
 * boundaries) and rebuilds its text buffer on every wrap, which is quadratic.
 * The marks carry mark.js's `data-markjs` attribute, so mark.js `unmark`
 * (which also normalises the split text nodes back together) undoes them.
 */
import Mark from 'mark.js';
import { textParts } from '../locate';
import { SKIPPED_SELECTOR } from '../scan';
import { rangeAt, type PageMention, type Renderer } from './types';

import { MARK_CLASS } from '../highlight-style';

export { MARK_CLASS };

export function createInlineRenderer(doc: Document): Renderer {
  const marksOf = new Map<PageMention, HTMLElement[]>();
  const mentionOf = new WeakMap<Element, PageMention>();

  const wrap = (mention: PageMention): HTMLElement[] => {
    const marks: HTMLElement[] = [];
    // Last part first: splitting a node never moves the offsets of earlier parts.
    const parts = textParts(mention.live ?? mention.at).reverse();
    delete mention.live;
    for (const part of parts) {
      let node = part.node;
      if (part.end < node.length) node.splitText(part.end);
      if (part.start > 0) node = node.splitText(part.start);
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} backstory-${mention.kind}`;
      mark.setAttribute('data-markjs', 'true');
      mark.setAttribute('data-backstory', mention.entityId);
      node.parentNode?.replaceChild(mark, node);
      mark.appendChild(node);
      mentionOf.set(mark, mention);
      marks.unshift(mark);
    }
    const first = marks[0];
    const last = marks[marks.length - 1];
    if (first && last) {
      mention.element = first;
      // No live Range per mention (see PageMention): a fresh one is made when asked for.
      mention.marked = () => {
        const range = doc.createRange();
        range.setStart(first.firstChild ?? first, 0);
        range.setEnd(last, last.childNodes.length);
        return range;
      };
    }
    return marks;
  };

  /** Unwraps a mark; returns where its text now starts, for re-painting later. */
  const unwrap = (mark: HTMLElement): { node: Node; offset: number } | null => {
    const parent = mark.parentNode;
    if (!parent) return null;
    const before = mark.previousSibling;
    // normalize() merges the mark's text into a preceding text node.
    const anchor = before?.nodeType === 3 ? { node: before, offset: (before as Text).length } : mark.firstChild ? { node: mark.firstChild, offset: 0 } : null;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
    return anchor;
  };

  /** A hidden mention (topic or kind filter) may be shown again: give it a range over the unwrapped text. */
  const restoreRange = (mention: PageMention, marks: HTMLElement[]) => {
    const lastLength = marks[marks.length - 1]?.textContent?.length ?? 0;
    let start: { node: Node; offset: number } | null = null;
    let end: { node: Node; offset: number } | null = null;
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i];
      const anchor = mark ? unwrap(mark) : null;
      if (i === marks.length - 1 && anchor) end = { node: anchor.node, offset: anchor.offset + lastLength };
      if (i === 0) start = anchor;
    }
    if (!start || !end) return;
    mention.at = { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
    // Hidden now; later wraps will split these text nodes, so this one needs a live range.
    mention.live = rangeAt(mention.at);
  };

  return {
    name: 'inline',
    add(mentions) {
      // Last mention first, for the same reason as parts within a mention.
      for (let i = mentions.length - 1; i >= 0; i--) {
        const mention = mentions[i];
        if (!mention || marksOf.has(mention)) continue;
        marksOf.set(mention, wrap(mention));
      }
    },
    remove(mentions) {
      for (const mention of mentions) {
        const marks = marksOf.get(mention);
        if (!marks) continue;
        marksOf.delete(mention);
        delete mention.marked;
        delete mention.element;
        restoreRange(mention, marks);
      }
    },
    clear() {
      for (const mention of marksOf.keys()) {
        delete mention.element;
        delete mention.marked;
      }
      marksOf.clear();
      const root = doc.body ?? doc.documentElement;
      new Mark(root).unmark({ element: 'mark', className: MARK_CLASS, exclude: [SKIPPED_SELECTOR] });
    },
    mentionAt(x, y) {
      const hit = doc.elementFromPoint(x, y)?.closest(`mark.${MARK_CLASS}`);
      return hit ? (mentionOf.get(hit) ?? null) : null;
    },
    destroy() {
      this.clear();
    },
  };
}
