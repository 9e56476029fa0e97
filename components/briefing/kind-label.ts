import { t, type MessageKey } from '../../lib/i18n';
import type { EntityKind } from '../../lib/pack/types';

/** The fact panel's kind names, so both UIs call a kind the same thing. */
export function kindLabel(kind: EntityKind): string {
  return t(`panelKind_${kind}` satisfies MessageKey);
}
