/**
 * Is this page about the story? A score, not a count: every entity found adds
 * evidence weighted by how specific it is to the story (the pack's
 * data/relevance.json), an alias that means something else elsewhere adds
 * less, and an entity named close to another entity adds more than the same
 * name dropped in a far corner of the page. Aliases exist in every language
 * the pack covers and weights belong to entities, not to spellings, so the
 * page's language does not change the score. See
 * docs/decisions/007-scored-relevance-and-languages.md for the model and its numbers.
 *
 * Also here: what a page judged off topic may still show ("quiet off topic"),
 * and when a lookalike alias is confirmed by its own sentence.
 *
 * Pure: no DOM, no browser.*.
 */
import type { CompiledRelevance } from '../pack/types';

export type RelevanceModel = CompiledRelevance;

/** What one match says about the topic. */
export interface Evidence {
  entityId: string;
  ambiguous: boolean;
  lookalike?: boolean;
  /** Within `closeWindowChars` of a match of another entity. */
  close?: boolean;
}

/** Points one match earns for its entity; an entity scores its best match. */
export function matchPoints(e: Evidence, model: RelevanceModel): number {
  const weight = model.weights[e.entityId] ?? 0;
  const alias = e.lookalike ? model.lookalikeFactor : e.ambiguous ? model.ambiguousFactor : 1;
  return weight * alias * (e.close ? model.closeFactor : 1);
}

/** Best points per entity, added to as matches are found. */
export class TopicTally {
  private readonly best = new Map<string, number>();
  private total = 0;
  private anchored: boolean;
  private readonly anchors: ReadonlySet<string>;

  constructor(private readonly model: RelevanceModel) {
    this.anchors = new Set(model.anchors);
    this.anchored = this.anchors.size === 0;
  }

  add(e: Evidence): void {
    // An anchor counts only through an alias that means the story's thing, not a lookalike.
    if (!this.anchored && !e.ambiguous && !e.lookalike && this.anchors.has(e.entityId)) this.anchored = true;
    const points = matchPoints(e, this.model);
    const before = this.best.get(e.entityId) ?? 0;
    if (points <= before) return;
    this.best.set(e.entityId, points);
    this.total += points - before;
  }

  get score(): number {
    return this.total;
  }

  /** Enough evidence, and some of it ties the page to the story itself (see `RelevanceModel.anchors`). */
  get onTopic(): boolean {
    return this.anchored && this.total >= this.model.threshold;
  }

  /** Entity id → points, highest first: why the page got its score. */
  points(): Array<[string, number]> {
    return [...this.best].sort((a, b) => b[1] - a[1]);
  }
}

export interface TopicScore {
  score: number;
  onTopic: boolean;
  points: Array<[string, number]>;
}

export function scoreTopic(evidence: Iterable<Evidence>, model: RelevanceModel): TopicScore {
  const tally = new TopicTally(model);
  for (const e of evidence) tally.add(e);
  return { score: tally.score, onTopic: tally.onTopic, points: tally.points() };
}

interface Placed {
  start: number;
  end: number;
  entityId: string;
}

/**
 * For matches sorted by start: is each within `window` characters of a match
 * of a different entity? Two linear passes (nearest other entity before, and
 * after), so a page with thousands of mentions pays nothing quadratic.
 */
export function closeFlags(matches: readonly Placed[], window: number): boolean[] {
  const out = matches.map(() => false);
  const pass = (order: number[], gap: (m: Placed, other: Placed) => number) => {
    let last: Placed | null = null;
    let lastOther: Placed | null = null;
    for (const i of order) {
      const m = matches[i]!;
      const other = last && last.entityId !== m.entityId ? last : lastOther;
      if (other && gap(m, other) <= window) out[i] = true;
      if (last && last.entityId !== m.entityId) lastOther = last;
      last = m;
    }
  };
  const forward = matches.map((_, i) => i);
  pass(forward, (m, before) => m.start - before.end);
  pass(forward.reverse(), (m, after) => after.start - m.end);
  return out;
}

/**
 * A sentence ends at . ! ? … followed by space and a capital, digit or quote,
 * at a line break between paragraphs, or at the scanner's block separator
 * (U+0000). "U.S. officials" does not end one; "Mr. Witkoff" does, which
 * only makes a confirmation stricter.
 */
const SENTENCE_END = /[.!?…]["'»”’)\]]*\s+(?=[\p{Lu}\p{Lt}\p{N}"'«„“‘¿¡])|\u0000|\n\s*\n/u;

/**
 * For matches sorted by start in `text`: do the other entities named in the
 * same sentence together earn at least `need` points (`pointsOf` per match,
 * each entity once, at its best)? Off topic, a lookalike ("the coalition of
 * the willing") or a bare surname lights up only when its own sentence
 * carries that much of the story. One other name is not enough: the envoys
 * also negotiate over Gaza, where a "multinational force" is another force.
 */
export function confirmedInSentence<T extends Placed>(
  text: string,
  matches: readonly T[],
  pointsOf: (m: T) => number,
  need: number,
): boolean[] {
  const out = matches.map(() => false);
  let from = 0;
  while (from < matches.length) {
    // Grow the sentence while no sentence end lies between neighbouring matches.
    let to = from + 1;
    while (to < matches.length && !SENTENCE_END.test(text.slice(matches[to - 1]!.end, matches[to]!.start))) to++;
    const best = new Map<string, number>();
    for (let j = from; j < to; j++) {
      const m = matches[j]!;
      best.set(m.entityId, Math.max(best.get(m.entityId) ?? 0, pointsOf(m)));
    }
    const total = [...best.values()].reduce((a, b) => a + b, 0);
    for (let i = from; i < to; i++) out[i] = total - (best.get(matches[i]!.entityId) ?? 0) >= need;
    from = to;
  }
  return out;
}

/** What the off-topic rule needs to know about one mention. */
export interface OffTopicCandidate {
  ambiguous: boolean;
  /** A lookalike alias or a bare surname: shows off topic only when `confirmed`. */
  needsConfirmation?: boolean;
  /** Its sentence carries enough of the story (see `confirmedInSentence`). */
  confirmed?: boolean;
  /** Its entity is in the news every day (Trump, NATO, the EU). */
  everyday: boolean;
}

/**
 * Quiet off topic: a page that is not about the story must not meet a wall of
 * highlights. Everyday entities, ambiguous aliases, and lookalikes and bare
 * surnames that their sentence does not confirm stay dark; other story
 * entities may show, at their first mention only (the caller picks the first).
 */
export function eligibleOffTopic(m: OffTopicCandidate): boolean {
  if (m.everyday || m.ambiguous) return false;
  return !m.needsConfirmation || m.confirmed === true;
}

/**
 * Off topic, which matches must be confirmed by their sentence: lookalike
 * aliases, and a person named by one word ("Kushner": the poet, the father,
 * the brother), since other people share surnames; a full name is specific.
 */
export function needsConfirmation(m: { lookalike?: boolean; text: string }, kind: string | undefined): boolean {
  return m.lookalike === true || (kind === 'person' && !/\s/u.test(m.text.trim()));
}

/** Everything the page engine decides for one text, at once: the reference the e2e tests predict with. */
export interface Verdict extends TopicScore {
  /** Per match: is it highlighted? */
  shown: boolean[];
}

/**
 * The engine's decision for `matches` (sorted, as `Matcher.findAll` returns
 * them) of one text: score, topic, and which matches show. The engine reaches
 * the same result incrementally, chunk by chunk.
 */
export function verdictFor(
  text: string,
  matches: ReadonlyArray<Placed & { ambiguous: boolean; lookalike?: boolean; text: string }>,
  model: RelevanceModel,
  everyday: ReadonlySet<string>,
  kinds: Readonly<Record<string, string>>,
): Verdict {
  const close = closeFlags(matches, model.closeWindowChars);
  const evidence = matches.map((m, i) => ({ ...m, close: close[i] }));
  const confirmed = confirmedInSentence(text, evidence, (m) => matchPoints(m, model), model.confirmPoints);
  const { score, onTopic, points } = scoreTopic(evidence, model);
  const firsts = new Set<string>();
  const shown = matches.map((m, i) => {
    if (onTopic) return true;
    if (firsts.has(m.entityId)) return false;
    const ok = eligibleOffTopic({
      ambiguous: m.ambiguous,
      needsConfirmation: needsConfirmation(m, kinds[m.entityId]),
      confirmed: confirmed[i],
      everyday: everyday.has(m.entityId),
    });
    if (ok) firsts.add(m.entityId);
    return ok;
  });
  return { score, onTopic, points, shown };
}
