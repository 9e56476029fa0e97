import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
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
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const stepped = useRef(false);
  // Each step replaces the button that had focus; move the keyboard to the new one (not on first render).
  useEffect(() => {
    if (!stepped.current) return;
    (confirming ? confirmRef : removeRef).current?.focus();
  }, [confirming]);
  const step = (next: boolean) => {
    stepped.current = true;
    setConfirming(next);
  };
  return (
    <div class="story-list__actions">
      <button type="button" class="button" aria-label={t('storiesExportNamed', title)} onClick={onExport}>
        {t('storiesExport')}
      </button>
      {confirming ? (
        <>
          <button type="button" class="button" ref={confirmRef} aria-label={t('storiesConfirmRemoveNamed', title)} onClick={onRemove}>
            {t('storiesConfirmRemove')}
          </button>
          <button type="button" class="button" onClick={() => step(false)}>
            {t('storiesCancel')}
          </button>
        </>
      ) : (
        <button type="button" class="button" ref={removeRef} aria-label={t('storiesRemoveNamed', title)} onClick={() => step(true)}>
          {t('storiesRemove')}
        </button>
      )}
    </div>
  );
}
