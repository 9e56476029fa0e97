import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

interface Props {
  id: string;
  title: string;
  /** How many items the section holds, shown beside the title so a closed section still says what is in it. */
  count: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}

/**
 * A briefing section whose heading is a disclosure button (`aria-expanded`),
 * so it is reachable by heading and by Tab. The region is named by the title
 * alone; its content is rendered only while open, so a closed popup stays light.
 */
export function CollapsibleSection({ id, title, count, open, onToggle, children }: Props) {
  const titleId = `${id}-title`;
  const bodyId = `${id}-body`;
  return (
    <section class="briefing-section collapsible" aria-labelledby={titleId}>
      <h2 class="collapsible__heading">
        <button
          type="button"
          class="collapsible__button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(!open)}
        >
          <span class="disclosure__marker" aria-hidden="true" />
          <span id={titleId}>{title}</span>
          <span class="collapsible__count">{t('briefingSectionCount', count)}</span>
        </button>
      </h2>
      <div id={bodyId} class="collapsible__body" hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}
