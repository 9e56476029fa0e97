import { useId } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { kindLabel } from './kind-label';

interface Props {
  kinds: Settings['kinds'];
  onToggle: (kind: EntityKind, enabled: boolean) => void;
}

/** One checkbox per entity kind: which kinds get highlighted on pages. */
export function KindToggles({ kinds, onToggle }: Props) {
  const base = useId();
  return (
    <fieldset class="kind-toggles">
      <legend>{t('settingsKinds')}</legend>
      {ENTITY_KINDS.map((kind) => (
        <div key={kind} class="check">
          <input
            id={`${base}-${kind}`}
            type="checkbox"
            checked={kinds[kind]}
            onChange={(e) => onToggle(kind, e.currentTarget.checked)}
          />
          <label for={`${base}-${kind}`}>{kindLabel(kind)}</label>
        </div>
      ))}
    </fieldset>
  );
}
