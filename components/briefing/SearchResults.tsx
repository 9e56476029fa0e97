import type { CompiledPack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { StatusBadge } from '../common/StatusBadge';
import { Citations } from './Citations';
import { Disclosure } from './Disclosure';
import { kindLabel } from './kind-label';
import type { SearchResults as Results } from './search';
import { OfSources } from './SummaryList';

export function SearchResults({ pack, query, results }: { pack: CompiledPack; query: string; results: Results }) {
  const { entities, claims } = results;
  return (
    <section class="briefing-section" aria-labelledby="search-results">
      <h2 id="search-results">{t('briefingSearchResults')}</h2>
      {entities.length === 0 && claims.length === 0 ? (
        <p>{t('briefingSearchNothing', query.trim())}</p>
      ) : null}
      {entities.length > 0 ? (
        <>
          <h3>{t('briefingSearchEntities')}</h3>
          <ul class="summary-list">
            {entities.map((e) => (
              <li key={e.id} class="summary-item entity-result">
                <p>
                  <strong>{e.name}</strong> <span class="kind">{kindLabel(e.kind)}</span>{' '}
                  <OfSources count={e.sourceIds.length} total={pack.totalSources} />
                </p>
                <p>{e.description}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {claims.length > 0 ? (
        <>
          <h3>{t('briefingSearchClaims')}</h3>
          <ul class="summary-list">
            {claims.map((c) => (
              <li key={c.id} class="summary-item">
                <Disclosure
                  summary={
                    <>
                      <span class="summary-item__label">{c.label}</span>
                      <StatusBadge status={c.status} />
                      <OfSources count={c.sourceIds.length} total={pack.totalSources} />
                    </>
                  }
                >
                  <Citations pack={pack} claims={[c]} />
                </Disclosure>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
