/**
 * compilePack takes its matcher as a parameter: any factory with `findAll`
 * works, and the pack's own rules (furniture, notMatching) hold regardless.
 */
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { loadAuthored, seeds } from './load';
import { simpleMatcher } from './simple-matcher';

const authored = loadAuthored();
const s002 = authored.sources[2]!;

describe('compilePack with an injected matcher', () => {
  it('compiles the real pack with a minimal test matcher', () => {
    const pack = compilePack(authored, seeds, simpleMatcher);
    expect(pack.entities.every((e) => e.sourceIds.length > 0)).toBe(true);
  });

  it('drops notMatching phrases even when the matcher ignores them', () => {
    const seed = seeds[s002.file]!;
    const text = `${seed.text}\nKushner Companies owns buildings.`;
    // The hash is the caller's business: hand in the authored one so only the text differs.
    const changed = { ...seeds, [s002.file]: { text, sha256: s002.sha256 } };
    const pack = compilePack(authored, changed, simpleMatcher);
    const spans = pack.entities.find((e) => e.id === 'kushner')!.mentions.find((m) => m.source === 's002')!.spans;
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['Jared Kushner']);
  });

  it('never counts mentions inside furniture', () => {
    const pack = compilePack(authored, seeds, simpleMatcher);
    const trumpInS000 = pack.entities.find((e) => e.id === 'trump')!.mentions.find((m) => m.source === 's000')!;
    const furniture = pack.sources[0]!.furnitureSpans;
    // The photo caption repeats "US President Donald Trump" twice; neither counts.
    expect(furniture.length).toBeGreaterThan(0);
    for (const [a, b] of trumpInS000.spans) {
      expect(furniture.some(([fa, fb]) => a < fb && fa < b)).toBe(false);
    }
  });

  it('reports entities no alias finds, when the matcher finds nothing', () => {
    expect(() => compilePack(authored, seeds, () => ({ findAll: () => [] }))).toThrow(
      /data\/entities\.json: entities\[0\]\.aliases: no alias of "trump" occurs/,
    );
  });
});
