/** Expectations computed from the compiled pack (never typed in). */
import { loadCompiledPack } from '../../../scripts/demo/server';

/** Entity id → mentions the pack found in the seeds' article text. */
export function expectedDemoCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entity of loadCompiledPack().entities) {
    const total = entity.mentions.reduce((sum, m) => sum + m.spans.length, 0);
    if (total > 0) counts[entity.id] = total;
  }
  return counts;
}
