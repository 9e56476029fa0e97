import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/types';
import { POPUP_KEY_POINTS_INITIAL } from '../../lib/constants';
import { t } from '../../lib/i18n';
import { BriefingSections } from './BriefingSections';
import { formatIsoDate } from './format';
import { searchPack } from './search';
import { SearchResults } from './SearchResults';
import { defaultSections, type BriefingView, type SectionId, type SectionState } from './sections';
import { OfSources, SummaryList } from './SummaryList';

interface Props {
  pack: CompiledPack;
  /** Pre-filled search, e.g. the entity the fact panel's "Open briefing" came from. */
  initialQuery?: string;
  /** The popup opens short (first key points, sections closed); the side panel shows more at once. */
  view?: BriefingView;
  /** Sections as the reader last left them; the view's defaults otherwise. */
  initialSections?: SectionState;
  /** Called when the reader opens or closes a section, to remember it. */
  onSectionChange?: (id: SectionId, open: boolean) => void;
  /** What the tab mentions and the switches: shown after the key points, and after search results. */
  children?: ComponentChildren;
}

function DateRange({ range }: { range: CompiledPack['summary']['dateRange'] }) {
  const { from, to } = range;
  if (!from && !to) return <span class="muted">{t('briefingDateNone')}</span>;
  if (!from || !to || from === to) return <span>{t('briefingDateSingle', formatIsoDate((from ?? to)!))}</span>;
  return <span>{t('briefingDateRange', formatIsoDate(from), formatIsoDate(to))}</span>;
}

function Headline({ pack }: { pack: CompiledPack }) {
  const { summary } = pack;
  return (
    <section class="briefing-section headline" aria-labelledby="briefing-headline">
      <h2 id="briefing-headline" class="headline__text">
        {summary.headline.label}
      </h2>
      <p class="headline__meta">
        <OfSources count={summary.headline.sourceIds.length} total={pack.totalSources} />
        <DateRange range={summary.dateRange} />
      </p>
    </section>
  );
}

/**
 * The story at a glance: headline, key points, then (from `children`) what the
 * tab mentions, then the collapsible sections. A search narrows it all to
 * matching terms and claims.
 */
export function Briefing({ pack, initialQuery = '', view = 'popup', initialSections, onSectionChange, children }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [sections, setSections] = useState<SectionState>(() => initialSections ?? defaultSections(view));
  const results = useMemo(() => searchPack(pack, query), [pack, query]);
  const searching = query.trim() !== '';
  const { summary } = pack;
  const toggle = (id: SectionId, open: boolean) => {
    setSections((current) => ({ ...current, [id]: open }));
    onSectionChange?.(id, open);
  };

  return (
    <div class="briefing">
      <Headline pack={pack} />

      <div role="search" class="briefing-search">
        {/* The placeholder repeats the label, which stays for screen readers: one line instead of two. */}
        <label for="briefing-search-input" class="visually-hidden">
          {t('briefingSearchLabel')}
        </label>
        <input
          id="briefing-search-input"
          type="search"
          placeholder={t('briefingSearchLabel')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {/* Announced politely so screen-reader users hear how much matched as they type. */}
        <p class="visually-hidden" role="status">
          {searching ? t('briefingSearchSummary', results.entities.length, results.claims.length) : ''}
        </p>
      </div>

      {searching ? (
        <SearchResults pack={pack} query={query} results={results} />
      ) : (
        <section class="briefing-section" aria-labelledby="briefing-key-points">
          <h2 id="briefing-key-points">{t('briefingKeyPoints')}</h2>
          <SummaryList
            pack={pack}
            items={summary.keyPoints}
            initial={view === 'popup' ? POPUP_KEY_POINTS_INITIAL : undefined}
            moreLabel={(total) => t('briefingKeyPointsShowAll', total)}
          />
        </section>
      )}
      {children}
      {searching ? null : <BriefingSections pack={pack} sections={sections} onToggle={toggle} />}
    </div>
  );
}
