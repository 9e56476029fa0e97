/**
 * The real pack, checked independently of compile.ts: every citation is
 * re-found in its seed, and every count is recomputed here from the citations.
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../lib/pack/types';
import { build, loadAuthored, seeds } from './load';

const authored = loadAuthored();
const pack = build(authored);
const order = new Map(authored.sources.map((s, i) => [s.id, i]));
const textOf = (sourceId: string): string => {
  const file = authored.sources.find((s) => s.id === sourceId)!.file;
  return seeds[file]!.text;
};
const furnitureOf = (sourceId: string): Span[] => pack.sources.find((s) => s.id === sourceId)!.furnitureSpans;
const inFurniture = (sourceId: string, [a, b]: Span): boolean =>
  furnitureOf(sourceId).some(([fa, fb]) => a < fb && fa < b);
const uniqueInOrder = (ids: string[]): string[] =>
  [...new Set(ids)].sort((x, y) => order.get(x)! - order.get(y)!);

describe('the authored pack', () => {
  it('has the size the issue asks for', () => {
    expect(pack.sources).toHaveLength(5);
    expect(pack.entities.length).toBeGreaterThanOrEqual(35);
    expect(pack.entities.length).toBeLessThanOrEqual(45);
    expect(pack.claims.length).toBeGreaterThanOrEqual(45);
  });

  it.each([
    'trump', 'zelenskyy', 'putin', 'witkoff', 'kushner', 'merz', 'umerov', 'peskov', 'starmer', 'macron',
    'donbas', 'donetsk-region', 'zaporizhzhia-plant', 'berlin', 'miami',
    'nato', 'eu', 'kremlin', 'us-congress', 'coalition-of-the-willing',
    'article-5-like-guarantees', 'security-guarantees', 'multinational-force', 'ceasefire-monitoring',
    'free-economic-zone', 'demilitarised-zone', 'territorial-concessions', 'referendum',
    'frozen-russian-assets', 'eu-accession', 'christmas-truce',
    'troops-800000', 'ninety-percent', 'plan-28-point', 'five-documents', 'joint-statement', 'berlin-talks',
  ])('has the entity %s', (id) => {
    expect(pack.entities.map((e) => e.id)).toContain(id);
  });

  it('cites only verbatim article text, at the computed offsets', () => {
    for (const claim of pack.claims) {
      expect(claim.citations).toHaveLength(authored.claims.find((c) => c.id === claim.id)!.citations.length);
      for (const c of claim.citations) {
        const text = textOf(c.source);
        expect(text.slice(c.span[0], c.span[1]), `${claim.id} in ${c.source}`).toBe(c.quote);
        expect(inFurniture(c.source, c.span), `${claim.id} cites furniture`).toBe(false);
        if (c.position) expect(c.quote).toContain(c.position);
      }
    }
  });

  it('quotes named people verbatim', () => {
    for (const group of pack.quotes) {
      for (const v of group.variants) {
        for (const { source, span } of v.spans) {
          expect(textOf(source).slice(span[0], span[1]), group.id).toBe(v.text);
        }
      }
    }
  });

  // A citation's span is the passage's first occurrence in the article text; a
  // passage found twice might be pinned to the wrong one, so repeats must be known.
  it('cites passages that occur once in their seed, or are known repeats', () => {
    const knownRepeats = new Set(['trump-closer-now s003 closer now than we have been ever']);
    const count = (text: string, quote: string): number => text.split(quote).length - 1;
    for (const claim of pack.claims) {
      for (const c of claim.citations) expect(count(textOf(c.source), c.quote), `${claim.id} ${c.quote}`).toBe(1);
    }
    for (const group of pack.quotes) {
      for (const v of group.variants) {
        for (const source of v.sourceIds) {
          if (knownRepeats.has(`${group.id} ${source} ${v.text}`)) continue;
          expect(count(textOf(source), v.text), `${group.id} ${v.text}`).toBe(1);
        }
      }
    }
  });

  it('finds every entity in at least one seed through its aliases, never in furniture', () => {
    for (const e of pack.entities) {
      expect(e.sourceIds.length, `${e.id} is never mentioned`).toBeGreaterThan(0);
      for (const m of e.mentions) {
        for (const span of m.spans) {
          expect(textOf(m.source).slice(span[0], span[1]).trim(), e.id).not.toBe('');
          expect(inFurniture(m.source, span), `${e.id} mention in furniture`).toBe(false);
        }
      }
    }
  });

  it('computes each claim\'s sources and status from its citations', () => {
    for (const authoredClaim of authored.claims) {
      const claim = pack.claims.find((c) => c.id === authoredClaim.id)!;
      const sources = uniqueInOrder(authoredClaim.citations.map((c) => c.source));
      const positions = new Set(authoredClaim.citations.map((c) => c.position).filter(Boolean));
      const status = positions.size >= 2 ? 'differs' : sources.length >= 2 ? 'agreed' : 'single-source';
      expect(claim.sourceIds, claim.id).toEqual(sources);
      expect(claim.sourceCount, claim.id).toBe(sources.length);
      expect(claim.status, claim.id).toBe(status);
      const sideSources = claim.sides.flatMap((s) => s.sourceIds);
      if (status === 'differs') expect(uniqueInOrder(sideSources), claim.id).toEqual(sources);
    }
  });

  it('computes summary sources from the claims each line cites', () => {
    const s = pack.summary;
    for (const item of [s.headline, ...s.keyPoints, ...s.agreements, ...s.differences, ...s.openQuestions]) {
      const sources = uniqueInOrder(item.claims.flatMap((id) => pack.claims.find((c) => c.id === id)!.sourceIds));
      expect(item.sourceIds, item.label).toEqual(sources);
      expect(item.sourceCount).toBe(sources.length);
    }
    for (const d of s.differences) expect(d.sides.length, d.label).toBeGreaterThanOrEqual(2);
    expect(s.dateRange).toEqual({ from: '2025-12-16', to: '2026-02-06' });
  });

  it('orders each entity\'s claims most-supported first', () => {
    for (const e of pack.entities) {
      const counts = e.claimIds.map((id) => pack.claims.find((c) => c.id === id)!.sourceCount);
      expect(counts, e.id).toEqual([...counts].sort((a, b) => b - a));
      const about = pack.claims.filter((c) => c.entities.includes(e.id)).map((c) => c.id);
      expect([...e.claimIds].sort(), e.id).toEqual(about.sort());
    }
  });

  it('models the known conflicts between the seeds', () => {
    const sides = (id: string) =>
      Object.fromEntries(pack.claims.find((c) => c.id === id)!.sides.map((s) => [s.position, s.sourceIds]));
    expect(sides('troops-800000')).toEqual({ 'around 800,000': ['s001', 's002'], 'up to 800,000': ['s003'] });
    expect(sides('ratification-body')).toEqual({ 'US Senate': ['s000'], 'US Congress': ['s001'] });
    expect(sides('merz-guarantees-word')).toEqual({ considerable: ['s002'], substantial: ['s003'] });
    expect(sides('free-economic-zone-wording')).toEqual({
      'free economic zone': ['s001', 's003'],
      'economic free zone': ['s004'],
    });
  });

  it('labels sources by title, else by their opening words', () => {
    expect(pack.sources.map((s) => s.label)).toEqual([
      "Trump Declares Ukraine-Russia Peace Deal 'Closer Than Ever' Amid Berlin Talks",
      'Trump Says Ukraine Peace Deal Is “Closer Than Ever” — But Is It?',
      'US President Donald Trump has said an agreement to end…',
      'A PEACE deal to end the bloody war in Ukraine…',
      'US President Donald Trump has said that the end of…',
    ]);
  });
});
