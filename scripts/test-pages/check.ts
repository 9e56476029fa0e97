/**
 * One saved page through the real-pages check: loaded without the extension
 * (the baseline's errors), then with it, switched off, on with each renderer
 * (the gate first, then Backstory proper as when the popup is opened), and
 * off again. Each page is its own reference: its text and markup with
 * Backstory off, in the same load, against the same with Backstory on.
 */
import type { Page } from 'playwright-core';
import type { ScanReport } from '../../page/engine';
import type { PagesBrowser, Tab } from './browser';
import { addedMessages, charsChanged, type PageResult, type RendererName, type RendererResult } from './report';

const RENDERERS: readonly RendererName[] = ['overlay', 'inline'];
const SCAN_TIMEOUT_MS = 15_000;

interface Snapshot {
  innerText: string;
  textContent: string;
  html: string;
}

type Report = ScanReport & { gated?: boolean };

// ------------------------------------------------------------ in-page (self-contained)

function snapshot(): Snapshot {
  return { innerText: document.body?.innerText ?? '', textContent: document.body?.textContent ?? '', html: document.documentElement.outerHTML };
}

function scans(): Report[] {
  return (window as unknown as { __backstoryScans?: Report[] }).__backstoryScans ?? [];
}

/** True once the page's text has not changed for `quietMs` (polled). */
function settled(quietMs: number): boolean {
  const w = window as unknown as { __settleText?: string; __settleAt?: number };
  const text = document.body?.innerText ?? '';
  const now = performance.now();
  if (w.__settleText !== text) {
    w.__settleText = text;
    w.__settleAt = now;
    return false;
  }
  return now - (w.__settleAt ?? now) >= quietMs;
}

// ------------------------------------------------------------ steps

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(settled, 300, { timeout: 4_000, polling: 100 }).catch(() => undefined);
}

async function waitForReport(page: Page, since: number, accept: (r: Report) => boolean): Promise<Report | null> {
  const deadline = Date.now() + SCAN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const found = (await page.evaluate(scans)).slice(since).find(accept);
    if (found) return found;
    await page.waitForTimeout(100);
  }
  return null;
}

/** Errors seen so far beyond the baseline's. */
const errorsAdded = (baseline: string[], tab: Tab) => addedMessages(baseline, tab.errors);

async function oneRenderer(browser: PagesBrowser, tab: Tab, url: string, renderer: RendererName, off: Snapshot, baseline: string[]): Promise<RendererResult> {
  const problems: string[] = [];
  const addedBefore = errorsAdded(baseline, tab).length;
  const since = (await tab.page.evaluate(scans)).length;
  await browser.settings({ enabled: true, renderer });
  const first = await waitForReport(tab.page, since, () => true);
  if (!first) problems.push('no scan report within 15 s of switching on');
  // As when the reader opens the popup: Backstory proper reads the page even if the gate stayed shut.
  await browser.askPageState(url);
  const full = await waitForReport(tab.page, since, (r) => !r.gated && r.renderer === renderer);
  if (!full) problems.push(`Backstory proper did not report a ${renderer} scan`);
  const on = await tab.page.evaluate(snapshot);
  const changed = charsChanged(off.innerText, on.innerText) + charsChanged(off.textContent, on.textContent);
  if (changed) problems.push(`page text changed with Backstory on (${changed} characters)`);

  await browser.settings({ enabled: false, renderer });
  await tab.page.waitForFunction(() => !document.querySelector('mark[data-backstory]'), null, { timeout: 5_000 }).catch(() => undefined);
  await tab.page.waitForTimeout(100);
  const back = await tab.page.evaluate(snapshot);
  const restored = back.html === off.html;
  if (!restored) problems.push(`switching off did not restore the markup (${charsChanged(off.html, back.html)} characters differ)`);
  const added = errorsAdded(baseline, tab).slice(addedBefore);
  if (added.length) problems.push(`errors added: ${added.slice(0, 3).join(' | ')}`);
  return {
    renderer, errorsAdded: added, charsChanged: changed, restored,
    mentions: full?.mentions ?? 0, entities: Object.keys(full?.entities ?? {}).length,
    gateMs: first?.gated ? first.ms : 0, scanMs: full?.ms ?? 0, gate: first?.gated ? 'shut' : 'open', topic: full ? full.topic : null,
    problems,
  };
}

export async function checkPage(withExt: PagesBrowser, without: PagesBrowser, url: string, name: string): Promise<PageResult> {
  const bare = await without.open(url);
  await settle(bare.page);
  const baseline = [...bare.errors];
  await bare.close();

  await withExt.settings({ enabled: false });
  const tab = await withExt.open(url);
  try {
    await settle(tab.page);
    const off = await tab.page.evaluate(snapshot);
    const renderers: RendererResult[] = [];
    if ((await tab.page.evaluate(scans)).length) throw new Error('scanned while switched off');
    for (const renderer of RENDERERS) renderers.push(await oneRenderer(withExt, tab, url, renderer, off, baseline));
    // The gate reads the page once, in the first round; later rounds go straight to Backstory proper.
    for (const r of renderers.slice(1)) Object.assign(r, { gate: renderers[0]!.gate, gateMs: renderers[0]!.gateMs });
    return { page: name, baselineErrors: baseline.length, renderers };
  } finally {
    await tab.close();
  }
}
