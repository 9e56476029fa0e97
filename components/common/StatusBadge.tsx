import type { ClaimStatus } from '../../lib/pack/types';
import { t, type MessageKey } from '../../lib/i18n';

const LABEL: Record<ClaimStatus, MessageKey> = {
  agreed: 'statusAgreed',
  'single-source': 'statusSingleSource',
  differs: 'statusDiffers',
};

/** The status in words as well as colour, so it never relies on colour alone. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span class={`badge badge--${status}`}>{t(LABEL[status])}</span>;
}
