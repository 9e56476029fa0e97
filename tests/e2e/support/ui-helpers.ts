/**
 * Helpers for the fact panel and popup scenarios: axe-core checks, the open
 * panel's state, and screenshots. Functions passed to `TestPage.evaluate` are
 * self-contained (no imports, no closures over test code).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../../../scripts/demo/server';
import type { Point, TestPage } from './driver';

// ------------------------------------------------------------------ axe-core

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; html: string; summary: string }>;
}

export interface AxeSummary {
  violations: AxeViolation[];
  /** Nodes axe checked and passed, and how many of them sit inside a shadow root. */
  passedNodes: number;
  passedInShadow: number;
}

/**
 * Runs axe-core in `page`: over the whole document, or over what `include`
 * selects (a shadow-DOM path: `['backstory-panel']` is the host and its tree).
 */
export async function axeCheck(page: TestPage, include: string[] | null): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object', null);
  if (!loaded) await page.addScriptSource(AXE_SOURCE);
  return page.evaluate(async (path: string[] | null) => {
    interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
    interface AxeResult { id: string; impact?: string | null; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
    }).axe;
    const context = path ? { include: [path] } : document;
    const result = await axe.run(context, { resultTypes: ['violations', 'passes'] });
    const passed = result.passes.flatMap((rule) => rule.nodes);
    return {
      violations: result.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? null,
        help: rule.help,
        nodes: rule.nodes.map((node) => ({
          target: node.target,
          html: node.html.slice(0, 300),
          summary: node.failureSummary ?? '',
        })),
      })),
      passedNodes: passed.length,
      // A node inside a shadow root is targeted by a path of selectors (host, then inside).
      passedInShadow: passed.filter((node) => Array.isArray(node.target[0])).length,
    };
  }, include);
}

// ------------------------------------------------------------------ panel state (in page)

export interface PanelState {
  /** A dialog is rendered in the host's shadow root. */
  open: boolean;
  /** Placed by floating-ui and finished fading in. */
  settled: boolean;
  name: string | null;
  text: string;
  /** `document.activeElement` is the panel host. */
  hostFocused: boolean;
  /** What has focus inside the shadow root: `dialog`, a control's text/label, or null. */
  innerActive: string | null;
  /** The focused element inside the shadow root is the dialog or inside it. */
  focusInDialog: boolean;
}

export function panelState(): PanelState {
  const host = document.querySelector('backstory-panel');
  const shadow = host?.shadowRoot ?? null;
  const dialog = shadow?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const floating = shadow?.querySelector<HTMLElement>('.panel') ?? null;
  const inner = shadow?.activeElement as HTMLElement | null | undefined;
  const describe = (el: HTMLElement) =>
    el === dialog ? 'dialog' : `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  return {
    open: dialog !== null,
    settled:
      dialog !== null &&
      floating !== null &&
      floating.hasAttribute('data-placed') &&
      floating.getAnimations({ subtree: true }).every((a) => a.playState === 'finished' || a.playState === 'idle'),
    name: dialog?.querySelector('h2')?.textContent ?? null,
    text: dialog?.textContent ?? '',
    hostFocused: host !== null && document.activeElement === host,
    innerActive: inner ? describe(inner) : null,
    focusInDialog: !!(inner && dialog && (inner === dialog || dialog.contains(inner))),
  };
}

/** True once a panel is open, placed and done animating (optionally for `name`). */
export function panelSettled(name: string | null): boolean {
  const host = document.querySelector('backstory-panel');
  const shadow = host?.shadowRoot;
  const dialog = shadow?.querySelector('[role="dialog"]');
  const floating = shadow?.querySelector<HTMLElement>('.panel');
  if (!dialog || !floating?.hasAttribute('data-placed')) return false;
  if (name !== null && dialog.querySelector('h2')?.textContent !== name) return false;
  return floating.getAnimations({ subtree: true }).every((a) => a.playState === 'finished' || a.playState === 'idle');
}

export function panelClosed(): boolean {
  return document.querySelector('backstory-panel')?.shadowRoot?.querySelector('[role="dialog"]') == null;
}

/** Centre of the open panel's dialog, in viewport coordinates. */
export function panelCentre(): Point | null {
  const dialog = document.querySelector('backstory-panel')?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const r = dialog.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 40) };
}

/** Total ranges in the page's CSS highlights (the overlay renderer's, seen from the main world). */
export function highlightRanges(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  if (!registry) return -1;
  let total = 0;
  for (const [name, highlight] of registry) if (name.startsWith('backstory-')) total += highlight.size;
  return total;
}

/** Is some occurrence of one of `texts` inside the viewport (without scrolling)? */
export function textInView(texts: string[]): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const needle of texts) {
      const value = node.nodeValue ?? '';
      for (let at = value.indexOf(needle); at >= 0; at = value.indexOf(needle, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.top >= 0 && r.bottom <= innerHeight) return true;
      }
    }
  }
  return false;
}

/**
 * Whether every occurrence of `texts` in the page lies well below the first screen (its top
 * past 1.5 viewport heights), and there is at least one: a mention there must be scrolled to.
 */
export function textFarBelow(texts: string[]): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const needle of texts) {
      const value = node.nodeValue ?? '';
      for (let at = value.indexOf(needle); at >= 0; at = value.indexOf(needle, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.top < 1.5 * innerHeight) return false;
        seen = true;
      }
    }
  }
  return seen;
}

// ------------------------------------------------------------------ pointer

/** Rests the pointer on `point` after arriving from just beside it (a real hover, not a jump). */
export async function hoverAt(page: TestPage, point: Point): Promise<void> {
  await page.mouseMove({ x: point.x - 3, y: point.y });
  await page.mouseMove(point);
}

// ------------------------------------------------------------------ screenshots

export const README_SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');

/** Saves to `path`; Chromium shots also go to docs/screenshots/`readmeName` (used in the README), if given. */
export async function saveScreenshot(
  page: TestPage,
  browserName: string,
  path: string,
  readmeName: string | null,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot(path, clip);
  if (readmeName === null) return;
  if (browserName === 'chromium') {
    mkdirSync(README_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(path, join(README_SCREENSHOT_DIR, readmeName));
  }
}

/** The popup-sized area of a briefing view (its `main` column and margins, at most 600 px tall). */
export function popupArea(): { x: number; y: number; width: number; height: number } {
  const main = document.querySelector('main')!.getBoundingClientRect();
  return { x: 0, y: 0, width: Math.ceil(main.right + main.left), height: Math.min(innerHeight, 600) };
}
