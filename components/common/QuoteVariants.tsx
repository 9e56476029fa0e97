import type { QuoteGroupView } from '../../lib/pack/lookup';
import { t } from '../../lib/i18n';
import { QuoteLanguage, quoteLang } from './QuoteLanguage';
import { SourceNames } from './SourceNames';

/** A person's quote as each source words it, verbatim, with who carries each wording. */
export function QuoteVariants({ group }: { group: QuoteGroupView }) {
  return (
    <div class="quote-group">
      <h4 class="quote-group__label">
        {group.label}
        {group.singleSource ? <span class="badge badge--single-source">{t('statusSingleSource')}</span> : null}
      </h4>
      <ul class="quote-group__variants">
        {group.variants.map((v, i) => (
          <li key={i} class="variant">
            <blockquote class="quote" lang={quoteLang(v.sources[0]?.lang)}>{v.text}</blockquote>
            <SourceNames sources={v.sources} />
            <QuoteLanguage lang={v.sources[0]?.lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}
