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

export interface TopicInputs {
  relevance: RelevanceModel;
  everydayEntities?: ReadonlySet<string>;
  kinds: Record<string, EntityKind>;
}

export class PageTopic {
  /** Settled by `settle`; during a pass it only turns on (the score only grows). */
  onTopic = false;
  private tally: TopicTally;
  /** Off topic, each entity shows at most its first eligible mention (quiet off topic). */
  private readonly firsts = new Map<string, PageMention>();

  constructor(private readonly inputs: () => TopicInputs) {
    this.tally = new TopicTally(inputs().relevance);
  }

  get score(): number {
    return this.tally.score;
  }

  /** Whether the topic lets `m` show (kinds are the engine's business). */
  shows(m: PageMention): boolean {
    return this.onTopic || this.firsts.get(m.entityId) === m;
  }

  /** Adds mentions (in document order) to the score; true when this turned the page on topic. */
  weigh(list: readonly PageMention[]): boolean {
    for (const m of list) {
      this.tally.add(m);
      if (!this.firsts.has(m.entityId) && this.eligible(m)) this.firsts.set(m.entityId, m);
    }
    if (this.onTopic || !this.tally.onTopic) return false;
    this.onTopic = true;
    return true;
  }

  /** Decides again over every mention on the page (after a pass, or mentions dropped). */
  settle(found: readonly PageMention[]): void {
    this.reset();
    this.weigh(found);
    this.onTopic = this.tally.onTopic;
  }

  reset(): void {
    this.tally = new TopicTally(this.inputs().relevance);
    this.firsts.clear();
    this.onTopic = false;
  }

  /** A chunk's matches as mentions, with what relevance needs: closeness and sentence confirmation. */
  mentionsOf(chunk: ScanChunk, matches: TextMatch[]): PageMention[] {
    const { relevance, kinds } = this.inputs();
    const close = closeFlags(matches, relevance.closeWindowChars);
    // Most chunks hold no lookalike and no bare surname: then no sentence is looked at.
    const confirmed = matches.some((m) => needsConfirmation(m, kinds[m.entityId]))
      ? confirmedInSentence(chunk.text, matches.map((m, i) => ({ ...m, close: close[i] })), (m) => matchPoints(m, relevance), relevance.confirmPoints)
      : null;
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
      m.confirmed = confirmed?.[k] ?? false;
      fresh.push(m);
    }
    return fresh;
  }

  private everyday(id: string): boolean {
    return this.inputs().everydayEntities?.has(id) ?? false;
  }

  private eligible(m: PageMention): boolean {
    return eligibleOffTopic({ ambiguous: m.ambiguous, needsConfirmation: m.needsConfirmation, confirmed: m.confirmed, everyday: this.everyday(m.entityId) });
  }
}
