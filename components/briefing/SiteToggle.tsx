import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { isSiteEnabled, type Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  /** Hostname of the active tab, or null when the tab can't be read. */
  site: string | null;
  onToggleGlobal: (enabled: boolean) => void;
  onToggleSite: (site: string, enabled: boolean) => void;
}

function Switch({ label, checked, disabled, onChange }: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** Backstory on/off everywhere, and for the active tab's site: one click each. */
export function SiteToggle({ settings, site, onToggleGlobal, onToggleSite }: Props) {
  return (
    <div class="site-toggle">
      <Switch label={t('settingsEnabled')} checked={settings.enabled} onChange={onToggleGlobal} />
      {site ? (
        <Switch
          label={t('settingsSiteEnabled', site)}
          // Shown as on/off for the site itself, but inert while everything is off.
          checked={isSiteEnabled({ ...settings, enabled: true }, site)}
          disabled={!settings.enabled}
          onChange={(on) => onToggleSite(site, on)}
        />
      ) : null}
    </div>
  );
}
