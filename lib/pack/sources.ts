/** Sources: seed hashes, furniture spans, verbatim titles/dates/attributions, labels. */
import type { IssueList } from './errors';
import { blankFurniture, furnitureSpans, locateVerbatim, openingWords, type SeedFile } from './seed-text';
import type { AuthoredSource, CompiledSource, SourceId, Span } from './types';

/** What later steps need to know about one seed. */
export interface SeedContext {
  id: SourceId;
  file: string;
  /** Position in the pack's source order, for stable sorting. */
  order: number;
  text: string;
  furniture: Span[];
}

export type SeedIndex = Map<SourceId, SeedContext>;

export function compileSources(
  sources: AuthoredSource[],
  seeds: Record<string, SeedFile>,
  issues: IssueList,
): { sources: CompiledSource[]; index: SeedIndex } {
  const index: SeedIndex = new Map();
  const compiled: CompiledSource[] = [];
  const files = new Set<string>();

  sources.forEach((source, i) => {
    const at = ['sources', i] as const;
    if (index.has(source.id)) issues.add('sources', [...at, 'id'], `duplicate source id "${source.id}"`);
    if (files.has(source.file)) issues.add('sources', [...at, 'file'], `seed ${source.file} is listed twice`);
    files.add(source.file);

    const seed = seeds[source.file];
    if (!seed) {
      issues.add('sources', [...at, 'file'], `no seed file seeds/${source.file}`);
      return;
    }
    if (seed.sha256 !== source.sha256) {
      issues.add(
        'sources',
        [...at, 'sha256'],
        `seed hash changed: seeds/${source.file} is ${seed.sha256}, the pack expects ${source.sha256}`,
      );
    }

    const { spans, missing } = furnitureSpans(seed.text, source.furniture);
    for (const f of missing) {
      issues.add('sources', [...at, 'furniture', f], `not found verbatim in seeds/${source.file}`);
    }
    const mustBeVerbatim = (value: string | null, path: PropertyKey[]): void => {
      if (value !== null && !seed.text.includes(value)) {
        issues.add('sources', [...at, ...path], `not found verbatim in seeds/${source.file}`);
      }
    };
    mustBeVerbatim(source.title, ['title']);
    mustBeVerbatim(source.date.text, ['date', 'text']);
    checkDateConsistency(source, i, issues);
    source.attributions.forEach((a, k) => {
      // Attributions are article text, so furniture does not count as a place for them.
      if (!locateVerbatim(seed.text, a, spans).ok) {
        issues.add('sources', [...at, 'attributions', k], `not found verbatim in the article text of seeds/${source.file}`);
      }
    });

    if (!index.has(source.id)) {
      index.set(source.id, { id: source.id, file: source.file, order: i, text: seed.text, furniture: spans });
    }
    compiled.push({
      ...source,
      label: source.title ?? openingWords(blankFurniture(seed.text, spans)),
      chars: seed.text.length,
      furnitureSpans: spans,
    });
  });
  return { sources: compiled, index };
}

/** A date kind of `none` means no text and no ISO date; any other kind needs both. */
function checkDateConsistency(source: AuthoredSource, i: number, issues: IssueList): void {
  const { kind, text, iso } = source.date;
  if (kind === 'none' && (text !== null || iso !== null)) {
    issues.add('sources', ['sources', i, 'date'], 'kind "none" must have text and iso set to null');
  }
  if (kind !== 'none' && (text === null || iso === null)) {
    issues.add('sources', ['sources', i, 'date'], `kind "${kind}" needs both the verbatim text and the iso date`);
  }
}

/** Sorts source ids into pack order and drops duplicates. */
export function inSourceOrder(ids: Iterable<SourceId>, index: SeedIndex): SourceId[] {
  return [...new Set(ids)].sort((a, b) => (index.get(a)?.order ?? 0) - (index.get(b)?.order ?? 0));
}
