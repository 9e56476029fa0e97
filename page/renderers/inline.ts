/**
 * Paints mentions by wrapping their text in `<mark>` elements: it prints, and
 * screen readers announce `mark`. Used where the Highlight API is missing and
 * as a reader setting.
 *
 * The mentions come from the same scan and matcher as the overlay, so both
 * renderers show the same mentions (docs/decisions/005). The page's own text
 * nodes are never moved or merged: splits.ts keeps each one in place with
 * the text before its first mention, and undo writes the rest back into it
 * (docs/decisions/009). When the page writes or moves a node it owns that we
 * split, `repair` restores what the page meant and reports it, and the
 * engine falls back to the overlay for that page.
 */
import { textParts } from '../locate';
import { Splits } from './splits';
import { rangeAt, type PageMention, type Renderer } from './types';

import { MARK_CLASS } from '../highlight-style';

export { MARK_CLASS };

/** Marks an earlier copy of the renderer left (a content script that died without undoing). */
const LEFTOVER_MARKS = `mark.${MARK_CLASS}[data-backstory][data-markjs]`;

export function createInlineRenderer(doc: Document): Renderer {
  const marksOf = new Map<PageMention, HTMLElement[]>();
  const mentionOf = new WeakMap<Element, PageMention>();
  const splits = new Splits();

  const wrap = (mention: PageMention): HTMLElement[] => {
    const marks: HTMLElement[] = [];
    // Last part first: splitting a node never moves the offsets of earlier parts.
    const parts = textParts(mention.live ?? mention.at).reverse();
    delete mention.live;
    for (const part of parts) {
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} backstory-${mention.kind}`;
      mark.setAttribute('data-markjs', 'true');
      mark.setAttribute('data-backstory', mention.entityId);
      splits.wrap(part.node, part.start, part.end, mark);
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

  /** A hidden mention (topic or kind filter) may be shown again: give it a range over its unwrapped text. */
  const unwrap = (mention: PageMention, marks: HTMLElement[]) => {
    const texts = marks.map((mark) => splits.unwrapMark(mark));
    const first = texts[0];
    const last = texts[texts.length - 1];
    if (!first || !last) return;
    mention.at = { startContainer: first, startOffset: 0, endContainer: last, endOffset: last.length };
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
        unwrap(mention, marks);
      }
    },
    clear() {
      for (const mention of marksOf.keys()) {
        delete mention.element;
        delete mention.marked;
      }
      marksOf.clear();
      splits.undoAll();
      for (const mark of (doc.body ?? doc.documentElement).querySelectorAll(LEFTOVER_MARKS)) mark.replaceWith(...mark.childNodes);
    },
    repair: (records) => splits.repair(records),
    mentionAt(x, y) {
      const hit = doc.elementFromPoint(x, y)?.closest(`mark.${MARK_CLASS}`);
      return hit ? (mentionOf.get(hit) ?? null) : null;
    },
    destroy() {
      this.clear();
    },
  };
}
