import { storage } from 'wxt/utils/storage';
import { sectionsFor, withSection, type BriefingView, type SectionId, type SectionState } from './sections';

/**
 * Open/closed briefing sections, kept in `storage.local` apart from the
 * settings: it is view state, not a choice the options page offers, and a
 * corrupt value only resets the sections (docs/decisions/010).
 */
const sectionsItem = storage.defineItem<unknown>('local:briefingSections');

/** The view's sections as last left; the defaults when storage can't be read. */
export async function loadSections(view: BriefingView): Promise<SectionState> {
  try {
    return sectionsFor(view, await sectionsItem.getValue());
  } catch {
    return sectionsFor(view, undefined);
  }
}

/** Writes are queued so two quick toggles can't both start from the old value. */
let writeQueue: Promise<unknown> = Promise.resolve();

export function saveSection(view: BriefingView, id: SectionId, open: boolean): Promise<void> {
  const write = writeQueue.then(async () => {
    await sectionsItem.setValue(withSection(await sectionsItem.getValue(), view, id, open));
  });
  writeQueue = write.catch(() => undefined);
  return write;
}
