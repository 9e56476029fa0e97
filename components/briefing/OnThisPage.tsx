import type { PageState } from '../../lib/messages';
import type { EntityId } from '../../lib/pack/types';
import type { StoryLibrary } from '../../lib/packs/library';
import { MAX_HIGHLIGHTS_PER_ENTITY } from '../../lib/constants';
import { ShowMore } from '../common/ShowMore';
import { t } from '../../lib/i18n';
import { isSiteEnabled, type Settings } from '../../lib/settings';
import { storiesOnPage, type StoryOnPage } from './model';
import { kindLabel } from './kind-label';

/** What the view knows about the tab: still asking, no content script there, or its state. */
export type PageView =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'ready'; state: PageState };

interface Props {
  /** The enabled stories: the tab's entity ids resolve through it. */
  library: StoryLibrary;
  page: PageView;
  settings: Settings;
  onReveal: (entityId: EntityId) => void;
  /** Lift the per-entity cap on the tab. */
  onHighlightAll?: () => void;
  onEnableSite: (site: string) => void;
  onEnableGlobal: () => void;
  /** List this many, most-mentioned first, with "Show all" for the rest (the popup); all when undefined. */
  initial?: number;
}

/** Why Backstory is idle on this tab, if it is, judged from settings first (they change before the tab reports). */
function offReason(page: PageView, settings: Settings): 'global' | 'site' | null {
  if (!settings.enabled) return 'global';
  if (page.status === 'ready' && page.state.site && !isSiteEnabled(settings, page.state.site)) return 'site';
  return null;
}

/** A huge page highlights the first mentions of each entity; a page that never stops changing is checked less often. */
function Limits({ state, onHighlightAll }: { state: PageState; onHighlightAll: (() => void) | undefined }) {
  return (
    <>
      {state.limited ? (
        <div class="notice">
          <p>{t('onPageLimited', String(MAX_HIGHLIGHTS_PER_ENTITY))}</p>
          {onHighlightAll ? (
            <button type="button" class="button" onClick={onHighlightAll}>
              {t('onPageHighlightAll')}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.paused ? <p class="muted" role="status">{t('onPagePaused')}</p> : null}
    </>
  );
}

function Body({ library, page, settings, onReveal, onHighlightAll, onEnableSite, onEnableGlobal, initial }: Props) {
  const off = offReason(page, settings);
  if (off === 'global') {
    return (
      <div class="notice">
        <p>{t('onPageGlobalOff')}</p>
        <button type="button" class="button" onClick={onEnableGlobal}>
          {t('settingsTurnOnGlobal')}
        </button>
      </div>
    );
  }
  if (off === 'site' && page.status === 'ready') {
    const site = page.state.site;
    return (
      <div class="notice">
        <p>{t('onPageSiteOff', site)}</p>
        <button type="button" class="button" onClick={() => onEnableSite(site)}>
          {t('settingsTurnOnSite', site)}
        </button>
      </div>
    );
  }
  if (page.status === 'loading') return <p class="muted">{t('onPageLoading')}</p>;

  // Off topic most mentions stay dark on the page; the list still names everything found.
  const groups = page.status === 'ready' ? storiesOnPage(library, page.state.found ?? page.state.counts) : [];
  const quiet = page.status === 'ready' && !page.state.topic;
  if (groups.length === 0) {
    return (
      <>
        <p class="empty">{t('onPageEmpty')}</p>
        {page.status === 'unreachable' ? <p class="muted">{t('onPageUnreachable')}</p> : null}
      </>
    );
  }
  return (
    <>
      {page.status === 'ready' ? <Limits state={page.state} onHighlightAll={onHighlightAll} /> : null}
      {groups.length === 1 ? (
        <EntityList group={groups[0]!} initial={initial} onReveal={onReveal} />
      ) : (
        // Several stories on one page: each story's mentions under its title.
        groups.map((group) => (
          <div key={group.story.header.id} class="on-page-story">
            <h3 class="on-page-story__title">{group.story.header.title}</h3>
            <EntityList group={group} initial={initial} onReveal={onReveal} />
          </div>
        ))
      )}
      {/* After the list: the terms themselves are what the first screen should show. */}
      <p class="muted">{quiet ? t('onPageOffTopic') : t('onPageHint')}</p>
    </>
  );
}

function EntityList({ group, initial, onReveal }: { group: StoryOnPage; initial: number | undefined; onReveal: (id: EntityId) => void }) {
  return (
    <ShowMore
      class="on-page-list"
      items={group.entities}
      initial={initial ?? group.entities.length}
      moreLabel={(total) => t('onPageShowAll', total)}
    >
      {({ entity, count, pageId }) => (
        <li key={pageId}>
          <button type="button" class="on-page-item" onClick={() => onReveal(pageId)}>
            <span class="on-page-item__name">{entity.name}</span>
            <span class="kind">{kindLabel(entity.kind)}</span>
            <span class="on-page-item__count">
              {count === 1 ? t('onPageMentionsOne') : t('onPageMentionsMany', count)}
            </span>
          </button>
        </li>
      )}
    </ShowMore>
  );
}

/** Entities the active tab mentions, most-mentioned first; choosing one reveals it on the page. */
export function OnThisPage(props: Props) {
  return (
    <section class="briefing-section on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('onPageHeading')}</h2>
      <Body {...props} />
    </section>
  );
}
