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
import type { PageMention, Renderer } from './types';

export const MARK_CLASS = 'backstory-mark';

export function createInlineRenderer(doc: Document): Renderer {
  const marksOf = new Map<PageMention, HTMLElement[]>();
  const mentionOf = new WeakMap<Element, PageMention>();

  const wrap = (mention: PageMention): HTMLElement[] => {
    const marks: HTMLElement[] = [];
    // Last part first: splitting a node never moves the offsets of earlier parts.
    const parts = textParts(mention.range).reverse();
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
    const startText = first?.firstChild;
    const endText = marks[marks.length - 1]?.lastChild;
    if (first && startText && endText) {
      // Start first: a later start than the old end collapses, the end then reopens it.
      mention.range.setStart(startText, 0);
      mention.range.setEnd(endText, (endText as Text).length);
      mention.element = first;
    }
    return marks;
  };

  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
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
        for (const mark of marks) unwrap(mark);
        delete mention.element;
      }
    },
    clear() {
      for (const mention of marksOf.keys()) delete mention.element;
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
