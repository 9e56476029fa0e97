/** Opens each labelled page in a browser with the built extension and reads its scan report. */
import type { ExtensionDriver, ScanReport } from '../../tests/e2e/support/driver';
import type { EvalCase } from './cases';
import type { CaseResult } from './metrics';

function lastScan(): ScanReport | null {
  const scans = (window as unknown as { __backstoryScans?: ScanReport[] }).__backstoryScans ?? [];
  return scans[scans.length - 1] ?? null;
}

function hasScan(): boolean {
  return ((window as unknown as { __backstoryScans?: unknown[] }).__backstoryScans ?? []).length > 0;
}

/** `base`: the URL the set's folder is served at, ending in "/". */
export async function runCases(driver: ExtensionDriver, base: string, cases: EvalCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const page = await driver.newPage();
  try {
    for (const c of cases) {
      await page.goto(`${base}${c.page.split('/').map(encodeURIComponent).join('/')}`);
      await page.waitFor(hasScan, null, 15_000);
      const scan = await page.evaluate(lastScan, null);
      if (!scan) throw new Error(`${c.page}: no scan report`);
      results.push({ case: c, topic: scan.topic, score: scan.score, shown: scan.entities });
    }
  } finally {
    await page.close();
  }
  return results;
}
