import type { EntityId } from '../pack/types';
import type { EndingSetName } from './endings';

/** One surface form the matcher looks for, flattened from the pack. */
export interface MatcherAlias {
  entityId: EntityId;
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  /** `text` is a stem that also matches with one of these endings. */
  endings?: EndingSetName;
  /** Lights up off topic only when its sentence confirms it (see relevance.ts). */
  lookalike?: boolean;
}

/** A match in a flat string: [start, end) offsets into the scanned text. */
export interface TextMatch {
  start: number;
  end: number;
  entityId: EntityId;
  /** The page's own text for the match (what the reader sees). */
  text: string;
  /** True when the alias that matched is ambiguous on its own. */
  ambiguous: boolean;
  /** True when the alias that matched names something else outside the story. */
  lookalike?: boolean;
  /** Entities of other stories the same spelling names (several stories enabled). */
  also?: EntityId[];
}
