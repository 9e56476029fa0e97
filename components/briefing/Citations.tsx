import { packIndex } from '../../lib/pack/lookup';
import type { CompiledClaim, CompiledPack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { QuoteLanguage, quoteLang } from '../common/QuoteLanguage';

/**
 * The verbatim quotes behind a set of claims, each with the source it comes
 * from and the quote's language (also set as `lang` on the quote). A claim
 * label is shown only when several claims share the list.
 */
export function Citations({ pack, claims }: { pack: CompiledPack; claims: readonly CompiledClaim[] }) {
  const index = packIndex(pack);
  const withQuotes = claims.filter((c) => c.citations.length > 0);
  if (withQuotes.length === 0) return <p class="muted">{t('briefingNoQuotes')}</p>;
  return (
    <div class="citations">
      {withQuotes.map((claim) => (
        <div key={claim.id} class="citations__claim">
          {withQuotes.length > 1 ? <p class="citations__label">{claim.label}</p> : null}
          <ul class="citations__list">
            {claim.citations.map((c, i) => {
              const source = index.sources.get(c.source);
              return (
                <li key={`${c.source}-${i}`}>
                  <figure class="citation">
                    <blockquote class="quote" lang={quoteLang(source?.lang)}>
                      {c.quote}
                    </blockquote>
                    <figcaption class="citation__source">
                      {t('briefingQuoteFrom', index.sourceNumbers.get(c.source) ?? 0, source?.label ?? c.source)}
                      <QuoteLanguage lang={source?.lang} />
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
