/**
 * Feeds the page's text to the sentinel (lib/match/sentinel.ts) in short
 * slices, skipping what the scanner skips (scan.ts). It only reads text
 * nodes: no strings are joined, no positions are kept. That is all a page
 * pays for when it has nothing Backstory would show.
 */
import type { Sentinel } from '../lib/match/sentinel';
import { NODES_PER_CLOCK_CHECK } from '../lib/constants';
import type { Job } from './schedule';
import { isBlock, isInsideSkipped, SKIPPED_TAGS } from './scan';

export interface SentinelWalkResult {
  triggered: boolean;
  /** Characters read. */
  chars: number;
  /** Work time, summed over slices. */
  ms: number;
}

/** Text with a character other than whitespace, quotes and dashes: only such text can hold a word. */
const HAS_WORD_START = /[^\s"'\u2010-\u2015\u2018-\u201f-]/;

const skippedByAttribute = (el: Element) =>
  el.hasAttributes() && (el.hasAttribute('hidden') || el.hasAttribute('contenteditable') || el.hasAttribute('data-backstory-ui'));

/** A scheduler job reading `roots` (in order) into `sentinel`; `done` is called once, when it stops. */
export function sentinelJob(roots: readonly Node[], sentinel: Sentinel, done: (result: SentinelWalkResult) => void): Job {
  let r = 0;
  let node: Node | null = null;
  let root: Node | null = null;
  let chars = 0;
  let ms = 0;

  const finish = (triggered: boolean) => {
    done({ triggered, chars, ms });
    return false;
  };

  /**
   * The node after `n`'s subtree within `root`, or null. Words end where the scanner's text
   * breaks (scan.ts): at the edges of block elements; inline ones ("Wit<b>koff</b>") join.
   */
  const after = (n: Node): Node | null => {
    for (let cur: Node | null = n; cur && cur !== root; cur = cur.parentNode) {
      if (cur.nodeType === 1 && isBlock(cur as Element)) sentinel.flush();
      if (cur.nextSibling) return cur.nextSibling;
    }
    return null;
  };

  return (deadline) => {
    const t0 = performance.now();
    let steps = 0;
    for (;;) {
      if (!node) {
        if (root && sentinel.flush()) return finish(true);
        root = roots[r++] ?? null;
        if (!root) {
          ms += performance.now() - t0;
          return finish(sentinel.flush());
        }
        if (!root.isConnected || isInsideSkipped(root)) {
          node = null;
          continue;
        }
        node = root.nodeType === 3 ? root : root.firstChild;
        if (!node) continue;
      }
      let next: Node | null;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        chars += data.length;
        // Indentation between elements is much of a page's text: a native test skips it (it
        // still ends the word before it).
        if (HAS_WORD_START.test(data) ? sentinel.read(data) : sentinel.flush()) {
          ms += performance.now() - t0;
          return finish(true);
        }
        next = node === root ? null : after(node);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const skipped = SKIPPED_TAGS.has(el.tagName) || skippedByAttribute(el);
        if (skipped || isBlock(el)) sentinel.flush();
        next = (!skipped && el.firstChild) || (node === root ? null : after(node));
      } else {
        next = node === root ? null : after(node);
      }
      if (sentinel.triggered) {
        ms += performance.now() - t0;
        return finish(true);
      }
      node = next;
      if (++steps % NODES_PER_CLOCK_CHECK === 0 && performance.now() >= deadline) {
        ms += performance.now() - t0;
        return true;
      }
    }
  };
}
