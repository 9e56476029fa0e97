import { createInlineRenderer } from '../../../page/renderers/inline';
import { compileMatcher } from '../../../lib/match/matcher';
import type { MatcherAlias } from '../../../lib/match/types';
import type { CompiledRelevance, EntityKind } from '../../../lib/pack/types';
import { createEngine, type EngineOptions, type ScanReport } from '../../../page/engine';

/** jsdom has no CSS Custom Highlight API: a registry of Sets is enough to observe what gets painted. */
export function installFakeHighlights(): Map<string, Set<AbstractRange>> {
  const registry = new Map<string, Set<AbstractRange>>();
  const w = window as unknown as Record<string, unknown>;
  w.Highlight = class FakeHighlight extends Set<AbstractRange> {};
  const css = (w.CSS as Record<string, unknown> | undefined) ?? {};
  css.highlights = registry;
  w.CSS = css;
  return registry;
}

export function removeFakeHighlights(): void {
  const w = window as unknown as Record<string, unknown>;
  delete w.Highlight;
  const css = w.CSS as Record<string, unknown> | undefined;
  if (css) delete css.highlights;
}

const a = (entityId: string, text: string, extra: Partial<MatcherAlias> = {}): MatcherAlias => ({
  entityId, text, caseSensitive: false, ambiguous: false, ...extra,
});

export const ALIASES: MatcherAlias[] = [
  a('zelensky', 'Zelenskyy'), a('zelensky', 'Zelensky'),
  a('nato', 'NATO'), a('eu', 'EU', { caseSensitive: true }),
  a('coalition', 'Coalition of the Willing'),
  a('article-5-like', 'Article 5-like'), a('article-5', 'Article 5', { ambiguous: true }),
  a('merz', 'Merz', { ambiguous: true }), a('witkoff', 'Witkoff'), a('kushner', 'Kushner'),
];

export const KINDS: Record<string, EntityKind> = {
  zelensky: 'person', nato: 'organisation', eu: 'organisation', coalition: 'organisation',
  'article-5-like': 'concept', 'article-5': 'document', merz: 'person', witkoff: 'person', kushner: 'person',
};

export const NOT_MATCHING = [{ entityId: 'kushner', text: 'Kushner Companies' }];

/** Every entity weighs 1, ambiguous aliases half: three distinct entities put a page on topic. */
export const RELEVANCE: CompiledRelevance = {
  threshold: 3, ambiguousFactor: 0.5, lookalikeFactor: 0.5, closeWindowChars: 300, closeFactor: 1, confirmPoints: 2, anchors: [],
  weights: Object.fromEntries(Object.keys(KINDS).map((id) => [id, 1])),
};

/** The test pack's matcher, compiled once like the content script's. */
export const MATCHER = compileMatcher(ALIASES, { notMatching: NOT_MATCHING });

/** A synchronous engine over the current document, with its last report. */
export function syncEngine(renderer: 'overlay' | 'inline', extra: Partial<EngineOptions> = {}) {
  const reports: ScanReport[] = [];
  const engine = createEngine({ createInline: createInlineRenderer,
    matcher: MATCHER, kinds: KINDS, relevance: RELEVANCE, renderer, sync: true,
    onScan: (r) => reports.push(r), onError: (e) => { throw e; }, ...extra,
  });
  return { engine, reports, last: () => reports[reports.length - 1] };
}

/** Mentions as comparable data: entity and text, in document order. */
export function summary(mentions: Array<{ entityId: string; text: string }>): string[] {
  return mentions.map((m) => `${m.entityId}:${m.text}`);
}
