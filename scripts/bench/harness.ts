/**
 * Runs inside the benchmark page (bundled by scripts/bench.ts): each method
 * does its work over document.body, measures it, forces style and layout to
 * measure what the change costs the page, and undoes itself.
 */
import { createInlineRenderer } from '../../page/renderers/inline';
import Mark from 'mark.js';
import { matcherFromTables, type Matcher, type MatcherTables } from '../../lib/match/matcher';
import type { CompiledRelevance, EntityKind } from '../../lib/pack/types';
import { createEngine, type Mention, type ScanReport } from '../../page/engine';
import type { Position } from '../../page/renderers/types';
import { installHighlightStyle } from '../../page/highlight-style';
import { createScanner } from '../../page/scan';

export interface Result {
  ms: number;
  layoutMs: number;
  found: number;
  longestTaskMs?: number;
}

interface BenchInput {
  /** Compiled in Node, as the build compiles data/compiled/matcher.json. */
  tables: MatcherTables;
  /** The aliases as one RegExp pattern (flags `giu`), for the mark.js comparison. */
  pattern: string;
  kinds: Record<string, EntityKind>;
  /** An array: a Set does not survive the trip into the page. */
  everydayEntities: string[];
  relevance: CompiledRelevance;
}

/** Forced style + layout: what the page pays for the DOM or highlight changes just made. */
function layout(): number {
  const t0 = performance.now();
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/**
 * The content script compiles the pack's matcher once per page; so does the
 * benchmark (`compile`), and every engine run on that page reuses it.
 */
let compiled: { input: BenchInput; matcher: Matcher } | null = null;

function current(): { input: BenchInput; matcher: Matcher } {
  if (!compiled) throw new Error('call __bench.compile(input) after loading the page');
  return compiled;
}

/** The page's text as the engine's scanner reads it, chunk by chunk. */
function scannedText(): string[] {
  const texts: string[] = [];
  const scanner = createScanner(document.body);
  for (let chunk = scanner.next(Infinity); chunk; chunk = scanner.next(Infinity)) texts.push(chunk.text);
  return texts;
}

function settle(): void {
  void document.body.offsetHeight;
}

const bench = {
  /** The lower bound: visit every text node and read its text, nothing else. */
  walk(): Result {
    settle();
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const ms = performance.now() - t0;
    return { ms, layoutMs: layout(), found: chars };
  },

  /** The engine's scanner alone: every node visited, skipped subtrees and block boundaries decided, the text joined. */
  scan(): Result {
    settle();
    const t0 = performance.now();
    let found = 0;
    for (const text of scannedText()) found += text.length;
    const ms = performance.now() - t0;
    return { ms, layoutMs: layout(), found };
  },

  /**
   * One pass over every character of the scanned text (scanned before the
   * clock starts): the least any matcher written in JavaScript does.
   */
  read(): Result {
    const texts = scannedText();
    settle();
    const t0 = performance.now();
    let found = 0;
    for (const text of texts) for (let i = 0; i < text.length; i++) found = (found + text.charCodeAt(i)) | 0;
    const ms = performance.now() - t0;
    return { ms, layoutMs: layout(), found };
  },

  /**
   * Painting alone: a StaticRange per mention the engine finds on this page
   * (found before the clock starts) added to one highlight, as the overlay
   * does, then removed.
   */
  async paint(): Promise<Result> {
    const positions = (await bench.engine('overlay', true, true)).positions ?? [];
    settle();
    const highlight = new Highlight();
    CSS.highlights.set('backstory-bench', highlight);
    const t0 = performance.now();
    for (const at of positions) highlight.add(new StaticRange(at));
    const ms = performance.now() - t0;
    const layoutMs = layout();
    CSS.highlights.delete('backstory-bench');
    settle();
    return { ms, layoutMs, found: positions.length };
  },

  /**
   * Once per page, as the content script does when it starts: makes the
   * matcher from its build-time tables and keeps it and the input in the page
   * for the runs that follow. Returns the time that took.
   */
  compile(input: BenchInput): number {
    const t0 = performance.now();
    const matcher = matcherFromTables(input.tables);
    const ms = performance.now() - t0;
    compiled = { input, matcher };
    return ms;
  },

  /** `keep`: also return where the mentions are (for `paint`). */
  engine(renderer: 'overlay' | 'inline', sync = true, keep = false): Promise<Result & { report: ScanReport; positions?: Position[] }> {
    const { input, matcher } = current();
    settle();
    return new Promise((resolve) => {
      let t0 = 0;
      const engine = createEngine({ createInline: createInlineRenderer,
        matcher,
        kinds: input.kinds,
        everydayEntities: new Set(input.everydayEntities),
        relevance: input.relevance,
        renderer,
        sync,
        onScan: (report) => {
          const ms = performance.now() - t0;
          const layoutMs = layout();
          const positions = keep ? engine.mentions().map((m) => (m as Mention & { at: Position }).at) : undefined;
          engine.stop();
          settle();
          resolve({ ms: sync ? ms : report.ms, layoutMs, found: report.mentions, longestTaskMs: report.longestTaskMs, report, positions });
        },
      });
      t0 = performance.now();
      engine.start();
    });
  },

  markTerms(terms: string[]): Result {
    settle();
    const mark = new Mark(document.body);
    let found = 0;
    const t0 = performance.now();
    mark.mark(terms, { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: (n) => (found = n) });
    const ms = performance.now() - t0;
    const layoutMs = layout();
    mark.unmark();
    settle();
    return { ms, layoutMs, found };
  },

  markRegExp(): Result {
    const regex = new RegExp(current().input.pattern, 'giu');
    settle();
    const mark = new Mark(document.body);
    let found = 0;
    const t0 = performance.now();
    mark.markRegExp(regex, { done: (n) => (found = n) });
    const ms = performance.now() - t0;
    const layoutMs = layout();
    mark.unmark();
    settle();
    return { ms, layoutMs, found };
  },

  /**
   * Once per page, as the content script does before its first highlight: the
   * highlight stylesheet. Returns the forced style/layout it costs.
   */
  installStyle(): number {
    settle();
    installHighlightStyle(document, 'underline').ensure();
    return layout();
  },

  /** Does the overlay renderer exist here (CSS Custom Highlight API)? */
  highlightApi: () => typeof CSS !== 'undefined' && 'highlights' in CSS,
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
