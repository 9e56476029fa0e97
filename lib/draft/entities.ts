/**
 * Entity candidates: merged names plus recurring concepts and figures, each
 * with aliases that occur in some article, and no alias given to two entities.
 */
import type { EntityKind } from '../pack/types';
import type { NameGroup } from './merge';
import type { PhraseGroup } from './phrases';
import { fold, kebab, occursAsWords, uniqueId } from './text-utils';
import type { Article, DraftEntity } from './types';

/** Names seen once, in one source, with no kind from the tagger, are mostly headings and noise. */
function keepName(g: NameGroup): boolean {
  return g.kind !== null || g.sources.length >= 2 || g.mentions >= 2 || g.cores.some((c) => c.includes(' '));
}

export function draftEntities(names: NameGroup[], phrases: PhraseGroup[], articles: Article[]): DraftEntity[] {
  const taken = new Set<string>();
  const owner = new Map<string, DraftEntity>();
  const out: DraftEntity[] = [];
  const nameKeys = new Set(names.flatMap((g) => g.surfaces.map(fold)));
  const candidates: Array<{ name?: string; kind: EntityKind; surfaces: string[]; sources: string[]; weight: number; notes: string[] }> = [
    ...names.filter(keepName).map((g) => ({
      name: g.name,
      kind: g.kind ?? ('concept' as const),
      surfaces: g.surfaces,
      sources: g.sources,
      weight: g.mentions,
      notes: g.kind === null || g.kindGuessed ? ['kind guessed: the tagger did not say'] : [],
    })),
    // A phrase that is also a name ("Oval Office") is already there.
    ...phrases.filter((p) => !p.surfaces.some((s) => nameKeys.has(fold(s)))).map((p) => ({
      kind: p.kind, surfaces: p.surfaces, sources: p.sources, weight: p.mentions, notes: [] as string[],
    })),
  ];
  // Most-mentioned first, so a shared alias stays with the entity that uses it most.
  candidates.sort((a, b) => b.sources.length - a.sources.length || b.weight - a.weight);
  for (const c of candidates) {
    const aliases: string[] = [];
    const notes = [...c.notes];
    for (const s of c.surfaces) {
      const key = fold(s);
      if (aliases.some((a) => fold(a) === key)) continue;
      if (!articles.some((a) => occursAsWords(a.text, s))) continue;
      const other = owner.get(key);
      if (other) {
        notes.push(`alias "${s}" left to "${other.id}", which also uses it`);
        continue;
      }
      aliases.push(s);
    }
    if (aliases.length === 0) continue;
    const name = (c.name && aliases.includes(c.name) ? c.name : undefined) ?? [...aliases].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)
      .find((a) => a.split(' ').length <= 4) ?? aliases[0]!;
    const entity: DraftEntity = {
      id: uniqueId(kebab(name), taken),
      kind: c.kind,
      name: name.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase()),
      aliases,
      sourceIds: c.sources,
      notes,
    };
    for (const a of aliases) owner.set(fold(a), entity);
    out.push(entity);
  }
  return out;
}

function spansOf(text: string, alias: string): Array<[number, number]> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Drops entities the matcher would never highlight. It scans left to right and
 * takes the longest alias at each point, so "Line Gets…" loses to "Tram Line"
 * that starts earlier, and "World War" to "Second World War". This replays that
 * scan over every article, drops entities left with no match, and repeats
 * until nothing changes (a dropped entity frees its text for the others).
 */
export function dropShadowed(entities: DraftEntity[], articles: Article[]): { kept: DraftEntity[]; shadowed: string[] } {
  let kept = entities;
  for (;;) {
    const matched = new Set<DraftEntity>();
    for (const a of articles) {
      const hits = kept.flatMap((e) => e.aliases.flatMap((alias) => spansOf(a.text, alias).map(([s, t]) => ({ e, s, t }))));
      hits.sort((x, y) => x.s - y.s || y.t - x.t);
      let end = -1;
      for (const h of hits) {
        if (h.s < end) continue;
        matched.add(h.e);
        end = h.t;
      }
    }
    if (matched.size === kept.length) break;
    kept = kept.filter((e) => matched.has(e));
  }
  return { kept, shadowed: entities.filter((e) => !kept.includes(e)).map((e) => e.name) };
}
