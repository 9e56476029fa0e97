/**
 * Reads the page's text once, in document order, into flat strings the
 * matcher can search, remembering which text node each stretch came from.
 *
 * - Inline elements do not break text, so "Coalition of the <em>Willing</em>"
 *   reads as one phrase.
 * - Block elements, line breaks and skipped elements insert BLOCK_SEPARATOR,
 *   which no alias can match across.
 * - Forms, editors, code, scripts, hidden subtrees and our own UI are skipped
 *   with their descendants. Only attributes and tag names are checked:
 *   computed style (display:none) would force style work on every element.
 *
 * The walk is resumable: `next(deadline)` returns a chunk that ends on a block
 * boundary once the deadline or the size cap is reached, so a 5 MB page is
 * read in slices that each fit in one short task.
 */
import { CHUNK_MAX_CHARS, NODES_PER_CLOCK_CHECK } from '../lib/constants';

/** Not whitespace and not a word character, so it ends every alias. */
export const BLOCK_SEPARATOR = '\u0000';

/** Elements whose text is never the article's prose, or that the reader is editing. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'KBD', 'SAMP', 'IFRAME', 'OBJECT', 'CANVAS', 'BACKSTORY-PANEL',
  // Foreign elements keep lower-case tag names in HTML documents.
  'svg', 'math',
]);

/** CSS equivalent of `isSkipped`, for code that filters with selectors (and docs). */
export const SKIPPED_SELECTOR = [
  ...[...SKIPPED_TAGS].map((t) => t.toLowerCase()),
  '[hidden]',
  '[contenteditable]',
  '[data-backstory-ui]',
].join(', ');

/** Elements that start a new line of text; matches never run across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS',
  'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IMG', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName) || skippedByAttribute(el);
}

/** One `hasAttributes()` call spares most elements the three lookups. */
function skippedByAttribute(el: Element): boolean {
  return (
    el.hasAttributes() &&
    (el.hasAttribute('hidden') || el.hasAttribute('contenteditable') || el.hasAttribute('data-backstory-ui'))
  );
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** True when `node` or an ancestor is skipped: its text is never scanned. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** The nearest block ancestor (or `node` itself): rescanning it cannot cut a match in two. */
export function blockRoot(node: Node, fallback: Element): Element {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlock(el) && el.tagName !== 'BR' && el.tagName !== 'IMG') return el;
  }
  return fallback;
}

export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the chunk's text. */
  start: number;
}

export interface ScanChunk {
  text: string;
  /** In document order, by `start`. */
  pieces: TextPiece[];
}

export interface Scanner {
  /** The next chunk, or null when the walk is over. A chunk may be empty when time ran out. */
  next(deadline: number): ScanChunk | null;
}

const SHOW = 0x1 /* SHOW_ELEMENT */ | 0x4; /* SHOW_TEXT */

export function createScanner(root: Element, maxChars = CHUNK_MAX_CHARS): Scanner {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW);
  let current: Node | null = isInsideSkipped(root) ? null : walker.firstChild();

  return {
    next(deadline) {
      if (!current) return null;
      // Joined once at the end: a flat string, where `+=` would build a rope
      // that the matcher then has to flatten.
      const parts: string[] = [];
      let length = 0;
      let atBoundary = true;
      const pieces: TextPiece[] = [];
      const separate = () => {
        if (!atBoundary) {
          parts.push(BLOCK_SEPARATOR);
          length++;
        }
        atBoundary = true;
      };
      let steps = 0;
      while (current) {
        const node: Node = current;
        let descend = false;
        let block = false;
        if (node.nodeType === 3) {
          const data = (node as Text).data;
          if (data.length > 0) {
            pieces.push({ node: node as Text, start: length });
            parts.push(data);
            length += data.length;
            atBoundary = false;
          }
        } else if (node.nodeType === 1) {
          const el = node as Element;
          const tag = el.tagName;
          if (SKIPPED_TAGS.has(tag) || skippedByAttribute(el)) separate();
          else {
            block = BLOCK_TAGS.has(tag);
            if (block) separate();
            descend = true;
          }
        }
        current = descend ? walker.firstChild() : null;
        if (!current) {
          if (block) separate();
          current = walker.nextSibling();
          while (!current) {
            const parent = walker.parentNode();
            if (!parent || parent === root) break;
            if (!atBoundary && isBlock(parent as Element)) separate();
            current = walker.nextSibling();
          }
        }
        // Cut only where a separator was just written, so no match is split.
        if (++steps % NODES_PER_CLOCK_CHECK === 0 && atBoundary) {
          if (length >= maxChars || performance.now() >= deadline) break;
        }
      }
      const text = parts.join('');
      return { text, pieces };
    },
  };
}
