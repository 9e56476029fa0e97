import type { CompiledPack, CompiledSummaryItem } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { ShowMore } from '../common/ShowMore';
import { Citations } from './Citations';
import { Disclosure } from './Disclosure';
import { claimsOf } from './model';

/** "N of M sources": N counted from the item's own source list, M from the pack. */
export function OfSources({ count, total }: { count: number; total: number }) {
  return <span class="of-sources">{t('briefingOfSources', count, total)}</span>;
}

interface Props {
  pack: CompiledPack;
  items: readonly CompiledSummaryItem[];
  /** Show this many first, with a button for the rest; all of them when undefined. */
  initial?: number;
  /** The button's label, given how many items there are in all. */
  moreLabel?: (total: number) => string;
}

/** Key points, agreements, open questions: label, support, and quotes on request. */
export function SummaryList({ pack, items, initial, moreLabel }: Props) {
  return (
    <ShowMore
      class="summary-list"
      items={items}
      initial={initial ?? items.length}
      moreLabel={moreLabel ?? ((total) => String(total))}
    >
      {(item, i) => (
        <li key={`${i}-${item.label}`} class="summary-item">
          <Disclosure
            summary={
              <>
                <span class="summary-item__label">{item.label}</span>
                <OfSources count={item.sourceIds.length} total={pack.totalSources} />
              </>
            }
          >
            <Citations pack={pack} claims={claimsOf(pack, item.claims)} />
          </Disclosure>
        </li>
      )}
    </ShowMore>
  );
}
