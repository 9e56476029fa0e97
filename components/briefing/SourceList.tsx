import type { CompiledPack, CompiledSource, SourceDateKind, SourceStyle } from '../../lib/pack/types';
import { t, type MessageKey } from '../../lib/i18n';
import { quoteLang } from '../common/QuoteLanguage';

const DATE_KIND: Record<Exclude<SourceDateKind, 'none'>, MessageKey> = {
  dateline: 'briefingDateKind_dateline',
  'page-date': 'briefingDateKind_pageDate',
  'metadata-line': 'briefingDateKind_metadataLine',
};

const STYLE: Record<SourceStyle, MessageKey> = {
  'wire-rewrite': 'briefingStyle_wireRewrite',
  'seo-blog-draft': 'briefingStyle_seoBlogDraft',
  tabloid: 'briefingStyle_tabloid',
  'news-report': 'briefingStyle_newsReport',
  'aggregator-rewrite': 'briefingStyle_aggregatorRewrite',
};

/** The date exactly as the text gives it, and what kind of date it is. */
function SourceDate({ date }: { date: CompiledSource['date'] }) {
  if (date.text === null || date.kind === 'none') return <p class="source__date">{t('briefingUndated')}</p>;
  return (
    <p class="source__date">
      {t('briefingDated', date.text, t(DATE_KIND[date.kind]))}
      {date.note ? <span class="source__note"> {date.note}</span> : null}
    </p>
  );
}

/** Numbered like the "Source N" captions under every quote. */
export function SourceList({ pack }: { pack: CompiledPack }) {
  return (
    <ol class="source-list">
      {pack.sources.map((source, i) => (
        <li key={source.id} class="source">
          <p class="source__label">
            <span class="source__number">{t('briefingSourceNumber', i + 1)}</span>{' '}
            <span>{source.label}</span>
          </p>
          <SourceDate date={source.date} />
          <p class="source__style">{t('briefingStyle', t(STYLE[source.style]))}</p>
          {source.attributions.length > 0 ? (
            <div class="source__attributions">
              <p>{t('briefingAttributions')}</p>
              <ul>
                {source.attributions.map((a) => (
                  <li key={a}>
                    {/* Verbatim from the source: pronounced in its language (no tag; the quotes above carry it). */}
                    <q lang={quoteLang(source.lang)}>{a}</q>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="muted">{t('briefingNoAttributions')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
