import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/**
 * A file input with a drop zone around it. Dropping is the mouse's shortcut;
 * the input inside is the keyboard's (and screen reader's) way to the same
 * import, so nobody depends on dragging.
 */
export function StoryImport({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <div
      class={over ? 'story-drop story-drop--over' : 'story-drop'}
      onDragOver={(e) => {
        // Without preventDefault the browser would open the dropped file instead.
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div class="field">
        <label for={id}>{t('storiesImportLabel')}</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again (after fixing it) fires change again.
            input.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <p class="hint">{t('storiesDropHint')}</p>
    </div>
  );
}
