/**
 * The page's topic as the engine scans it: the relevance score so far, and
 * which mentions a page judged off topic still shows (each story entity's
 * first eligible mention). The rules themselves are pure and live in
 * lib/match/relevance.ts; this keeps their state for one page.
 */
import { closeFlags, confirmedInSentence, eligibleOffTopic, matchPoints, needsConfirmation, TopicTally, type RelevanceModel } from '../lib/match/relevance';
import type { TextMatch } from '../lib/match/types';
import type { EntityKind } from '../lib/pack/types';
import { locate } from './locate';
import { PageMention } from './renderers/types';
import type { ScanChunk } from './scan';

/** One story's part of the decision (several stories may be enabled at once). */
export interface StoryTopicInputs {
  id: string;
  relevance: RelevanceModel;
  everydayEntities?: ReadonlySet<string>;
}

export interface TopicInputs {
  relevance: RelevanceModel;
  everydayEntities?: ReadonlySet<string>;
  kinds: Record<string, EntityKind>;
  /**
   * Every enabled story, each decided on its own (entity ids unique across
   * stories). Absent: one story, `relevance` and `everydayEntities`.
   */
  stories?: readonly StoryTopicInputs[];
}

/** One story's score and first mentions on this page. */
class StoryTally {
  readonly tally: TopicTally;
  /** Off topic, each entity shows at most its first eligible mention (quiet off topic). */
  readonly firsts = new Map<string, PageMention>();
  constructor(readonly inputs: StoryTopicInputs) {
    this.tally = new TopicTally(inputs.relevance);
  }
}

export class PageTopic {
  /** Settled by `settle`; during a pass it only turns on (the scores only grow). */
  onTopic = false;
  private tallies: StoryTally[] = [];
  /** Entity id → index of its story in `tallies`. */
  private owner = new Map<string, number>();

  constructor(private readonly inputs: () => TopicInputs) {
    this.reset();
  }

  /** The best story's score. */
  get score(): number {
    return Math.max(0, ...this.tallies.map((t) => t.tally.score));
  }

  /** Ids of the stories the page is on topic for, highest score first. */
  stories(): string[] {
    return this.tallies
      .filter((t) => t.tally.onTopic)
      .sort((a, b) => b.tally.score - a.tally.score)
      .map((t) => t.inputs.id);
  }

  /** Whether the topic lets `m` show (kinds are the engine's business). */
  shows(m: PageMention): boolean {
    return this.storiesOf(m).some(([t, id]) => t.tally.onTopic || t.firsts.get(id) === m);
  }

  /** Adds mentions (in document order) to the scores; true when this turned the page on topic. */
  weigh(list: readonly PageMention[]): boolean {
    for (const m of list) {
      for (const [t, entityId] of this.storiesOf(m)) {
        t.tally.add(entityId === m.entityId ? m : { ...evidenceOf(m), entityId });
        if (!t.firsts.has(entityId) && this.eligible(t, m, entityId)) t.firsts.set(entityId, m);
      }
    }
    if (this.onTopic || !this.tallies.some((t) => t.tally.onTopic)) return false;
    this.onTopic = true;
    return true;
  }

  /** Decides again over every mention on the page (after a pass, or mentions dropped). */
  settle(found: readonly PageMention[]): void {
    this.reset();
    this.weigh(found);
    this.onTopic = this.tallies.some((t) => t.tally.onTopic);
  }

  reset(): void {
    const inputs = this.inputs();
    const stories = inputs.stories ?? [{ id: '', relevance: inputs.relevance, ...(inputs.everydayEntities ? { everydayEntities: inputs.everydayEntities } : {}) }];
    this.tallies = stories.map((s) => new StoryTally(s));
    this.owner = new Map();
    this.tallies.forEach((t, i) => {
      for (const id of Object.keys(t.inputs.relevance.weights)) this.owner.set(id, i);
      for (const id of t.inputs.everydayEntities ?? []) this.owner.set(id, i);
    });
    this.onTopic = false;
  }

  /** The stories a mention counts for, with the entity it names in each (its own, and its twins'). */
  private storiesOf(m: PageMention): Array<[StoryTally, string]> {
    // One story, no twins: the common case, without a search per mention.
    if (this.tallies.length === 1 && !m.also) return [[this.tallies[0]!, m.entityId]];
    const out: Array<[StoryTally, string]> = [];
    for (const id of m.also ? [m.entityId, ...m.also] : [m.entityId]) {
      const t = this.tallies[this.owner.get(id) ?? (this.tallies.length === 1 ? 0 : -1)];
      if (t) out.push([t, id]);
    }
    return out;
  }

  /** A chunk's matches as mentions, with what relevance needs: closeness and sentence confirmation. */
  mentionsOf(chunk: ScanChunk, matches: TextMatch[]): PageMention[] {
    const { kinds } = this.inputs();
    const close = matches.map(() => false);
    const confirmed = matches.map(() => false);
    // Each story judges closeness and confirmation among its own entities.
    this.tallies.forEach((t, s) => {
      const own = this.tallies.length === 1 ? matches.map((_, i) => i) : matches.flatMap((m, i) => (this.owner.get(m.entityId) === s ? [i] : []));
      if (own.length === 0) return;
      const subset = own.map((i) => matches[i]!);
      const relevance = t.inputs.relevance;
      const near = closeFlags(subset, relevance.closeWindowChars);
      // Most chunks hold no lookalike and no bare surname: then no sentence is looked at.
      const sure = subset.some((m) => needsConfirmation(m, kinds[m.entityId]))
        ? confirmedInSentence(chunk.text, subset.map((m, k) => ({ ...m, close: near[k] })), (m) => matchPoints(m, relevance), relevance.confirmPoints)
        : null;
      own.forEach((i, k) => {
        close[i] = near[k] ?? false;
        confirmed[i] = sure?.[k] ?? false;
      });
    });
    const fresh: PageMention[] = [];
    let k = 0;
    for (const { match, at } of locate(chunk, matches)) {
      while (matches[k] !== match) k++;
      const kind = kinds[match.entityId];
      if (!kind) continue;
      const m = new PageMention(match.entityId, match.text, kind, match.ambiguous, at);
      m.close = close[k] ?? false;
      m.lookalike = match.lookalike === true;
      m.needsConfirmation = needsConfirmation(match, kind);
      m.confirmed = confirmed[k] ?? false;
      if (match.also) m.also = match.also;
      fresh.push(m);
    }
    return fresh;
  }

  private eligible(t: StoryTally, m: PageMention, entityId: string): boolean {
    const everyday = t.inputs.everydayEntities?.has(entityId) ?? false;
    return eligibleOffTopic({ ambiguous: m.ambiguous, needsConfirmation: m.needsConfirmation, confirmed: m.confirmed, everyday });
  }
}

/** A mention's evidence, for the tally of a twin's story. */
function evidenceOf(m: PageMention) {
  return { ambiguous: m.ambiguous, lookalike: m.lookalike, close: m.close };
}
