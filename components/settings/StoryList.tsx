import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { InstalledPack, StorySummary } from '../../lib/packs/types';
import { storyFacts } from './story-facts';

interface Props {
  bundled: StorySummary;
  bundledEnabled: boolean;
  installed: readonly InstalledPack[];
  /** `null` is the bundled story. */
  onToggle: (storyId: string | null, enabled: boolean) => void;
  onExport: (pack: InstalledPack) => void;
  onRemove: (pack: InstalledPack) => void;
}

/** The bundled story first, then the imported ones in import order. */
export function StoryList({ bundled, bundledEnabled, installed, onToggle, onExport, onRemove }: Props) {
  return (
    <ul class="site-list story-list">
      <StoryRow summary={bundled} enabled={bundledEnabled} note={t('storiesBundled')} onToggle={(on) => onToggle(null, on)} />
      {installed.map((pack) => (
        <StoryRow
          key={pack.id}
          summary={pack}
          enabled={pack.enabled}
          note={t('storiesFileName', pack.fileName)}
          onToggle={(on) => onToggle(pack.id, on)}
        >
          <RemovableActions title={pack.title} onExport={() => onExport(pack)} onRemove={() => onRemove(pack)} />
        </StoryRow>
      ))}
    </ul>
  );
}

function StoryRow({ summary, enabled, note, onToggle, children }: {
  summary: StorySummary;
  enabled: boolean;
  /** "Comes with Backstory", or the imported file's name. */
  note: string;
  onToggle: (enabled: boolean) => void;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <li class="site-list__item story-list__item">
      <div class="switch">
        <input id={id} type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <label for={id} class="site-list__name">{t('storiesUse', summary.title)}</label>
      </div>
      <p class="muted story-list__facts">{[...storyFacts(summary), note].join(' · ')}</p>
      {children}
    </li>
  );
}

/**
 * Export, and Remove behind a second step that stays in the page (no
 * `window.confirm`), so it reads and works the same from the keyboard.
 */
function RemovableActions({ title, onExport, onRemove }: { title: string; onExport: () => void; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="story-list__actions">
      <button type="button" class="button" aria-label={t('storiesExportNamed', title)} onClick={onExport}>
        {t('storiesExport')}
      </button>
      {confirming ? (
        <>
          {/* autoFocus moves the keyboard to the new step, which replaced the button that had focus. */}
          <button type="button" class="button" autoFocus aria-label={t('storiesConfirmRemoveNamed', title)} onClick={onRemove}>
            {t('storiesConfirmRemove')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('storiesCancel')}
          </button>
        </>
      ) : (
        <button type="button" class="button" aria-label={t('storiesRemoveNamed', title)} onClick={() => setConfirming(true)}>
          {t('storiesRemove')}
        </button>
      )}
    </div>
  );
}
