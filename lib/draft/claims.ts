/**
 * Claims from aligned sentences: each group becomes a claim citing every
 * sentence verbatim; numbers, or the wording of a quoted remark, that differ
 * between its citations are flagged "sources differ" with each source's
 * figure or wording as its position. Entities that no
 * aligned claim covers get a single-source claim from their first mention, so
 * every entity has a claim behind its description.
 */
import { fold, kebab, occursAsWords, uniqueId } from './text-utils';
import type { DraftClaim, DraftEntity, Sentence } from './types';

const FIGURE = /[£$€]\s?\d+(?:[.,]\d+)?(?:\s?(?:million|billion|bn|m)\b)?|\d{1,3}(?:[,.]\d{3})+(?:\s?(?:%|per ?cent|percent))?|\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)/giu;

function entitiesIn(text: string, entities: DraftEntity[]): string[] {
  return entities.filter((e) => e.aliases.some((a) => occursAsWords(text, a))).map((e) => e.id);
}

function draftLabel(text: string): string {
  const words = text.replace(/["“”]/g, '').trim().split(/\s+/).slice(0, 10).join(' ');
  return `DRAFT: ${words.replace(/[.,;:]$/, '')}…`;
}

const normFigure = (f: string) => f.replace(/[,.\s]/g, '').replace(/percent|per ?cent/i, '%');

/** Each citation's first figure; a claim differs when every citation has one and they are not all the same. */
function figurePositions(group: Sentence[]): string[] | null {
  const firsts = group.map((s) => (s.text.match(FIGURE) ?? [])[0]);
  if (firsts.some((f) => f === undefined)) return null;
  return new Set(firsts.map((f) => normFigure(f!))).size >= 2 ? (firsts as string[]) : null;
}

/** Figures that some citations give and others do not, or give differently: for the curator to judge. */
function figureNote(group: Sentence[]): string | undefined {
  const per = group.map((s) => ({ source: s.source, figures: (s.text.match(FIGURE) ?? []).map(normFigure) }));
  const all = new Set(per.flatMap((p) => p.figures));
  const uneven = [...all].filter((f) => per.some((p) => !p.figures.includes(f)));
  if (uneven.length === 0 || per.every((p) => p.figures.length === 0)) return undefined;
  return per.map((p) => `${p.source}: ${p.figures.join(', ') || 'no figure'}`).join('; ');
}

const QUOTED = /[“"]([^“”"]{3,160})[”"]/gu;

/**
 * Each citation's first quoted passage, when every citation quotes one and the
 * wordings are not all the same (after folding case and quote marks): sources
 * that report one remark in different words.
 */
function wordingPositions(group: Sentence[]): string[] | null {
  const firsts = group.map((s) => [...s.text.matchAll(QUOTED)][0]?.[1]);
  if (firsts.some((f) => f === undefined)) return null;
  const norm = (f: string) => fold(f).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const distinct = [...new Set(firsts.map((f) => norm(f!)))];
  if (distinct.length < 2) return null;
  // Two wordings of one remark share most words; two different remarks do not.
  const words = distinct.map((d) => new Set(d.split(' ')));
  const alike = words.every((a, i) => words.every((b, j) => i === j ||
    [...a].filter((w) => b.has(w)).length >= 0.5 * Math.min(a.size, b.size)));
  return alike ? (firsts as string[]) : null;
}

export function draftClaims(groups: Sentence[][], singles: Sentence[], entities: DraftEntity[]): DraftClaim[] {
  const taken = new Set<string>();
  const claims: DraftClaim[] = groups.map((group) => {
    const figures = figurePositions(group);
    const positions = figures ?? wordingPositions(group);
    const axis = figures ? ('number' as const) : ('word' as const);
    const text = group.map((s) => s.text).join(' ');
    return {
      id: uniqueId(kebab(group[0]!.text.split(/\s+/).slice(0, 6).join(' ')), taken),
      label: draftLabel(group[0]!.text),
      citations: group.map((s, k) => ({ source: s.source, quote: s.text, ...(positions ? { position: positions[k]! } : {}) })),
      entities: entitiesIn(text, entities),
      ...(positions ? { differsOn: axis } : {}),
      ...(!figures && figureNote(group) ? { figureNote: figureNote(group) } : {}),
    };
  });
  for (const entity of entities) {
    if (claims.some((c) => c.entities.includes(entity.id))) continue;
    const first = singles.find((s) => entity.aliases.some((a) => occursAsWords(s.text, a)));
    if (!first) continue;
    claims.push({
      id: uniqueId(kebab(`${entity.id} mention`), taken),
      label: draftLabel(first.text),
      citations: [{ source: first.source, quote: first.text }],
      entities: entitiesIn(first.text, entities),
    });
  }
  return claims;
}
