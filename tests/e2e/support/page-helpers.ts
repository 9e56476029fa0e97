/**
 * Functions that run inside the page (passed to `TestPage.evaluate`). They
 * must be self-contained: no imports, no closures over test code.
 */
import type { Point, ScanReport } from './driver';

/** The content script's latest scan report, or null before the first. */
export function latestScan(): ScanReport | null {
  const scans = (window as unknown as { __backstoryScans?: ScanReport[] }).__backstoryScans ?? [];
  return scans[scans.length - 1] ?? null;
}

export function scanCount(): number {
  return ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length;
}

/** Centre of the first visible occurrence of `needle` in the page's text. */
export function pointOfText(needle: string): Point | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue?.indexOf(needle) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Text of the open fact panel's dialog, or null when no panel is open. */
export function panelDialogText(): string | null {
  const host = document.querySelector('backstory-panel');
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  return dialog ? (dialog.textContent ?? '') : null;
}

/** `document.body.innerText`, to check the page's text survives highlighting. */
export function bodyText(): string {
  return document.body.innerText;
}
