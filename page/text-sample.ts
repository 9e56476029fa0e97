/**
 * Feeds the page's text to the quick check (lib/match/quick-check.ts) in
 * short slices. A native TreeWalker visits the text nodes and the loop only
 * collects their strings; the check reads them joined, a chunk at a time,
 * with native string operations. That is all a page pays for when it has
 * nothing Backstory would show.
 *
 * Nodes are joined as they stand, so a name split by inline markup
 * ("Wit<b>koff</b>") reads whole. Only where two nodes meet letter to letter
 * does it matter whether the scanner's text breaks between them (a block, a
 * line break or a skipped element: scan.ts); there, and only there, the DOM
 * between them is looked at. Script and style text is left out; other text
 * the scanner skips (editors, hidden subtrees) is read, apart from its
 * neighbours, which only lets a page through.
 */
import type { QuickCheck } from '../lib/match/quick-check';
import { NODES_PER_CLOCK_CHECK } from '../lib/constants';
import type { Job } from './schedule';
import { BREAK_SELECTOR, isBlock, isInsideSkipped, isSkipped } from './scan';

export interface TextSampleResult {
  triggered: boolean;
  /** Characters read. */
  chars: number;
  /** Work time, summed over slices. */
  ms: number;
}

/** Characters collected before the check reads them: a few ms of native work at most. */
export const CHUNK_CHARS = 1 << 15;

/** Where the text breaks: no alias is matched across it. */
const BREAK = '\n';

/**
 * The end of a chunk, read again with the next one: enough for any key (16
 * letters and what lies between them), longer where the end is mostly spaces.
 */
const CARRY_CHARS = 256;
const LONG_SPACES = /\s{32}/;
const carryOf = (text: string) => {
  const tail = text.slice(-CARRY_CHARS);
  return LONG_SPACES.test(tail) ? text.slice(-CARRY_CHARS * 16) : tail;
};

/** ASCII letters and digits; any other unit may be a letter. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) ASCII_WORD[c] = c <= 57 || (c >= 65 && c <= 90) || c >= 97 ? 1 : 0;

/** Text never read (scripts and styles can be most of a page's text): the scanner skips these too. */
const UNREAD_SELECTOR = 'script, style, noscript, textarea';

/**
 * The text nodes of scripts and styles under `root`, in document order, found by one native query:
 * the walk meets them in the same order, so it tells them apart by comparing each node with the
 * next one due, without reading any node's parent or hashing any node. (A node removed before the
 * walk reaches it only means the rest are read: more text read can only let a page through.)
 */
function unreadTexts(root: Node): Node[] {
  const found: Node[] = [];
  if (root.nodeType !== 1) return found;
  for (const el of (root as Element).querySelectorAll(UNREAD_SELECTOR)) for (const t of el.childNodes) if (t.nodeType === 3) found.push(t);
  return found;
}

const breaksText = (el: Element) => isBlock(el) || isSkipped(el);

/** An element between two text nodes (so it holds no text) that breaks the text, or holds one that does. */
const breaksAcross = (n: Node | null) => n !== null && n.nodeType === 1 && (breaksText(n as Element) || (n as Element).querySelector(BREAK_SELECTOR) !== null);

/**
 * Whether the scanner's text breaks between text nodes `a` and `b` (b after
 * a, no text between): some element left after `a`, entered before `b`, or
 * passed over between them is a block, a line break or skipped.
 */
export function breaksBetween(a: Node, b: Node): boolean {
  let top: Node = a;
  for (let p = a.parentNode; p && !p.contains(b); p = p.parentNode) {
    if (p.nodeType === 1 && breaksText(p as Element)) return true;
    top = p;
  }
  for (let n: Node = a; n !== top; n = n.parentNode!) for (let s = n.nextSibling; s; s = s.nextSibling) if (breaksAcross(s)) return true;
  const common = top.parentNode;
  let bTop: Node = b;
  for (let p = b.parentNode; p && p !== common; p = p.parentNode) {
    if (p.nodeType === 1 && breaksText(p as Element)) return true;
    bTop = p;
  }
  for (let n: Node = b; n !== bTop; n = n.parentNode!) for (let s = n.previousSibling; s; s = s.previousSibling) if (breaksAcross(s)) return true;
  for (let s = top.nextSibling; s && s !== bTop; s = s.nextSibling) if (breaksAcross(s)) return true;
  return false;
}

/** A scheduler job reading `roots` (in order) into `check`; `done` is called once, when it stops. */
export function textSampleJob(roots: readonly Node[], check: QuickCheck, done: (result: TextSampleResult) => void): Job {
  let r = 0;
  let walker: TreeWalker | null = null;
  let unread: readonly Node[] = [];
  /** The next of `unread` the walk will meet. */
  let due: Node | null = null;
  let dueAt = 0;
  let parts: string[] = [];
  let length = 0;
  let chars = 0;
  let ms = 0;
  /** The last text node collected, and whether its last unit may be a letter. */
  let previous: Node | null = null;
  let endsInWord = false;

  /** Reads what was collected; a key may run over the chunk's end, so its last letters start the next one. */
  const readChunk = (last: boolean): boolean => {
    if (length === 0) return false;
    const joined = parts.join('');
    chars += length;
    const carry = last ? '' : carryOf(joined);
    parts = [carry];
    length = carry.length;
    chars -= carry.length;
    return check.read(joined);
  };

  const finish = (triggered: boolean, t0: number) => {
    ms += performance.now() - t0;
    done({ triggered, chars, ms });
    return false;
  };

  /** The next root, or false when there is none. */
  const nextRoot = (): boolean => {
    const root = roots[r++];
    if (!root) return false;
    // Each root is another place on the page.
    parts.push(BREAK);
    length++;
    previous = null;
    endsInWord = false;
    walker = null;
    if (!root.isConnected || isInsideSkipped(root)) return true;
    if (root.nodeType === 3) {
      const data = (root as Text).data;
      parts.push(data);
      length += data.length;
    } else {
      walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      unread = unreadTexts(root);
      dueAt = 0;
      due = unread[0] ?? null;
    }
    return true;
  };

  return (deadline) => {
    const t0 = performance.now();
    for (;;) {
      if (!walker && !nextRoot()) return finish(readChunk(true), t0);
      // A root that is a text node was read whole by nextRoot.
      const w = walker as TreeWalker | null;
      if (!w) continue;
      // The loop every page runs over its text nodes, cold: its state is in locals (registers to
      // V8's interpreter), written back when it leaves. One comparison, a push, two character tests.
      let collected = parts;
      let size = length;
      let last = previous;
      let inWord = endsInWord;
      let skip = due;
      let steps = 0;
      const save = () => {
        length = size;
        previous = last;
        endsInWord = inWord;
        due = skip;
      };
      for (let node = w.nextNode(); node; node = w.nextNode()) {
        if (node === skip) {
          skip = unread[++dueAt] ?? null;
          continue;
        }
        const data = (node as Text).data;
        const n = data.length;
        if (n === 0) continue;
        if (inWord) {
          const first = data.charCodeAt(0);
          if ((first >= 128 || ASCII_WORD[first] === 1) && breaksBetween(last!, node)) {
            collected.push(BREAK);
            size++;
          }
        }
        collected.push(data);
        size += n;
        last = node;
        const end = data.charCodeAt(n - 1);
        inWord = end >= 128 || ASCII_WORD[end] === 1;
        if (size >= CHUNK_CHARS) {
          save();
          if (readChunk(false)) return finish(true, t0);
          collected = parts;
          size = length;
        }
        if (++steps === NODES_PER_CLOCK_CHECK) {
          steps = 0;
          if (performance.now() >= deadline) {
            save();
            ms += performance.now() - t0;
            return true;
          }
        }
      }
      save();
      walker = null;
    }
  };
}
