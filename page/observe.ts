/**
 * Watches the page for new and changed text (infinite scroll, live blogs,
 * SPA navigation) and hands the engine the nodes to rescan, in batches.
 *
 * - Our own changes are made inside `pause()`, so they never come back as work.
 * - Changes inside our UI (the fact panel, our styles) are ignored.
 * - Batches go out a fixed delay after the first change (not reset by later
 *   ones, or a page that never stops would never be rescanned); a page that
 *   keeps producing batches gets a longer delay until it calms down, and the
 *   popup says so (`backingOff`).
 */
import {
  MUTATION_BACKOFF_MS,
  MUTATION_BURST_LIMIT,
  MUTATION_BURST_WINDOW_MS,
  MUTATION_DEBOUNCE_MS,
} from '../lib/constants';

export interface MutationWatch {
  /** Runs `fn` (our own DOM changes) without observing it. */
  pause<T>(fn: () => T): T;
  /** True while the page mutates so often that rescans wait MUTATION_BACKOFF_MS. */
  backingOff(): boolean;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };
const OWN_UI = '[data-backstory-ui], backstory-panel';

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OWN_UI);
}

/**
 * `inspect` sees every batch of the page's own records as it arrives, before any
 * filtering or delay: the inline renderer repairs its splits there, before the
 * browser paints (docs/decisions/009).
 */
export function watchMutations(root: Node, onDirty: (nodes: Node[]) => void, inspect?: (records: MutationRecord[]) => void): MutationWatch {
  const win = root.ownerDocument?.defaultView;
  const Observer = win?.MutationObserver ?? globalThis.MutationObserver;
  const dirty = new Set<Node>();
  const batches: number[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let connected = true;
  /** Until when rescans wait MUTATION_BACKOFF_MS (performance.now() time). */
  let calmAt = 0;

  const flush = () => {
    timer = null;
    if (dirty.size === 0) return;
    const nodes = [...dirty];
    dirty.clear();
    onDirty(nodes);
  };

  const collect = (records: MutationRecord[]) => {
    if (inspect && records.length) inspect(records);
    for (const r of records) {
      // A ticker changes the same few nodes again and again: once per batch is enough.
      if (dirty.has(r.target) || isOwn(r.target)) continue;
      if (r.type === 'childList') {
        const added = [...r.addedNodes];
        if (added.length > 0 && added.every(isOwnAdded) && r.removedNodes.length === 0) continue;
      }
      dirty.add(r.target);
    }
    if (dirty.size === 0 || timer) return;
    const now = performance.now();
    while (batches.length && now - (batches[0] ?? 0) > MUTATION_BURST_WINDOW_MS) batches.shift();
    batches.push(now);
    // Backing off lasts while changes keep coming: each batch during it extends it, so a
    // ticker is rescanned every MUTATION_BACKOFF_MS instead of bursting again.
    if (batches.length > MUTATION_BURST_LIMIT || now < calmAt) calmAt = now + 2 * MUTATION_BACKOFF_MS;
    timer = setTimeout(flush, now < calmAt ? MUTATION_BACKOFF_MS : MUTATION_DEBOUNCE_MS);
  };

  const observer = new Observer(collect);
  observer.observe(root, OPTIONS);

  return {
    pause(fn) {
      if (!connected) return fn();
      collect(observer.takeRecords());
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.observe(root, OPTIONS);
      }
    },
    backingOff: () => performance.now() < calmAt,
    disconnect() {
      connected = false;
      observer.disconnect();
      if (timer) clearTimeout(timer);
      timer = null;
      dirty.clear();
    },
  };
}

function isOwnAdded(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).matches(OWN_UI);
}
