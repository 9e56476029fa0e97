import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { Differences } from './Differences';
import { formatIsoDate } from './format';
import { searchPack } from './search';
import { SearchResults } from './SearchResults';
import { SourceList } from './SourceList';
import { OfSources, SummaryList } from './SummaryList';
import { WhoSaidWhat } from './WhoSaidWhat';

interface Props {
  pack: CompiledPack;
  /** Pre-filled search, e.g. the entity the fact panel's "Open briefing" came from. */
  initialQuery?: string;
}

function DateRange({ range }: { range: CompiledPack['summary']['dateRange'] }) {
  const { from, to } = range;
  if (!from && !to) return <p class="muted">{t('briefingDateNone')}</p>;
  if (!from || !to || from === to) return <p>{t('briefingDateSingle', formatIsoDate((from ?? to)!))}</p>;
  return <p>{t('briefingDateRange', formatIsoDate(from), formatIsoDate(to))}</p>;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="briefing-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The whole story at a glance, from the compiled pack; a search narrows it to matching terms and claims. */
export function Briefing({ pack, initialQuery = '' }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const results = useMemo(() => searchPack(pack, query), [pack, query]);
  const searching = query.trim() !== '';
  const { summary } = pack;

  return (
    <div class="briefing">
      <section class="briefing-section headline" aria-labelledby="briefing-headline">
        <h2 id="briefing-headline" class="headline__text">
          {summary.headline.label}
        </h2>
        <p>
          <OfSources count={summary.headline.sourceIds.length} total={pack.totalSources} />
        </p>
        <DateRange range={summary.dateRange} />
      </section>

      <div role="search" class="briefing-search">
        <label for="briefing-search-input">{t('briefingSearchLabel')}</label>
        <input
          id="briefing-search-input"
          type="search"
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
        <>
          <Section id="briefing-key-points" title={t('briefingKeyPoints')}>
            <SummaryList pack={pack} items={summary.keyPoints} />
          </Section>
          {summary.agreements.length > 0 ? (
            <Section id="briefing-agreements" title={t('briefingAgreements')}>
              <SummaryList pack={pack} items={summary.agreements} />
            </Section>
          ) : null}
          {summary.differences.length > 0 ? (
            <Section id="briefing-differences" title={t('briefingDifferences')}>
              <Differences pack={pack} items={summary.differences} />
            </Section>
          ) : null}
          {summary.openQuestions.length > 0 ? (
            <Section id="briefing-open-questions" title={t('briefingOpenQuestions')}>
              <SummaryList pack={pack} items={summary.openQuestions} />
            </Section>
          ) : null}
          {pack.quotes.length > 0 ? (
            <Section id="briefing-who-said-what" title={t('briefingWhoSaidWhat')}>
              <WhoSaidWhat pack={pack} />
            </Section>
          ) : null}
          <Section id="briefing-sources" title={t('briefingSources')}>
            <SourceList pack={pack} />
          </Section>
        </>
      )}
    </div>
  );
}
