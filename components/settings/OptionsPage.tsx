import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { localArea, watchPacks } from '../../lib/packs/browser-area';
import { BUNDLED_STORY } from '../../lib/packs/bundled';
import { createPackStore, type PackStore } from '../../lib/packs/store';
import { HIGHLIGHT_STYLES, RENDERERS, THEMES, type Settings } from '../../lib/settings';
import { saveSettings, setSiteEnabled, type SettingsPatch } from '../../lib/settings/store';
import { KindToggles } from '../briefing/KindToggles';
import { SiteToggle } from '../briefing/SiteToggle';
import { useSettings, useTheme } from '../briefing/use-settings';
import { HoverDelayField } from './HoverDelayField';
import { RadioGroup } from './RadioGroup';
import { SiteList } from './SiteList';
import { StoriesSection } from './StoriesSection';

type Status = 'idle' | 'saved' | 'failed';

/** The options page: every setting, saved as soon as it changes, and the installed stories. */
export function OptionsPage({ packs }: { packs?: PackStore } = {}) {
  const loaded = useSettings();
  // One store for the page's life: it queues writes, so two would race.
  const [store] = useState(() => packs ?? createPackStore(localArea(), BUNDLED_STORY));
  const [status, setStatus] = useState<Status>('idle');
  useTheme(loaded?.settings.theme);

  const run = (work: Promise<unknown>) =>
    work.then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  const save = (patch: SettingsPatch) => run(saveSettings(patch));

  return (
    <main class="app options">
      <h1>{t('optionsTitle')}</h1>
      {loaded && loaded.problems.length > 0 ? (
        <div class="notice notice--warning" role="alert">
          <p>{t('optionsCorrupt', loaded.problems.join(', '))}</p>
          {/* Saving rewrites storage with the validated value, which clears the notice. */}
          <button type="button" class="button" onClick={() => save({})}>
            {t('optionsRepair')}
          </button>
        </div>
      ) : null}
      {loaded ? <Form settings={loaded.settings} save={save} run={run} /> : null}
      <StoriesSection store={store} bundled={BUNDLED_STORY} watch={watchPacks} />
      <p role="status" class="status">
        {status === 'saved' ? t('optionsSaved') : status === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </main>
  );
}

function Form({ settings, save, run }: {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
  run: (work: Promise<unknown>) => void;
}) {
  return (
    <>
      <section class="briefing-section" aria-labelledby="options-general">
        <h2 id="options-general">{t('optionsGeneral')}</h2>
        <SiteToggle
          settings={settings}
          site={null}
          onToggleGlobal={(enabled) => save({ enabled })}
          onToggleSite={() => undefined}
        />
        <h3>{t('optionsSites')}</h3>
        <SiteList sites={settings.disabledSites} onEnable={(site) => run(setSiteEnabled(site, true))} />
      </section>
      <section class="briefing-section" aria-labelledby="options-highlighting">
        <h2 id="options-highlighting">{t('optionsHighlighting')}</h2>
        <KindToggles kinds={settings.kinds} onToggle={(kind, on) => save({ kinds: { [kind]: on } })} />
        <RadioGroup
          legend={t('optionsHighlightStyle')}
          options={HIGHLIGHT_STYLES}
          value={settings.highlightStyle}
          label={(style) => t(`optionsHighlightStyle_${style}`)}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <RadioGroup
          legend={t('optionsRenderer')}
          options={RENDERERS}
          value={settings.renderer}
          label={(renderer) => t(`optionsRenderer_${renderer}`)}
          onChange={(renderer) => save({ renderer })}
        />
        <HoverDelayField
          key={settings.hoverDelayMs}
          value={settings.hoverDelayMs}
          onChange={(hoverDelayMs) => save({ hoverDelayMs })}
        />
      </section>
      <section class="briefing-section" aria-labelledby="options-appearance">
        <h2 id="options-appearance">{t('optionsAppearance')}</h2>
        <RadioGroup
          legend={t('optionsTheme')}
          options={THEMES}
          value={settings.theme}
          label={(theme) => t(`optionsTheme_${theme}`)}
          onChange={(theme) => save({ theme })}
        />
      </section>
    </>
  );
}
