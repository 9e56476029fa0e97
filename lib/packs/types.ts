/**
 * The stories Backstory knows: the bundled one (compiled into the build) and
 * any the reader imported as pack files (docs/pack-format.md). Shapes only;
 * see ids.ts for how entity ids stay unique across stories, library.ts for
 * lookups, runtime.ts for what pages match, store.ts for where it is kept.
 */
import type { MatcherTables } from '../match/matcher';
import type { QuickCheckData } from '../match/quick-check';
import type { CompiledEntity, CompiledPack, CompiledRelevance, EntityKind } from '../pack/types';

/** A story's header, as a pack file gives it (`story` in pack-format.md). */
export interface StoryHeader {
  id: string;
  title: string;
  lang: string;
}

/** What the options page lists for one story, computed from its compiled pack at import. */
export interface StorySummary {
  id: string;
  title: string;
  lang: string;
  sources: number;
  entities: number;
  /** Earliest and latest ISO date among the sources' dates, when any source has one. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface InstalledPack extends StorySummary {
  enabled: boolean;
  /** The file name it was imported from (shown, and used for export). */
  fileName: string;
  /** When it was imported, ISO 8601. */
  importedAt: string;
}

/** storage.local `packs`: which stories are installed and on. The bundled story is never removed. */
export interface PacksIndex {
  version: 1;
  bundledEnabled: boolean;
  installed: InstalledPack[];
}

/** One story with its compiled pack, ready for the fact panel, popup and side panel. */
export interface LibraryStory {
  header: StoryHeader;
  bundled: boolean;
  /** Entity ids inside are the pack's own (unqualified); see ids.ts. */
  pack: CompiledPack;
}

/** The entity a page's (qualified) entity id names, with its story. */
export interface ResolvedEntity {
  story: LibraryStory;
  entity: CompiledEntity;
}

/** Per story, what the page engine's relevance decision needs; entity ids qualified. */
export interface StoryModel {
  id: string;
  everyday: string[];
  relevance: CompiledRelevance;
}

/**
 * What a page matches, for the enabled stories together: one set of matcher
 * tables (entity ids qualified), each entity's kind, and each story's
 * relevance model. Written by the options page (store.ts) whenever the
 * enabled set is not just the bundled story; absent otherwise, and the
 * build's own tables are used.
 */
export interface EngineData {
  version: typeof RUNTIME_VERSION;
  tables: MatcherTables;
  kinds: Record<string, EntityKind>;
  stories: StoryModel[];
}

/** The every-page gate's keys for the enabled stories: one quick check per story. */
export interface GateData {
  version: typeof RUNTIME_VERSION;
  checks: QuickCheckData[];
}

/**
 * Bumped whenever EngineData, GateData or what they mean changes (stored copies are then rebuilt).
 * 2: the gate looks keys up by word. 3: one RegExp of first words. 4: that RegExp matches the
 * separator before a word, and after a short first word only what may follow it.
 */
export const RUNTIME_VERSION = 4;
