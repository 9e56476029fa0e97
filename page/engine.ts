/**
 * The page engine: scan → match → relevance → render, kept up to date as the
 * page changes. The content script creates one and calls `start()`/`stop()`;
 * nothing here imports UI. Public methods never throw into the page: errors
 * go to `onError` (or the console).
 */
import { CHUNK_MAX_CHARS, MAX_DIRTY_ROOTS, MAX_HIGHLIGHTS_PER_ENTITY, MUTATION_BACKOFF_MS } from '../lib/constants';

/** The smallest chunk worth a walk and a match. */
const MIN_CHUNK_CHARS = 1_000;
/** A low guess of characters walked, matched and painted per ms by code the JIT has not optimised yet. */
const INITIAL_CHARS_PER_MS = 150;
import type { Matcher } from '../lib/match/matcher';
import type { RelevanceModel } from '../lib/match/relevance';
import type { EntityKind } from '../lib/pack/types';
import { PageTopic, type StoryTopicInputs } from './topic';
import { watchMutations, type MutationWatch } from './observe';
import { createOverlayRenderer, supportsOverlay } from './renderers/overlay';
import { PageMention, rangeAt, type Conflict, type Mention, type Renderer } from './renderers/types';
import { blockRoot, createScanner, isInsideSkipped, type Scanner } from './scan';
import { createScheduler, type Job } from './schedule';

export type { Mention } from './renderers/types';

export interface ScanReport {
  /** Mentions shown on the whole page after this pass. */
  mentions: number;
  /** Shown mentions per entity id, whole page. */
  entities: Record<string, number>;
  /** Work time of this pass (sum of its tasks), not wall time. */
  ms: number;
  /** Characters read by this pass (the whole body for a full pass). */
  chars: number;
  renderer: 'overlay' | 'inline';
  topic: boolean;
  /** The relevance score behind `topic` (threshold in the pack); the best story's with several. */
  score: number;
  /** Ids of the stories the page is on topic for, highest score first. */
  stories?: string[];
  /** [entity id, page text, count] for every distinct spelling shown, whole page. */
  found: Array<[entityId: string, text: string, count: number]>;
  pass?: 'full' | 'incremental';
  /** Longest single task the engine has run so far. */
  longestTaskMs?: number;
  /** Some entity has more mentions to show than `maxPerEntity` lets the page highlight. */
  limited: boolean;
  /** Set when the inline renderer was asked for but the page owns its text nodes: the overlay paints instead. */
  fellBack?: Conflict;
}

export interface EngineOptions {
  /**
   * Made once by the caller (`matcherFromTables` from the build's tables, or
   * `compileMatcher`) and shared by every engine
   * on the page: compiling the pack is a per-page start-up cost, not a per-scan one.
   */
  matcher: Matcher;
  kinds: Record<string, EntityKind>;
  /** The pack's relevance model: weights, threshold, closeness. */
  relevance: RelevanceModel;
  /** Entities in the news every day: not highlighted on pages judged off topic. */
  everydayEntities?: ReadonlySet<string>;
  /** Several stories enabled: each decides its topic on its own (relevance and everydayEntities then unused). */
  stories?: readonly StoryTopicInputs[];
  renderer: 'overlay' | 'inline';
  /**
   * Makes the inline renderer (renderers/inline.ts). Passed in, not imported: the content
   * script loads it on demand, so pages using the default overlay never load it. Without
   * it the engine uses the overlay whatever `renderer` says.
   */
  createInline?: (doc: Document) => Renderer;
  enabledKinds?: Set<EntityKind>;
  doc?: Document;
  onScan?: (r: ScanReport) => void;
  onError?: (e: unknown) => void;
  /** Run every pass to completion at once instead of in short tasks (tests, benchmarks). */
  sync?: boolean;
  /** Called before highlights are added (the content script adds the highlight stylesheet then). */
  beforePaint?: () => void;
  /**
   * Highlights per entity, first ones in the page first (default MAX_HIGHLIGHTS_PER_ENTITY;
   * Infinity when the reader asks for all). Bounds what a huge page makes the browser paint.
   */
  maxPerEntity?: number;
}

export interface Engine {
  start(): void;
  mentions(): Mention[];
  mentionAt(x: number, y: number): Mention | null;
  next(from?: Mention, dir?: 1 | -1): Mention | null;
  /** Highlighted mentions per entity id. */
  counts(): Record<string, number>;
  /** Every mention found per entity id, highlighted or kept dark (off topic), for the popup's list. */
  foundCounts(): Record<string, number>;
  /** True when `maxPerEntity` keeps some mentions dark that would otherwise show. */
  limited(): boolean;
  /** True while the page mutates so often that the engine rescans it only every few seconds. */
  paused(): boolean;
  setOptions(p: Partial<EngineOptions>): void;
  stop(): void;
}

/**
 * Where mentions of a freshly scanned root go in `found` (kept in document
 * order). Binary search: sorting by DOM comparisons instead cost 77 s on a
 * page with 50,000 sibling paragraphs, each comparison walking siblings.
 */
function insertionIndex(list: PageMention[], root: Element): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = startNode(list[mid]!);
    const after = root.compareDocumentPosition(node) & 4 /* FOLLOWING */ && !root.contains(node);
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The browser updates every live Range on every DOM change until the Range is
 * garbage-collected, so ranges of a stopped engine (one per overlay mention)
 * kept slowing the page down: inline marks after overlay ones took 6 s instead
 * of 0.3 s on the 5 MB page. Moving them into an empty document of their own
 * detaches them from the page at once. Only on stop: after a rescan, older
 * mentions still answer `next(from)` by their range.
 */
function releaseRanges(doc: Document, ranges: Range[]): void {
  if (!ranges.length) return;
  const inert = doc.implementation.createHTMLDocument('');
  for (const range of ranges) range.selectNodeContents(inert);
}

/**
 * Highlights the page registered itself (the registry is the document's, shared with the
 * page's world). Called before this engine registers any, so a non-empty registry is the
 * page's; names are checked where the browser lets a content script iterate the registry
 * (Firefox's wrappers may not).
 */
function pageHasHighlights(doc: Document): boolean {
  if (!supportsOverlay(doc)) return false;
  const registry = doc.defaultView!.CSS.highlights;
  try {
    for (const name of registry.keys()) if (!name.startsWith('backstory-')) return true;
    return false;
  } catch {
    return registry.size > 0;
  }
}

/** Nested roots would be scanned twice: keep the outer ones. */
function outermost(roots: Element[]): Element[] {
  return roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
}

function startNode(m: PageMention): Node {
  return m.element ?? (m.live ?? m.at).startContainer;
}

export function createEngine(initial: EngineOptions): Engine {
  let options = initial;
  const doc = initial.doc ?? document;
  const fail = (e: unknown) => (options.onError ? options.onError(e) : console.warn('[backstory]', e));
  const guard = <A extends unknown[], R>(fn: (...a: A) => R, fallback: R) => (...a: A): R => {
    try {
      return fn(...a);
    } catch (e) {
      fail(e);
      return fallback;
    }
  };

  const scheduler = createScheduler(doc.defaultView, { sync: initial.sync, onError: fail });
  let renderer: Renderer | null = null;
  let watch: MutationWatch | null = null;
  /** Every mention found, shown or not (ambiguous off topic, kind disabled), in document order. */
  let found: PageMention[] = [];
  const shown = new Set<PageMention>();
  /** Shown mentions per entity, against `maxPerEntity`. */
  const shownPer = new Map<string, number>();
  let limited = false;
  let ordered: PageMention[] | null = null;
  const topic = new PageTopic(() => options);
  let generation = 0;
  let running = false;
  /** Why this page refused the inline renderer (it writes the text nodes we split); sticky for the engine. */
  let fellBack: Conflict | undefined;

  const visible = (m: PageMention) => topic.shows(m) && (!options.enabledKinds || options.enabledKinds.has(m.kind));

  /** Our own DOM changes (inline marks) must not come back as mutations to rescan. */
  const mutate = <T>(fn: () => T): T => (watch && renderer?.name === 'inline' ? watch.pause(fn) : fn());

  const paint = (list: PageMention[]) => {
    if (!renderer) return;
    const cap = options.maxPerEntity ?? MAX_HIGHLIGHTS_PER_ENTITY;
    const add: PageMention[] = [];
    for (const m of list) {
      if (shown.has(m)) continue;
      const n = shownPer.get(m.entityId) ?? 0;
      if (n >= cap) {
        limited = true;
        continue;
      }
      shownPer.set(m.entityId, n + 1);
      shown.add(m);
      add.push(m);
    }
    if (!add.length) return;
    ordered = null;
    const r = renderer;
    options.beforePaint?.();
    mutate(() => r.add(add));
  };

  const unpaint = (list: PageMention[]) => {
    const drop = list.filter((m) => shown.has(m));
    if (!drop.length || !renderer) return;
    for (const m of drop) {
      shown.delete(m);
      shownPer.set(m.entityId, (shownPer.get(m.entityId) ?? 1) - 1);
    }
    ordered = null;
    const r = renderer;
    mutate(() => r.remove(drop));
  };

  /** Topic is decided over the whole page; flipping it shows or hides what only on-topic pages show. */
  const reconcile = () => {
    topic.settle(found);
    limited = false;
    const show: PageMention[] = [];
    const hide: PageMention[] = [];
    for (const m of found) {
      if (visible(m)) show.push(m);
      else if (shown.has(m)) hide.push(m);
    }
    unpaint(hide);
    paint(show);
  };

  const mentions = (): PageMention[] => {
    if (!ordered) ordered = found.filter((m) => shown.has(m));
    return ordered;
  };

  const report = (pass: 'full' | 'incremental', ms: number, chars: number) => {
    if (!options.onScan || !renderer) return;
    // Over the shown mentions only (bounded by the per-entity cap), not every mention found.
    const entities: Record<string, number> = {};
    const spellings = new Map<string, [string, string, number]>();
    for (const m of shown) {
      entities[m.entityId] = (entities[m.entityId] ?? 0) + 1;
      const key = `${m.entityId}\u0000${m.text}`;
      const row = spellings.get(key) ?? [m.entityId, m.text, 0];
      row[2]++;
      spellings.set(key, row);
    }
    options.onScan({
      mentions: shown.size, entities, ms, chars, renderer: renderer.name, topic: topic.onTopic, score: topic.score, stories: topic.stories(),
      found: [...spellings.values()], pass, longestTaskMs: scheduler.longestTaskMs(), limited,
      ...(fellBack ? { fellBack } : {}),
    });
  };

  /** Scans `roots` in slices; an incremental pass first drops what it is about to rescan. */
  const scanJob = (roots: Element[], pass: 'full' | 'incremental'): Job => {
    const gen = generation;
    let scanner: Scanner | null = null;
    let next = 0;
    let ms = 0;
    let chars = 0;
    let started = false;
    let insertAt = 0;
    // A guess for cold code; each chunk corrects it.
    let charsPerMs = INITIAL_CHARS_PER_MS;
    return (deadline) => {
      if (gen !== generation) return false;
      const t0 = performance.now();
      if (!started && pass === 'incremental') dropStale(roots);
      started = true;
      while (performance.now() < deadline) {
        if (!scanner) {
          const root = roots[next++];
          if (!root) {
            reconcile();
            report(pass, ms + performance.now() - t0, chars);
            return false;
          }
          if (root.isConnected) {
            scanner = createScanner(root);
            insertAt = insertionIndex(found, root);
          }
          continue;
        }
        // Chunks sized from the measured speed: the first run cold (the page's first few
        // thousand characters) and one big chunk would overrun the task.
        const budget = Math.max(0, deadline - performance.now());
        const chunkStart = performance.now();
        const chunk = scanner.next(deadline, Math.max(MIN_CHUNK_CHARS, Math.min(CHUNK_MAX_CHARS, Math.floor(charsPerMs * budget * 0.6))));
        if (!chunk) {
          scanner = null;
          continue;
        }
        chars += chunk.text.length;
        const fresh = topic.mentionsOf(chunk, options.matcher.findAll(chunk.text));
        found.splice(insertAt, 0, ...fresh);
        insertAt += fresh.length;
        // The score only grows while a pass finds mentions, so deciding the topic as soon as
        // it is reached lets later mentions paint at once; `reconcile` settles it at the end.
        // Without this the inline renderer kept a live Range per hidden mention until then,
        // and every wrap updated all of them (the 5 MB page: seconds).
        if (topic.weigh(fresh)) paint(found.filter(visible));
        // Mentions kept hidden (off topic: all but first mentions; disabled kinds) need a
        // live range when inline marks will split the text nodes their position names.
        if (renderer?.name === 'inline') for (const m of fresh) if (!visible(m)) m.live = rangeAt(m.at);
        paint(fresh.filter(visible));
        const spent = performance.now() - chunkStart;
        if (chunk.text.length > 0 && spent > 0.5) charsPerMs = (charsPerMs + chunk.text.length / spent) / 2;
      }
      ms += performance.now() - t0;
      return true;
    };
  };

  /** Mentions inside rescanned roots, or whose text the page changed or removed. */
  const dropStale = (roots: Element[]) => {
    // Only mentions in the changed blocks, or cut off from the page, can have changed:
    // reading every mention's text back would cost a huge page on every change.
    const stale = new Set(
      found.filter((m) => {
        const node = startNode(m);
        return !node.isConnected || roots.some((r) => r.contains(node));
      }),
    );
    if (!stale.size) return;
    unpaint([...stale]);
    found = found.filter((m) => !stale.has(m));
  };

  /**
   * Blocks the page rewrites non-stop (a ticker, a clock), held back while the mutation
   * watch backs off: their mentions go dark and they are read again once the page calms
   * down. Highlights on text that changes many times a second cost the browser a repaint
   * each time, and nobody can read them.
   */
  const held = new Set<Element>();
  let heldTimer: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    heldTimer = null;
    if (watch?.backingOff()) {
      heldTimer = setTimeout(guard(release, undefined), MUTATION_BACKOFF_MS);
      return;
    }
    const roots = [...held];
    held.clear();
    if (roots.includes(doc.body!)) return rescan();
    const outer = outermost(roots.filter((r) => r.isConnected));
    if (outer.length) scheduler.run(scanJob(outer, 'incremental'));
  };
  const holdBack = (roots: Element[]) => {
    for (const r of roots) held.add(r);
    if (!roots.includes(doc.body!)) dropStale(roots);
    heldTimer ??= setTimeout(guard(release, undefined), MUTATION_BACKOFF_MS);
  };

  /** `document.designMode` makes the whole page an editor: nothing is read or painted (no attribute tells the scanner). */
  const editing = () => doc.designMode === 'on';

  const onDirty = guard((nodes: Node[]) => {
    const body = doc.body;
    if (!body || !running) return;
    if (editing()) {
      if (shown.size) rescan();
      return;
    }
    const roots = new Set<Element>();
    for (const node of nodes) {
      if (node.isConnected && !isInsideSkipped(node)) roots.add(blockRoot(node, body));
    }
    const whole = roots.has(body) || roots.size > MAX_DIRTY_ROOTS;
    if (watch?.backingOff()) return holdBack(whole ? [body] : outermost([...roots]));
    if (whole) return rescan();
    const outer = outermost([...roots]);
    if (outer.length) scheduler.run(scanJob(outer, 'incremental'));
  }, undefined);

  /**
   * The page wrote or moved a text node the inline renderer split (a framework keeps
   * references to its nodes): the renderer has already repaired it before any paint;
   * from now on this page gets the overlay, which never touches its DOM (decision 009).
   * Without the Highlight API there is no overlay: Backstory stops on the page instead.
   */
  const inspect = guard((records: MutationRecord[]) => {
    if (!renderer?.repair || fellBack) return;
    const r = renderer;
    const conflict = mutate(() => r.repair!(records));
    if (!conflict) return;
    fellBack = conflict;
    const gen = generation;
    queueMicrotask(guard(() => {
      if (gen !== generation || !running) return;
      if (supportsOverlay(doc)) rescan();
      else end();
    }, undefined));
  }, undefined);

  const begin = () => {
    const body = doc.body;
    if (!body) {
      doc.addEventListener('DOMContentLoaded', guard(begin, undefined), { once: true });
      return;
    }
    const inline = options.createInline;
    // A page that paints its own highlights holds live Ranges over its text, which our marks would move.
    if (options.renderer === 'inline' && !fellBack && pageHasHighlights(doc)) fellBack = 'page-uses-highlights';
    const useInline = inline && !fellBack && (options.renderer === 'inline' || !supportsOverlay(doc));
    if (!useInline && !supportsOverlay(doc)) return fail(new Error('no renderer: this browser has no CSS Custom Highlight API'));
    renderer = useInline && inline ? inline(doc) : createOverlayRenderer(doc);
    watch = watchMutations(body, onDirty, inspect);
    scheduler.run(scanJob(editing() ? [] : [body], 'full'));
  };

  const end = () => {
    generation++;
    if (heldTimer) clearTimeout(heldTimer);
    heldTimer = null;
    held.clear();
    scheduler.cancel();
    watch?.disconnect();
    watch = null;
    renderer?.destroy();
    renderer = null;
    found = [];
    shown.clear();
    shownPer.clear();
    limited = false;
    ordered = null;
    topic.reset();
  };

  const rescan = () => {
    end();
    begin();
  };

  return {
    start: guard(() => {
      if (running) return;
      running = true;
      begin();
    }, undefined),
    mentions: guard(() => mentions(), []),
    mentionAt: guard((x: number, y: number) => {
      const hit = renderer?.mentionAt(x, y) ?? null;
      return hit && shown.has(hit) ? hit : null;
    }, null),
    next: guard((from?: Mention, dir: 1 | -1 = 1) => {
      const list = mentions();
      const n = list.length;
      if (!n) return null;
      if (!from) return list[dir === 1 ? 0 : n - 1] ?? null;
      let i = list.indexOf(from as PageMention);
      if (i < 0) {
        // A mention from an earlier scan: continue from its position.
        const at = from.range;
        const after = list.findIndex((m) => m.range.compareBoundaryPoints(0 /* START_TO_START */, at) > 0);
        i = after < 0 ? (dir === 1 ? n - 1 : 0) : dir === 1 ? after - 1 : after;
      }
      return list[(i + dir + n) % n] ?? null;
    }, null),
    counts: guard(() => {
      const out: Record<string, number> = {};
      for (const m of shown) out[m.entityId] = (out[m.entityId] ?? 0) + 1;
      return out;
    }, {}),
    foundCounts: guard(() => {
      const out: Record<string, number> = {};
      for (const m of found) if (!options.enabledKinds || options.enabledKinds.has(m.kind)) out[m.entityId] = (out[m.entityId] ?? 0) + 1;
      return out;
    }, {}),
    limited: () => limited,
    paused: () => watch?.backingOff() ?? false,
    setOptions: guard((p: Partial<EngineOptions>) => {
      options = { ...options, ...p };
      if (running) rescan();
    }, undefined),
    stop: guard(() => {
      running = false;
      const ranges = found.flatMap((m) => (m.live ? [m.live] : []));
      end();
      releaseRanges(doc, ranges);
    }, undefined),
  };
}
