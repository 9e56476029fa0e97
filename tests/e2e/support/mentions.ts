/**
 * What the engine should show for a text, worked out in Node with the pack's
 * own matcher and relevance rule (pure code, unit-tested on its own), and the
 * helpers that compare it with the content script's reports.
 */
import { expect } from 'vitest';
import { loadCompiledPack } from '../../../scripts/demo/server';
import { compileMatcher } from '../../../lib/match/matcher';
import { verdictFor } from '../../../lib/match/relevance';
import { matcherInput } from '../../../lib/pack/matcher-input';
import type { ScanReport, TestPage } from './driver';
import { latestScan, scanCount } from './page-helpers';

export const input = matcherInput(loadCompiledPack());
export const matcher = compileMatcher(input.aliases, { notMatching: input.notMatching });

export type Counts = Record<string, number>;

export interface Expected {
  topic: boolean;
  entities: Counts;
  mentions: number;
  /** Matches of ambiguous aliases in the text, shown or not. */
  ambiguousMatches: number;
}

/**
 * What the engine should show for `blocks`: texts that no mention may cross
 * (one per block element). `topic` overrides the relevance decision, for text
 * that is part of a larger page.
 */
export function expectedFor(blocks: string[], topic?: boolean): Expected {
  // The scanner joins blocks with U+0000, which no match crosses.
  const text = blocks.join('\u0000');
  const matches = matcher.findAll(text).filter((m) => input.kinds[m.entityId] !== undefined);
  // A forced topic: on means no threshold and no anchor needed; off means none is enough.
  const model =
    topic === undefined ? input.relevance : { ...input.relevance, threshold: topic ? 0 : Infinity, anchors: topic ? [] : input.relevance.anchors };
  const verdict = verdictFor(text, matches, model, input.everydayEntities, input.kinds);
  const entities: Counts = {};
  let mentions = 0;
  matches.forEach((m, i) => {
    if (!verdict.shown[i]) return;
    entities[m.entityId] = (entities[m.entityId] ?? 0) + 1;
    mentions++;
  });
  return { topic: verdict.onTopic, entities, mentions, ambiguousMatches: matches.filter((m) => m.ambiguous).length };
}

/** `base + times × step`, per entity. */
export function plus(base: Counts, step: Counts, times: number): Counts {
  const out: Counts = { ...base };
  for (const [id, n] of Object.entries(step)) out[id] = (out[id] ?? 0) + n * times;
  for (const id of Object.keys(out)) if (out[id] === 0) delete out[id];
  return out;
}

/** True when a found spelling is one of the pack's ambiguous aliases. */
export function isAmbiguousSpelling(text: string): boolean {
  const [match, ...rest] = matcher.findAll(text);
  if (!match || rest.length > 0 || match.text !== text) throw new Error(`"${text}" is not one alias`);
  return match.ambiguous;
}



/** Resolves once a report newer than the first `since` ones shows exactly `want`. */
export function reportShows(arg: { since: number; want: Counts }): boolean {
  const scans = (window as unknown as { __backstoryScans?: Array<{ entities: Counts }> }).__backstoryScans ?? [];
  const last = scans[scans.length - 1];
  if (scans.length <= arg.since || !last) return false;
  const have = Object.keys(last.entities);
  const want = Object.keys(arg.want);
  return have.length === want.length && want.every((id) => last.entities[id] === arg.want[id]);
}

/** Text of every element matching `selector`, one string per element. */
export function textsOf(selector: string): string[] {
  return Array.from(document.querySelectorAll(selector), (el) => el.textContent ?? '');
}

/** Waits for a report newer than `since` showing `want`, then asserts it (a timeout shows the diff). */
export async function expectReport(page: TestPage, since: number, want: Counts, timeoutMs = 10_000): Promise<ScanReport> {
  await page.waitFor(reportShows, { since, want }, timeoutMs).catch(() => undefined);
  expect(await page.evaluate(scanCount, null)).toBeGreaterThan(since);
  const scan = await page.evaluate(latestScan, null);
  expect(scan?.entities).toEqual(want);
  return scan!;
}
