import { storage } from 'wxt/utils/storage';
import type { EntityId } from '../../lib/pack/types';

/**
 * `action.openPopup()` can't pass the popup a URL, so the background leaves
 * the entity to focus here for the popup to pick up once. Session storage:
 * it is gone when the browser closes, and content scripts can't read it.
 */
interface Focus {
  tabId: number;
  entityId: EntityId;
  /** Epoch ms; a note older than FOCUS_TTL_MS belongs to a popup that never opened. */
  at: number;
}

const FOCUS_TTL_MS = 10_000;
const focusItem = storage.defineItem<Focus>('session:briefingFocus');

export async function leaveFocus(tabId: number, entityId: EntityId): Promise<void> {
  await focusItem.setValue({ tabId, entityId, at: Date.now() });
}

/** Withdraws the note when the popup could not be opened after all. */
export async function dropFocus(): Promise<void> {
  await focusItem.removeValue().catch(() => undefined);
}

/** The entity to focus for `tabId`, if the background left one just now; consumed either way. */
export async function takeFocus(tabId: number | null, now = Date.now()): Promise<EntityId | null> {
  try {
    const focus = await focusItem.getValue();
    if (!focus) return null;
    await focusItem.removeValue();
    const fresh = now - focus.at <= FOCUS_TTL_MS;
    return fresh && (tabId === null || focus.tabId === tabId) && typeof focus.entityId === 'string'
      ? focus.entityId
      : null;
  } catch {
    return null;
  }
}
