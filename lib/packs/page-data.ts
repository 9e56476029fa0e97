/**
 * What a page reads of the installed stories: the gate's checks and the
 * engine's tables for the enabled stories, as store.ts wrote them. Null
 * means "use the build's own" (only the bundled story is on, or what is
 * stored is of another version: the background rebuilds it after an update).
 * Page-world code: no validator, no compiler, no matcher.
 */
import type { QuickCheck } from '../match/quick-check';
import { RUNTIME_VERSION, type EngineData, type GateData } from './types';

export function gateDataOf(raw: unknown): GateData | null {
  const g = raw as Partial<GateData> | null | undefined;
  return g && g.version === RUNTIME_VERSION && Array.isArray(g.checks) ? (g as GateData) : null;
}

/** `tablesVersion` is the matcher's, passed in so this file does not import the matcher. */
export function engineDataOf(raw: unknown, tablesVersion: number): EngineData | null {
  const e = raw as Partial<EngineData> | null | undefined;
  const ok = e && e.version === RUNTIME_VERSION && e.tables?.version === tablesVersion && Array.isArray(e.stories) && e.kinds && typeof e.kinds === 'object';
  return ok ? (e as EngineData) : null;
}

/** True once any of the checks is: the page may show something of some story. */
export function anyOf(checks: readonly QuickCheck[]): QuickCheck {
  if (checks.length === 1) return checks[0]!;
  let triggered = false;
  return {
    read(text) {
      for (const check of checks) if (check.read(text)) triggered = true;
      return triggered;
    },
    get triggered() {
      return triggered;
    },
  };
}
