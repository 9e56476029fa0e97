import type { CompiledPack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { QuoteVariants } from '../common/QuoteVariants';
import { quotesBySpeaker } from './model';

/**
 * Quotes grouped by speaker. Each group shows every wording with the sources
 * that carry it (the shared QuoteVariants marks single-source quotes).
 */
export function WhoSaidWhat({ pack }: { pack: CompiledPack }) {
  return (
    <div class="who-said-what">
      {quotesBySpeaker(pack).map(({ speaker, groups }) => (
        <section key={speaker.id} class="speaker" aria-labelledby={`speaker-${speaker.id}`}>
          <h3 id={`speaker-${speaker.id}`} class="speaker__name">
            {speaker.name}
          </h3>
          {groups.map((group) => (
            <div key={group.id} class="speaker__quote">
              <QuoteVariants group={group} />
              {group.variants.length > 1 ? (
                <p class="muted">{t('briefingWordingsDiffer', group.variants.length)}</p>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
