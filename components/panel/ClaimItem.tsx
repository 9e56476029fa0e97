import { useId, useState } from 'preact/hooks';
import { splitAround, type CitationView, type ClaimView } from '../../lib/panel/view-model';
import { sourceCount, t } from '../../lib/i18n';
import { StatusBadge } from '../common/StatusBadge';
import { SourceStrip } from '../common/SourceStrip';
import { DiffersSides } from './DiffersSides';
import { QuoteLanguage, quoteLang } from '../common/QuoteLanguage';

/**
 * One claim: its label is a disclosure button that reveals the verbatim
 * quotes behind it, each with the source's label, its date as written and
 * the quote's language (also set as `lang` on the quote itself).
 */
const carriesName = (label: string, filled: boolean) => t(filled ? 'panelChipCarries' : 'panelChipLacks', label);

export function ClaimItem({ claim }: { claim: ClaimView }) {
  const [open, setOpen] = useState(false);
  const quotesId = useId();
  return (
    <li class={`claim claim--${claim.status}`}>
      <button
        type="button"
        class="claim__toggle"
        aria-expanded={open}
        aria-controls={quotesId}
        onClick={() => setOpen(!open)}
      >
        <span class="claim__chevron" aria-hidden="true" />
        <span class="claim__label">{claim.label}</span>
      </button>
      <div class="claim__meta">
        <StatusBadge status={claim.status} />
        <span class="claim__count">{sourceCount(claim.sources.length)}</span>
        <SourceStrip chips={claim.strip} label={t('panelClaimStripLabel')} chipName={carriesName} />
      </div>
      {claim.sides.length > 0 ? <DiffersSides sides={claim.sides} /> : null}
      <ul id={quotesId} class="citations" hidden={!open}>
        {open
          ? claim.citations.map((c, i) => (
              <li key={i} class="citation">
                <blockquote class="quote" lang={quoteLang(c.source.lang)}>
                  <QuoteText citation={c} />
                </blockquote>
                <p class="citation__source">
                  <cite>{c.source.label}</cite>
                  <span class="citation__date">{c.dateText ?? t('panelUndated')}</span>
                  <QuoteLanguage lang={c.source.lang} />
                </p>
              </li>
            ))
          : null}
      </ul>
    </li>
  );
}

/** The verbatim quote, with the value a source gives on a disputed point emphasised. */
function QuoteText({ citation }: { citation: CitationView }) {
  const parts = splitAround(citation.quote, citation.position);
  if (!parts) return <>{citation.quote}</>;
  return (
    <>
      {parts[0]}
      <strong class="quote__position">{parts[1]}</strong>
      {parts[2]}
    </>
  );
}
