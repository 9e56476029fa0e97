import { useState } from 'preact/hooks';
import type { EntityId } from '../../lib/pack/types';
import type { StoryLibrary } from '../../lib/packs/library';
import type { LibraryStory } from '../../lib/packs/types';
import { t } from '../../lib/i18n';
import { saveSettings, setSiteEnabled } from '../../lib/settings/store';
import { Briefing } from './Briefing';
import type { TabBridge } from './bridge';
import { HostAccessNotice } from './HostAccessNotice';
import { KindToggles } from './KindToggles';
import { OnThisPage } from './OnThisPage';
import { SiteToggle } from './SiteToggle';
import { StorySwitcher } from './StorySwitcher';
import { usePageState } from './use-page-state';
import { useSettings, useTheme } from './use-settings';
import { POPUP_ON_PAGE_INITIAL } from '../../lib/constants';
import type { BriefingView, SectionId, SectionState } from './sections';

export interface AppProps {
  /** The enabled stories; the briefing shows one of them at a time. */
  library: StoryLibrary;
  bridge: TabBridge;
  /** Entity the reader came from ("Open briefing" in the fact panel): pre-fills the search. */
  focusEntityId?: EntityId | null;
  /** The popup opens short on the briefing; the side panel shows more at once. */
  view?: BriefingView;
  /** Collapsible sections as the reader last left them (read before the first render, so nothing jumps). */
  initialSections?: SectionState;
  onSectionChange?: (id: SectionId, open: boolean) => void;
}

/** Storage failures are rare and leave the old value in place; the watcher keeps the view honest. */
function ignoreFailure(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

/**
 * The popup and the side panel: the briefing's headline and key points first,
 * then what's on this tab and the switches, then the rest of the briefing.
 */
export function App({ library, bridge, focusEntityId = null, view = 'popup', initialSections, onSectionChange }: AppProps) {
  const loaded = useSettings();
  const { tabId, page } = usePageState(bridge);
  useTheme(loaded?.settings.theme);
  const focused = focusEntityId ? library.resolve(focusEntityId) : undefined;
  const focus = focused?.entity;
  const onPage = page.status === 'ready' ? (page.state.stories ?? []) : [];
  /** The reader's own choice wins; otherwise the story the tab is about, or the one the reader came from. */
  const [chosen, setChosen] = useState<LibraryStory | null>(null);
  const pack = (chosen ?? focused?.story ?? onPage.map((id) => library.story(id)).find(Boolean) ?? library.stories[0])?.pack;
  const selected = library.stories.find((s) => s.pack === pack);

  const tabAndSwitches = loaded ? (
          <>
            <OnThisPage
              library={library}
              page={page}
              settings={loaded.settings}
              onReveal={(entityId) => {
                if (tabId !== null) ignoreFailure(bridge.reveal(tabId, entityId));
              }}
              onHighlightAll={() => {
                if (tabId !== null) ignoreFailure(bridge.highlightAll(tabId));
              }}
              onEnableSite={(site) => ignoreFailure(setSiteEnabled(site, true))}
              onEnableGlobal={() => ignoreFailure(saveSettings({ enabled: true }))}
              initial={view === 'popup' ? POPUP_ON_PAGE_INITIAL : undefined}
            />
            <section class="briefing-section controls" aria-label={t('settingsControls')}>
              <SiteToggle
                settings={loaded.settings}
                site={page.status === 'ready' && page.state.site ? page.state.site : null}
                onToggleGlobal={(enabled) => ignoreFailure(saveSettings({ enabled }))}
                onToggleSite={(site, enabled) => ignoreFailure(setSiteEnabled(site, enabled))}
              />
              <details class="kinds-details">
                <summary>{t('settingsKinds')}</summary>
                <KindToggles
                  kinds={loaded.settings.kinds}
                  onToggle={(kind, on) => ignoreFailure(saveSettings({ kinds: { [kind]: on } }))}
                />
              </details>
            </section>
          </>
        ) : null;

  return (
    <main class="app">
      <header class="app__header">
        <h1 class="app__title">
          {/* Decorative: the heading's text names it. */}
          <img class="app__icon" src="/icon/32.png" alt="" width={20} height={20} />
          {t('extName')}
        </h1>
        <button type="button" class="link-button" onClick={() => ignoreFailure(bridge.openOptions())}>
          {t('settingsOpenOptions')}
        </button>
      </header>
      <HostAccessNotice bridge={bridge} />
      {selected && library.stories.length > 1 ? (
        <StorySwitcher stories={library.stories} selected={selected} onPage={onPage} onSelect={setChosen} />
      ) : null}
      {!pack ? <p class="notice">{t('briefingNoStory')}</p> : null}
      {pack ? (
        <Briefing
          key={selected?.header.id}
          pack={pack}
          initialQuery={focus?.name ?? ''}
          view={view}
          initialSections={initialSections}
          onSectionChange={onSectionChange}
        >
          {tabAndSwitches}
        </Briefing>
      ) : (
        tabAndSwitches
      )}
    </main>
  );
}
