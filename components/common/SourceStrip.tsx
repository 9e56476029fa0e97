import type { SourceChip } from '../../lib/pack/lookup';
import { t } from '../../lib/i18n';

/**
 * One chip per pack source, filled where the entity is mentioned (or, for a
 * claim, where the claim is carried). The chips are images named with the
 * source's label and what the fill means, so the strip says to a screen
 * reader what it shows to the eye.
 */
interface SourceStripProps {
  chips: readonly SourceChip[];
  /** Accessible name of the whole strip. */
  label?: string;
  /** Accessible name of one chip: what a filled or empty chip means here. */
  chipName?(sourceLabel: string, filled: boolean): string;
}

const mentionsName = (label: string, filled: boolean) => t(filled ? 'panelChipMentions' : 'panelChipSilent', label);

export function SourceStrip({ chips, label = t('panelSourceStripLabel'), chipName = mentionsName }: SourceStripProps) {
  return (
    <ul class="strip" aria-label={label}>
      {chips.map(({ source, mentioned }) => {
        const name = chipName(source.label, mentioned);
        return (
          <li key={source.id} class="strip__item">
            <span
              role="img"
              aria-label={name}
              title={name}
              class={mentioned ? 'chip chip--on' : 'chip'}
            />
          </li>
        );
      })}
    </ul>
  );
}
