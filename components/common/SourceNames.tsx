import type { CompiledSource } from '../../lib/pack/types';
import { sourceCount } from '../../lib/i18n';

/** "2 sources: Label A · Label B"; long labels are cut visually, never for assistive tech. */
export function SourceNames({ sources }: { sources: readonly CompiledSource[] }) {
  return (
    <p class="sources">
      <span class="sources__count">{sourceCount(sources.length)}</span>
      {sources.map((s) => (
        <span key={s.id} class="sources__name" title={s.label}>
          {s.label}
        </span>
      ))}
    </p>
  );
}
