/** Reads the content script's `backstory:scan` report (test-hook builds) for `npm start`. */
import type { Page } from 'puppeteer-core';
import type { CompiledPack } from '../../lib/pack/types';
import type { ScanReport } from '../../page/engine';

export const SCAN_LISTENER = `document.addEventListener('backstory:scan', (e) => { window.__backstoryScan = JSON.parse(e.detail); });`;

export async function waitForFirstScan(page: Page): Promise<ScanReport> {
  const handle = await page.waitForFunction(() => (window as unknown as { __backstoryScan?: ScanReport }).__backstoryScan, {
    timeout: 20_000,
  });
  return (await handle.jsonValue()) as ScanReport;
}

export function printScanReport(report: ScanReport, pack: CompiledPack): void {
  const names = new Map(pack.entities.map((entity) => [entity.id, entity.name]));
  const rows = Object.entries(report.entities).sort((a, b) => b[1] - a[1]);
  console.log(
    `Highlighted ${report.mentions} mentions of ${rows.length} entities (${report.renderer} renderer, ${report.chars} characters in ${report.ms.toFixed(1)} ms):`,
  );
  for (const [id, count] of rows) console.log(`  ${String(count).padStart(4)}  ${names.get(id) ?? id}`);
}
