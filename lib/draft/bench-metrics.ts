/**
 * Draft quality against a curated pack of the same sources: entity recall,
 * alias recall and multi-source claims aligned. Pure; the bench script prints it.
 */
import type { AuthoredPack } from '../pack/types';
import { fold, occursAsWords } from './text-utils';

export interface Ratio {
  hit: number;
  of: number;
}

export interface DraftScore {
  entityRecall: Ratio;
  /** Curated entities one of whose mentions a drafted alias would highlight (spans overlapping by half or more). */
  highlightRecall: Ratio;
  /** Drafted multi-source claims that cite the text of some curated claim in two sources or more. */
  claimPrecision: Ratio;
  aliasRecall: Ratio;
  claimsAligned: Ratio;
  /** Drafted entities that match a curated one (the rest are for the curator to drop). */
  entityPrecision: Ratio;
  missedEntities: string[];
}

const aliasTexts = (p: AuthoredPack, i: number) => p.entities[i]!.aliases.map((a) => (typeof a === 'string' ? a : a.text));

function spanOf(texts: Map<string, string>, source: string, quote: string): [number, number] | null {
  const at = texts.get(source)?.indexOf(quote) ?? -1;
  return at < 0 ? null : [at, at + quote.length];
}

/** `texts` maps source id → article text (the same ids in both packs). */
export function scoreDraft(draft: AuthoredPack, curated: AuthoredPack, texts: Map<string, string>): DraftScore {
  const drafted = new Set(draft.entities.flatMap((_, i) => aliasTexts(draft, i)).map(fold));
  const allText = [...texts.values()];
  const missed: string[] = [];
  let entityHits = 0;
  let aliasHits = 0;
  let aliasOf = 0;
  curated.entities.forEach((e, i) => {
    const inText = aliasTexts(curated, i).filter((a) => allText.some((t) => occursAsWords(t, a)));
    const found = inText.filter((a) => drafted.has(fold(a)));
    aliasOf += inText.length;
    aliasHits += found.length;
    if (found.length > 0) entityHits++;
    else missed.push(e.id);
  });
  const curatedAliases = new Set(curated.entities.flatMap((_, i) => aliasTexts(curated, i)).map(fold));
  const precise = draft.entities.filter((_, i) => aliasTexts(draft, i).some((a) => curatedAliases.has(fold(a)))).length;
  return {
    entityRecall: { hit: entityHits, of: curated.entities.length },
    aliasRecall: { hit: aliasHits, of: aliasOf },
    highlightRecall: highlightRecall(draft, curated, allText),
    claimsAligned: alignedClaims(draft, curated, texts),
    claimPrecision: alignedClaims(curated, draft, texts),
    entityPrecision: { hit: precise, of: draft.entities.length },
    missedEntities: missed,
  };
}

/**
 * A curated claim cited by two sources or more is aligned when one drafted
 * claim cites overlapping text in at least two of those same sources.
 */
function alignedClaims(draft: AuthoredPack, curated: AuthoredPack, texts: Map<string, string>): Ratio {
  const multi = curated.claims.filter((c) => new Set(c.citations.map((k) => k.source)).size >= 2);
  const hit = multi.filter((c) => draft.claims.some((d) => {
    const shared = new Set<string>();
    for (const k of c.citations) {
      const a = spanOf(texts, k.source, k.quote);
      for (const q of d.citations.filter((x) => x.source === k.source)) {
        const b = spanOf(texts, q.source, q.quote);
        if (a && b && a[0] < b[1] && b[0] < a[1]) shared.add(k.source);
      }
    }
    return shared.size >= 2;
  })).length;
  return { hit, of: multi.length };
}

function mentionSpans(texts: string[], aliases: string[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  texts.forEach((text, t) => {
    for (const a of aliases) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
      for (const m of text.matchAll(re)) out.push([t, m.index, m.index + m[0].length]);
    }
  });
  return out;
}

/** Would a reader see a highlight on the curated entity's mention? Overlap of at least half the longer span. */
function highlightRecall(draft: AuthoredPack, curated: AuthoredPack, texts: string[]): Ratio {
  const drafted = mentionSpans(texts, draft.entities.flatMap((_, i) => aliasTexts(draft, i)));
  const hit = curated.entities.filter((_, i) => mentionSpans(texts, aliasTexts(curated, i)).some(([t, s, e]) =>
    drafted.some(([dt, ds, de]) => dt === t && Math.min(e, de) - Math.max(s, ds) >= Math.max(e - s, de - ds) / 2))).length;
  return { hit, of: curated.entities.length };
}
