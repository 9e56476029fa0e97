import { packIndex, sideViews } from '../../lib/pack/lookup';
import type { CompiledDifference, CompiledPack, DifferenceAxis } from '../../lib/pack/types';
import { t, type MessageKey } from '../../lib/i18n';
import { SourceNames } from '../common/SourceNames';
import { Citations } from './Citations';
import { Disclosure } from './Disclosure';
import { claimsOf } from './model';
import { OfSources } from './SummaryList';

const AXIS: Record<DifferenceAxis, MessageKey> = {
  number: 'briefingDiffersOn_number',
  word: 'briefingDiffersOn_word',
  date: 'briefingDiffersOn_date',
  person: 'briefingDiffersOn_person',
  substance: 'briefingDiffersOn_substance',
};

/** Each difference: what it is about, the positions side by side with who gives them, quotes on request. */
export function Differences({ pack, items }: { pack: CompiledPack; items: readonly CompiledDifference[] }) {
  const index = packIndex(pack);
  return (
    <ul class="summary-list">
      {items.map((item, i) => (
        <li key={`${i}-${item.label}`} class="summary-item difference">
          <p class="difference__label">
            <span class="summary-item__label">{item.label}</span>
            <OfSources count={item.sourceIds.length} total={pack.totalSources} />
          </p>
          {item.differsOn ? <p class="muted">{t(AXIS[item.differsOn])}</p> : null}
          <ul class="sides-by-side">
            {sideViews(item.sides, index).map((side) => (
              <li key={side.position} class="side-card">
                <span class="side-card__position">{side.position}</span>
                <SourceNames sources={side.sources} />
              </li>
            ))}
          </ul>
          <Disclosure summary={t('briefingQuotesToggle')}>
            <Citations pack={pack} claims={claimsOf(pack, item.claims)} />
          </Disclosure>
        </li>
      ))}
    </ul>
  );
}
