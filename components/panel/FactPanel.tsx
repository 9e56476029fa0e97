import { useId } from 'preact/hooks';
import type { CompiledPack, EntityId, EntityKind } from '../../lib/pack/types';
import { buildPanelModel } from '../../lib/panel/view-model';
import { t, type MessageKey } from '../../lib/i18n';
import { SourceStrip } from '../common/SourceStrip';
import { QuoteVariants } from '../common/QuoteVariants';
import { ShowMore } from '../common/ShowMore';
import { PANEL_CLAIMS_INITIAL, PANEL_QUOTE_GROUPS_INITIAL } from '../../lib/constants';
import { ClaimItem } from './ClaimItem';

const KIND_LABEL: Record<EntityKind, MessageKey> = {
  person: 'panelKind_person',
  place: 'panelKind_place',
  organisation: 'panelKind_organisation',
  concept: 'panelKind_concept',
  figure: 'panelKind_figure',
  document: 'panelKind_document',
  event: 'panelKind_event',
};

export interface FactPanelProps {
  pack: CompiledPack;
  entityId: EntityId;
  /** The story's title, when several stories are enabled: which one this mention belongs to. */
  story?: string;
  onClose(): void;
  onOpenBriefing(entityId: EntityId): void;
  onDisableSite(): void;
}

/**
 * The fact panel: a non-modal dialog named by the entity. Escape is handled
 * here (and kept from the page) so the panel closes even when no hover
 * controller is around; Tab wraps inside so focus is never lost at the end
 * of the page, and Escape or the close button leave.
 */
export function FactPanel({ pack, entityId, story, onClose, onOpenBriefing, onDisableSite }: FactPanelProps) {
  const titleId = useId();
  const model = buildPanelModel(pack, entityId);
  if (!model) return null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      wrapTab(event);
    }
  }

  return (
    <div role="dialog" aria-labelledby={titleId} class="panel__dialog" tabIndex={-1} onKeyDown={onKeyDown}>
      {/* Plain divs, not header/footer: inside a dialog those would be page-level landmarks (banner, contentinfo). */}
      <div class="head">
        <div class="head__text">
          <h2 id={titleId} class="head__name">
            {model.name}
          </h2>
          <p class="head__kind">{t(KIND_LABEL[model.kind])}</p>
          {story ? <p class="head__story">{t('panelStory', story)}</p> : null}
        </div>
        <button type="button" class="close" aria-label={t('panelClose')} title={t('panelClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="description">{model.description}</p>
      <div class="coverage">
        <p class="coverage__text">{t('panelMentionedIn', model.mentionedIn, model.totalSources)}</p>
        <SourceStrip chips={model.strip} />
      </div>
      <section class="section">
        <h3 class="section__title">{t('panelClaimsHeading')}</h3>
        {model.claims.length > 0 ? (
          <ShowMore
            class="claims"
            items={model.claims}
            initial={PANEL_CLAIMS_INITIAL}
            moreLabel={(n) => t('panelShowAllClaims', n)}
          >
            {(claim) => <ClaimItem key={claim.id} claim={claim} />}
          </ShowMore>
        ) : (
          <p class="empty">{t('panelNoClaims')}</p>
        )}
      </section>
      {model.quoteGroups.length > 0 ? (
        <section class="section">
          <h3 class="section__title">{t('panelQuotesHeading')}</h3>
          <ShowMore
            class="quote-groups"
            items={model.quoteGroups}
            initial={PANEL_QUOTE_GROUPS_INITIAL}
            moreLabel={(n) => t('panelShowAllQuotes', n)}
          >
            {(group) => (
              <li key={group.id}>
                <QuoteVariants group={group} />
              </li>
            )}
          </ShowMore>
        </section>
      ) : null}
      <div class="actions">
        <button type="button" class="action action--primary" onClick={() => onOpenBriefing(model.entityId)}>
          {t('panelOpenBriefing')}
        </button>
        <button type="button" class="action" onClick={onDisableSite}>
          {t('panelDisableSite')}
        </button>
      </div>
    </div>
  );
}

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Tab past the last control goes to the first, Shift+Tab before the first to the last. */
function wrapTab(event: KeyboardEvent) {
  const dialog = event.currentTarget as HTMLElement;
  const controls = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]'),
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
