/**
 * Is this page about the story? Ambiguous aliases ("Berlin", "Merz",
 * "Article 5", "referendum") mean something else on most pages, so they only
 * count once enough different entities have been found by unambiguous aliases.
 * A page about the GDPR's Article 5, or about another Merz, finds at most one
 * or two strong entities and gets no topic highlights. Entities in the news
 * every day (Trump, the EU) never count as strong: a page listing Trump
 * headlines is not about the Berlin talks.
 *
 * Pure: no DOM, no browser.*.
 */
import type { TextMatch } from './types';
import { TOPIC_MIN_STRONG_ENTITIES } from '../constants';

export interface TopicOptions {
  /** Distinct entities that must be found through unambiguous aliases. */
  minStrongEntities?: number;
  /** Entities that never count as strong (the pack's `everyday` entities). */
  everyday?: ReadonlySet<string>;
}

/** Story-specific entities found through at least one unambiguous alias. */
export function strongEntities(
  matches: Iterable<Pick<TextMatch, 'entityId' | 'ambiguous'>>,
  everyday: ReadonlySet<string> = new Set(),
): Set<string> {
  const ids = new Set<string>();
  for (const m of matches) if (!m.ambiguous && !everyday.has(m.entityId)) ids.add(m.entityId);
  return ids;
}

export function decideTopic(
  matches: Iterable<Pick<TextMatch, 'entityId' | 'ambiguous'>>,
  opts: TopicOptions = {},
): boolean {
  return strongEntities(matches, opts.everyday).size >= (opts.minStrongEntities ?? TOPIC_MIN_STRONG_ENTITIES);
}

/** Drops matches of ambiguous aliases unless the page is on topic. */
export function filterByTopic<T extends Pick<TextMatch, 'ambiguous'>>(matches: T[], onTopic: boolean): T[] {
  return onTopic ? matches : matches.filter((m) => !m.ambiguous);
}
