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

const BLOCK = 1;
const SKIPPED = 2;
/** One lookup per element instead of two. */
const TAG_ROLES = new Map<string, typeof BLOCK | typeof SKIPPED>([
  ...[...BLOCK_TAGS].map((tag) => [tag, BLOCK] as const),
  ...[...SKIPPED_TAGS].map((tag) => [tag, SKIPPED] as const),
]);

/** Every element the scanner's text breaks at: blocks and line breaks, and skipped elements. */
export const BREAK_SELECTOR = [...[...BLOCK_TAGS].map((t) => t.toLowerCase()), SKIPPED_SELECTOR].join(', ');

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

export interface ScanChunk {
  text: string;
  /** The text nodes read, in document order; `starts[i]` is where `nodes[i]` begins in `text`. */
  nodes: Text[];
  starts: number[];
}

export interface Scanner {
  /**
   * The next chunk, or null when the walk is over. A chunk may be empty when time ran out.
   * `maxChars` (default: the scanner's) bounds this chunk's text, so the matching that
   * follows fits in what is left of the task.
   */
  next(deadline: number, maxChars?: number): ScanChunk | null;
}

/** Attributes that skip an element with its subtree. */
const SKIPPING_ATTRIBUTES = '[hidden], [contenteditable], [data-backstory-ui]';

export function createScanner(root: Element, defaultMaxChars = CHUNK_MAX_CHARS): Scanner {
  // One native query instead of attribute lookups on every element (most page elements carry
  // a class, so `hasAttributes()` rarely spares them). Elements that gain such an attribute
  // later are the mutation observer's business.
  const skippedHere = new Set(root.querySelectorAll(SKIPPING_ATTRIBUTES));
  /**
   * For each element the walk is inside (below `root`): is it a block? Leaving one then
   * needs no DOM read. An element without children is left as soon as it is entered, and
   * the separator written before it already stands after it.
   */
  const entered: boolean[] = [];
  // Plain DOM properties and flat arrays: this loop runs once per node of the page, and
  // a TreeWalker call or an object per text node cost as much again as the walk itself.
  let current: Node | null = isInsideSkipped(root) ? null : root.firstChild;

  return {
    next(deadline, maxChars = defaultMaxChars) {
      if (!current) return null;
      // Joined once at the end: a flat string, where `+=` would build a rope
      // that the matcher then has to flatten.
      const parts: string[] = [];
      const nodes: Text[] = [];
      const starts: number[] = [];
      let length = 0;
      let atBoundary = true;
      const separate = () => {
        if (atBoundary) return;
        parts.push(BLOCK_SEPARATOR);
        length++;
        atBoundary = true;
      };

      /** The node after `node`'s subtree (null at the end of `root`), separating every block left on the way up. */
      const leave = (node: Node): Node | null => {
        for (let cur = node; ; ) {
          const sibling = cur.nextSibling;
          if (sibling) return sibling;
          const parent = cur.parentNode;
          if (!parent || parent === root) return null;
          if (entered.pop()) separate();
          cur = parent;
        }
      };

      let node: Node | null = current;
      let steps = 0;
      while (node) {
        const type = node.nodeType;
        let child: Node | null = null;
        if (type === 3) {
          const data = (node as Text).data;
          if (data.length > 0) {
            nodes.push(node as Text);
            starts.push(length);
            parts.push(data);
            length += data.length;
            atBoundary = false;
          }
        } else if (type === 1) {
          const el = node as Element;
          const role = TAG_ROLES.get(el.tagName);
          const skipped = role === SKIPPED || skippedHere.has(el);
          if (skipped || role === BLOCK) separate();
          if (!skipped) {
            child = el.firstChild;
            if (child) entered.push(role === BLOCK);
          }
        }
        node = child ?? leave(node);
        // Cut only where a separator was just written, so no match is split.
        if (++steps % NODES_PER_CLOCK_CHECK === 0 && atBoundary) {
          if (length >= maxChars || performance.now() >= deadline) break;
        }
      }
      current = node;
      return { text: parts.join(''), nodes, starts };
    },
  };
}
