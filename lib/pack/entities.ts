/** Entities: alias rules, and mentions found in the seeds by the injected matcher. */
import { canonical } from '../match/normalize';
import type { MatcherAlias, TextMatch } from '../match/types';
import type { IssueList } from './errors';
import { blankFurniture, overlapsAny } from './seed-text';
import { inSourceOrder, type SeedIndex } from './sources';
import type { AuthoredAlias, AuthoredEntity, CompiledAlias, CompiledEntity, EntityId, Span } from './types';

/** The matcher is injected so the pack does not depend on how matching is done. */
export type MatcherFactory = (
  aliases: MatcherAlias[],
  options?: { notMatching?: Array<{ entityId: EntityId; text: string }> },
) => { findAll(text: string): TextMatch[] };

type ResolvedAlias = Required<Omit<AuthoredAlias, 'endings'>> & Pick<AuthoredAlias, 'endings'>;

export function toAlias(alias: string | AuthoredAlias): ResolvedAlias {
  return typeof alias === 'string'
    ? { text: alias, caseSensitive: false, ambiguous: false, wins: false, lookalike: false }
    : {
        text: alias.text,
        caseSensitive: alias.caseSensitive ?? false,
        ambiguous: alias.ambiguous ?? false,
        wins: alias.wins ?? false,
        lookalike: alias.lookalike ?? false,
        ...(alias.endings ? { endings: alias.endings } : {}),
      };
}

/** What the compiled pack keeps of an alias: optional flags only when set, so the tables stay small. */
function compiledAlias({ text, caseSensitive, ambiguous, endings, lookalike }: ResolvedAlias): CompiledAlias {
  return { text, caseSensitive, ambiguous, ...(endings ? { endings } : {}), ...(lookalike ? { lookalike } : {}) };
}

/**
 * Whether the matcher would find the same page text for both aliases. Uses the
 * matcher's own canonical form (dashes, quotes, spaces folded); two
 * case-sensitive aliases differing only in case ("NATO", "Nato") are distinct.
 */
export function sameSurface(a: CompiledAlias, b: CompiledAlias): boolean {
  // Accent-only variants ("Berlin", "Berlín") are distinct aliases: each widens the pattern.
  if (a.caseSensitive && b.caseSensitive) return canonical(a.text, true, false) === canonical(b.text, true, false);
  return canonical(a.text, false, false) === canonical(b.text, false, false);
}

interface AliasRef {
  entityIndex: number;
  aliasIndex: number;
  alias: ResolvedAlias;
}

/**
 * Checks ids and alias sharing. Returns, per entity, the aliases it keeps:
 * a shared alias goes only to the entity marking `wins`.
 */
export function resolveAliases(entities: AuthoredEntity[], issues: IssueList): CompiledAlias[][] {
  const refs: AliasRef[] = [];
  const seen = new Set<EntityId>();
  entities.forEach((entity, i) => {
    if (seen.has(entity.id)) issues.add('entities', ['entities', i, 'id'], `duplicate entity id "${entity.id}"`);
    seen.add(entity.id);
    entity.aliases.map(toAlias).forEach((alias, k) => refs.push({ entityIndex: i, aliasIndex: k, alias }));
  });

  // Bucket by folded form first so the pairwise check stays small.
  const buckets = new Map<string, AliasRef[]>();
  for (const ref of refs) {
    const key = canonical(ref.alias.text, false);
    buckets.set(key, [...(buckets.get(key) ?? []), ref]);
  }
  const losers = new Set<AliasRef>();
  for (const bucket of buckets.values()) {
    for (const [n, ref] of bucket.entries()) {
      const same = bucket.filter((other) => sameSurface(ref.alias, other.alias));
      const earlierTwin = bucket.slice(0, n).find((o) => o.entityIndex === ref.entityIndex && sameSurface(o.alias, ref.alias));
      if (earlierTwin) {
        const id = entities[ref.entityIndex]?.id;
        issues.add('entities', ['entities', ref.entityIndex, 'aliases', ref.aliasIndex], `alias "${ref.alias.text}" is listed twice for "${id}"`);
        continue;
      }
      const owners = new Set(same.map((o) => o.entityIndex));
      if (owners.size < 2) continue;
      const winners = same.filter((o) => o.alias.wins);
      if (winners.length === 1) {
        if (!ref.alias.wins) losers.add(ref);
        continue;
      }
      const names = [...owners].map((i) => `"${entities[i]?.id}"`).join(', ');
      issues.add(
        'entities',
        ['entities', ref.entityIndex, 'aliases', ref.aliasIndex],
        `alias "${ref.alias.text}" is shared by ${names}; exactly one must mark wins: true (found ${winners.length})`,
      );
    }
  }

  return entities.map((_, i) =>
    refs
      .filter((r) => r.entityIndex === i && !losers.has(r))
      .map(({ alias }) => compiledAlias(alias)),
  );
}

/**
 * Mentions of every entity in every seed's article text. All aliases count,
 * ambiguous ones included: the seeds are all on this story.
 */
export function findMentions(
  entities: AuthoredEntity[],
  aliases: CompiledAlias[][],
  index: SeedIndex,
  makeMatcher: MatcherFactory,
): Map<EntityId, CompiledEntity['mentions']> {
  const flat: MatcherAlias[] = entities.flatMap((e, i) =>
    (aliases[i] ?? []).map((a) => ({ entityId: e.id, ...a })),
  );
  const notMatching = entities.flatMap((e) => (e.notMatching ?? []).map((text) => ({ entityId: e.id, text })));
  const matcher = makeMatcher(flat, { notMatching });
  const mentions = new Map<EntityId, CompiledEntity['mentions']>(entities.map((e) => [e.id, []]));

  for (const seed of index.values()) {
    const text = blankFurniture(seed.text, seed.furniture);
    // Filtered here too, so a factory that ignores `notMatching` still gets it right.
    const excluded = exclusionsByEntity(entities, text);
    const spansByEntity = new Map<EntityId, Span[]>();
    for (const m of matcher.findAll(text)) {
      const span: Span = [m.start, m.end];
      if (overlapsAny(span, seed.furniture) || overlapsAny(span, excluded.get(m.entityId) ?? [])) continue;
      const list = spansByEntity.get(m.entityId) ?? [];
      list.push(span);
      spansByEntity.set(m.entityId, list);
    }
    for (const [entityId, spans] of spansByEntity) {
      spans.sort((a, b) => a[0] - b[0]);
      mentions.get(entityId)?.push({ source: seed.id, spans });
    }
  }
  for (const list of mentions.values()) list.sort((a, b) => order(a.source) - order(b.source));
  return mentions;

  function order(id: string): number {
    return index.get(id)?.order ?? 0;
  }
}

/** Spans of each entity's `notMatching` phrases (case-insensitive), where its aliases do not count. */
function exclusionsByEntity(entities: AuthoredEntity[], text: string): Map<EntityId, Span[]> {
  const out = new Map<EntityId, Span[]>();
  for (const e of entities) {
    const spans = (e.notMatching ?? []).flatMap((phrase) => findInsensitive(text, phrase));
    if (spans.length > 0) out.set(e.id, spans);
  }
  return out;
}

/** A regex keeps offsets exact where lower-casing would change a string's length. */
function findInsensitive(text: string, phrase: string): Span[] {
  const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  return [...text.matchAll(pattern)].map((m): Span => [m.index, m.index + m[0].length]);
}

export function mentionSourceIds(mentions: CompiledEntity['mentions'], index: SeedIndex): string[] {
  return inSourceOrder(
    mentions.filter((m) => m.spans.length > 0).map((m) => m.source),
    index,
  );
}
