import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../../lib/settings';

/** A whole number of milliseconds in the allowed range, else null. */
export function parseDelay(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= HOVER_DELAY_MIN_MS && value <= HOVER_DELAY_MAX_MS ? value : null;
}

/**
 * Saves on commit (Enter or leaving the field), and only a valid value. The
 * parent keys it by the stored value, so a change from elsewhere remounts it
 * with fresh text instead of an effect racing the reader's typing.
 */
export function HoverDelayField({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const invalid = parseDelay(text) === null;
  return (
    <div class="field">
      <label for={id}>{t('optionsHoverDelay')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={50}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => {
          const ms = parseDelay(e.currentTarget.value);
          if (ms !== null && ms !== value) onChange(ms);
        }}
      />
      <p id={`${id}-hint`} class={invalid ? 'hint hint--error' : 'hint'}>
        {t('optionsHoverDelayHint', HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS)}
      </p>
    </div>
  );
}
