import type { SideView } from '../../lib/pack/lookup';
import { sourceCount } from '../../lib/i18n';

/** Where sources differ, each position next to the other with how many sources give it. */
export function DiffersSides({ sides }: { sides: readonly SideView[] }) {
  return (
    <ul class="sides">
      {sides.map((side) => (
        <li key={side.position} class="side">
          <span class="side__position">{side.position}</span>
          <span class="side__count" title={side.sources.map((s) => s.label).join(' · ')}>
            {sourceCount(side.sources.length)}
          </span>
        </li>
      ))}
    </ul>
  );
}
