/** Shapes of the drafting tool: articles in, candidates and aligned sentences in between. */
import type { EntityKind, Span } from '../pack/types';

export interface Article {
  /** Source id given by order (s000, s001…). */
  id: string;
  file: string;
  text: string;
}

/** A sentence of an article: its span and its verbatim text. */
export interface Sentence {
  source: string;
  span: Span;
  text: string;
}

/** One proper-name run found by the NLP library, before merging. */
export interface NameMention {
  source: string;
  /** Verbatim surface form, possessive and punctuation trimmed ("President Donald Trump"). */
  surface: string;
  /** The name without leading titles ("Donald Trump"). */
  core: string;
  kind: EntityKind | null;
}

export interface DraftEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  sourceIds: string[];
  /** Why a curator should look again (kind guessed, alias dropped as shared…). */
  notes: string[];
}

export interface DraftClaim {
  id: string;
  label: string;
  citations: Array<{ source: string; quote: string; position?: string }>;
  entities: string[];
  differsOn?: 'number' | 'word';
  /** Figures the citations do not share (set when some lack a figure, so differsOn cannot be set). */
  figureNote?: string;
}
