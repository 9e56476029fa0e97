/**
 * Which briefing sections are open, per view. Pure: no DOM, no storage (the
 * binding is section-store.ts). The popup opens short, with only the first
 * screen's sections showing; the side panel has the room to open everything.
 */

/** The collapsible sections below the briefing's first screen, in display order. */
export const SECTION_IDS = ['agreements', 'differences', 'openQuestions', 'whoSaidWhat', 'sources'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type BriefingView = 'popup' | 'sidepanel';

/** Open (true) or closed, for every section. */
export type SectionState = Record<SectionId, boolean>;

/** What the reader chose, per view; a section never toggled keeps the view's default. */
export type StoredSections = Partial<Record<BriefingView, Partial<SectionState>>>;

export function defaultSections(view: BriefingView): SectionState {
  const open = view === 'sidepanel';
  return Object.fromEntries(SECTION_IDS.map((id) => [id, open])) as SectionState;
}

/** The view's state from whatever storage holds: anything that is not a boolean for a known section is ignored. */
export function sectionsFor(view: BriefingView, stored: unknown): SectionState {
  const state = defaultSections(view);
  const forView = isRecord(stored) ? stored[view] : undefined;
  if (!isRecord(forView)) return state;
  for (const id of SECTION_IDS) {
    const value = forView[id];
    if (typeof value === 'boolean') state[id] = value;
  }
  return state;
}

/** `stored` with one section of one view set; other views and sections are kept as they were. */
export function withSection(stored: unknown, view: BriefingView, id: SectionId, open: boolean): StoredSections {
  const base: StoredSections = {};
  if (isRecord(stored)) {
    for (const v of ['popup', 'sidepanel'] as const) {
      const current = stored[v];
      if (isRecord(current)) base[v] = pickBooleans(current);
    }
  }
  return { ...base, [view]: { ...base[view], [id]: open } };
}

function pickBooleans(record: Record<string, unknown>): Partial<SectionState> {
  const out: Partial<SectionState> = {};
  for (const id of SECTION_IDS) {
    const value = record[id];
    if (typeof value === 'boolean') out[id] = value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
