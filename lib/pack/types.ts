/**
 * Shapes of the knowledge pack.
 *
 * Authored*  — what people write in `data/*.json` (validated by `schema.ts`).
 * Compiled*  — what `npm run pack` writes to `data/compiled/pack.json` and the
 *              extension bundles. Every number in it (source counts, statuses,
 *              offsets) is computed from citations, never typed by hand.
 */

import type { EndingSetName } from '../match/endings';

export type SourceId = string;
export type EntityId = string;
export type ClaimId = string;
export type QuoteGroupId = string;

export type EntityKind =
  | 'person'
  | 'place'
  | 'organisation'
  | 'concept'
  | 'figure'
  | 'document'
  | 'event';

export const ENTITY_KINDS: readonly EntityKind[] = [
  'person',
  'place',
  'organisation',
  'concept',
  'figure',
  'document',
  'event',
];

/** How the text itself dates the article. */
export type SourceDateKind = 'dateline' | 'page-date' | 'metadata-line' | 'none';

export type SourceStyle =
  | 'wire-rewrite'
  | 'seo-blog-draft'
  | 'tabloid'
  | 'news-report'
  | 'aggregator-rewrite';

// ---------------------------------------------------------------- authored

export interface AuthoredSource {
  id: SourceId;
  /** File name inside `seeds/`. */
  file: string;
  /** SHA-256 (hex) of the seed's bytes; the build fails when the seed changes. */
  sha256: string;
  /** Title exactly as the text gives it (verbatim substring), or null. */
  title: string | null;
  date: {
    /** Verbatim substring of the seed, or null when the text has none. */
    text: string | null;
    kind: SourceDateKind;
    /** ISO date (YYYY-MM-DD) the text denotes, for the date range. */
    iso: string | null;
    /** Why the date needs care (e.g. later than the events reported). */
    note?: string;
  };
  style: SourceStyle;
  /** BCP 47 language of the article text ("en"): the panel and briefing say a quote's language. */
  lang: string;
  /** Verbatim in-text attributions ("Al Jazeera reported", "told CNN"). */
  attributions: string[];
  /**
   * Verbatim passages that are page furniture, not article text (CMS fields,
   * keyword lists, "Quick Reads", language switchers). Never cited, never counted.
   */
  furniture: string[];
}

export interface AuthoredAlias {
  text: string;
  /** Acronyms such as `EU`, `US`: match only this exact case. */
  caseSensitive?: boolean;
  /** Means something else outside this story: highlight only on on-topic pages. */
  ambiguous?: boolean;
  /** When two entities share this alias, the one marking `wins` takes it. */
  wins?: boolean;
  /**
   * `text` is a stem: the matcher also accepts it followed by one of this
   * language's inflection endings (lib/match/endings.ts): "Зеленськ" + uk.
   */
  endings?: EndingSetName;
  /**
   * Names something else outside this story (a concept such as "coalition of
   * the willing", a full name other people share): lights up only when the
   * page is on topic or its own sentence names another story entity.
   */
  lookalike?: boolean;
}

export interface AuthoredEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  /** One sentence in the project's own words, backed by `descriptionClaims`. */
  description: string;
  descriptionClaims: ClaimId[];
  /** Plain strings are unambiguous, case-insensitive aliases. */
  aliases: Array<string | AuthoredAlias>;
  /** Longer phrases that contain an alias but are something else ("Kushner Companies"). */
  notMatching?: string[];
  /**
   * In the news every day, far beyond this story (Trump, NATO, the EU): still
   * highlighted, but finding it says nothing about whether a page is about the story.
   */
  everyday?: boolean;
}

export interface Citation {
  source: SourceId;
  /** Exact substring of the seed. */
  quote: string;
  /**
   * For claims where sources conflict: the value this source gives
   * (e.g. "up to 800,000"); must be a substring of `quote`.
   */
  position?: string;
}

export type Speaker =
  | { kind: 'person'; entity: EntityId }
  | { kind: 'official'; label: string }
  | { kind: 'narration' };

export type DifferenceAxis = 'number' | 'word' | 'date' | 'person' | 'substance';

export interface AuthoredClaim {
  id: ClaimId;
  /** Short label in the project's own words. */
  label: string;
  entities: EntityId[];
  speaker: Speaker;
  citations: Citation[];
  /** Set when the citations' `position`s conflict; names what they differ on. */
  differsOn?: DifferenceAxis;
}

/** A direct quote of a named person, with its wording per source. */
export interface AuthoredQuoteGroup {
  id: QuoteGroupId;
  speaker: EntityId;
  /** Short label in the project's own words ("Closer than ever"). */
  label: string;
  variants: Array<{ source: SourceId; quote: string }>;
}

export interface AuthoredSummaryItem {
  label: string;
  claims: ClaimId[];
}

export interface AuthoredSummary {
  headline: AuthoredSummaryItem;
  keyPoints: AuthoredSummaryItem[];
  agreements: AuthoredSummaryItem[];
  /** Each item's claims should be `differs` claims; sides are computed. */
  differences: AuthoredSummaryItem[];
  openQuestions: AuthoredSummaryItem[];
}

/** How strongly finding each entity says a page is about the story (data/relevance.json). */
export interface AuthoredRelevance {
  /** Score at or above which a page is on topic. */
  threshold: { value: number; reason: string };
  /** Evidence multipliers for matches of `ambiguous` and `lookalike` aliases. */
  aliasFactors: { ambiguous: number; lookalike: number; reason: string };
  /** An entity mentioned within `windowChars` of another entity counts `factor` times. */
  close: { windowChars: number; factor: number; reason: string };
  /** A page is on topic only if it names at least one of these (through a plain alias). */
  anchors: { entities: EntityId[]; reason: string };
  /** Off topic, a lookalike or bare surname shows only when the rest of its sentence earns this many points. */
  confirm: { points: number; reason: string };
  /** Named weights, each with why entities in it weigh that much. */
  tiers: Array<{ id: string; weight: number; reason: string }>;
  /** Entity id → tier id; every entity has one. */
  entities: Record<EntityId, string>;
}

export interface AuthoredPack {
  sources: AuthoredSource[];
  entities: AuthoredEntity[];
  claims: AuthoredClaim[];
  quotes: AuthoredQuoteGroup[];
  summary: AuthoredSummary;
  relevance: AuthoredRelevance;
}

// ---------------------------------------------------------------- compiled

/** [start, end) character offsets (UTF-16 code units) into the seed text. */
export type Span = [number, number];

export interface CompiledSource extends AuthoredSource {
  /** Display label: the title, else the opening words of the article text. */
  label: string;
  chars: number;
  furnitureSpans: Span[];
}

export interface CompiledAlias {
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  endings?: EndingSetName;
  lookalike?: boolean;
}

export interface CompiledEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  description: string;
  descriptionClaims: ClaimId[];
  aliases: CompiledAlias[];
  notMatching: string[];
  everyday: boolean;
  /** Mentions found by the matcher in each seed's article text (furniture excluded). */
  mentions: Array<{ source: SourceId; spans: Span[] }>;
  /** Sources that mention the entity (computed from `mentions`). */
  sourceIds: SourceId[];
  /** Claims about this entity, most-supported first. */
  claimIds: ClaimId[];
  quoteGroupIds: QuoteGroupId[];
}

export type ClaimStatus = 'agreed' | 'single-source' | 'differs';

export interface CompiledCitation extends Citation {
  span: Span;
}

export interface CompiledClaim {
  id: ClaimId;
  label: string;
  entities: EntityId[];
  speaker: Speaker;
  citations: CompiledCitation[];
  /** Distinct sources carrying the claim, in pack source order. */
  sourceIds: SourceId[];
  sourceCount: number;
  status: ClaimStatus;
  differsOn: DifferenceAxis | null;
  /** For `differs`: each distinct position with the sources that give it. */
  sides: Array<{ position: string; sourceIds: SourceId[] }>;
}

export interface CompiledQuoteVariant {
  /** The wording, verbatim from the listed sources. */
  text: string;
  sourceIds: SourceId[];
  spans: Array<{ source: SourceId; span: Span }>;
}

export interface CompiledQuoteGroup {
  id: QuoteGroupId;
  speaker: EntityId;
  label: string;
  variants: CompiledQuoteVariant[];
  sourceIds: SourceId[];
  sourceCount: number;
  singleSource: boolean;
}

export interface CompiledSummaryItem {
  label: string;
  claims: ClaimId[];
  /** Distinct sources across the item's claims. */
  sourceIds: SourceId[];
  sourceCount: number;
}

export interface CompiledDifference extends CompiledSummaryItem {
  sides: Array<{ position: string; sourceIds: SourceId[] }>;
  differsOn: DifferenceAxis | null;
}

export interface CompiledSummary {
  headline: CompiledSummaryItem;
  keyPoints: CompiledSummaryItem[];
  agreements: CompiledSummaryItem[];
  differences: CompiledDifference[];
  openQuestions: CompiledSummaryItem[];
  /** Earliest and latest ISO dates the sources give (null when none). */
  dateRange: { from: string | null; to: string | null };
}

/** The relevance model as the page engine uses it (see lib/match/relevance.ts). */
export interface CompiledRelevance {
  threshold: number;
  ambiguousFactor: number;
  lookalikeFactor: number;
  closeWindowChars: number;
  closeFactor: number;
  confirmPoints: number;
  /** Entities of which a page must name one to be on topic (empty: no such rule). */
  anchors: EntityId[];
  /** Entity id → evidence weight (from its tier). */
  weights: Record<EntityId, number>;
}

export interface CompiledPack {
  formatVersion: 1;
  relevance: CompiledRelevance;
  sources: CompiledSource[];
  entities: CompiledEntity[];
  claims: CompiledClaim[];
  quotes: CompiledQuoteGroup[];
  summary: CompiledSummary;
  totalSources: number;
}
