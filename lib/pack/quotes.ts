/** Quote groups: one named person's words, with each source's wording. */
import type { IssueList } from './errors';
import { inSourceOrder, type SeedIndex } from './sources';
import type { AuthoredQuoteGroup, CompiledQuoteGroup, CompiledQuoteVariant, EntityId } from './types';
import { verifyQuote } from './verify';

export function compileQuotes(
  groups: AuthoredQuoteGroup[],
  entityIds: ReadonlySet<EntityId>,
  index: SeedIndex,
  issues: IssueList,
): CompiledQuoteGroup[] {
  const seen = new Set<string>();
  return groups.map((group, i) => {
    const at = ['quotes', i] as const;
    if (seen.has(group.id)) issues.add('quotes', [...at, 'id'], `duplicate quote group id "${group.id}"`);
    seen.add(group.id);
    if (!entityIds.has(group.speaker)) {
      issues.add('quotes', [...at, 'speaker'], `unknown entity id "${group.speaker}"`);
    }

    // Identical wording from several sources is one variant carried by all of them.
    const byText = new Map<string, CompiledQuoteVariant>();
    group.variants.forEach((v, k) => {
      const span = verifyQuote(index, v.source, v.quote, 'quotes', [...at, 'variants', k], issues);
      if (!span) return;
      const variant = byText.get(v.quote) ?? { text: v.quote, sourceIds: [], spans: [] };
      if (variant.sourceIds.includes(v.source)) {
        issues.add('quotes', [...at, 'variants', k], `the same wording from ${v.source} is listed twice`);
        return;
      }
      variant.sourceIds = inSourceOrder([...variant.sourceIds, v.source], index);
      variant.spans.push({ source: v.source, span });
      byText.set(v.quote, variant);
    });

    const variants = [...byText.values()];
    const sourceIds = inSourceOrder(variants.flatMap((v) => v.sourceIds), index);
    return {
      id: group.id,
      speaker: group.speaker,
      label: group.label,
      variants,
      sourceIds,
      sourceCount: sourceIds.length,
      singleSource: sourceIds.length < 2,
    };
  });
}
