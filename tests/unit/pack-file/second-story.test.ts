/**
 * The second story (tests/fixtures/second-story): its committed pack file is
 * exactly what bundling its pack directory makes today, it loads, and its
 * demo page names the entities it is meant to show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { loadPackFile } from '../../../lib/pack/file/load';
import { packTextOf } from '../../../scripts/packs/open-pack';
import { sha256Hex } from '../../../scripts/packs/pack-dir';
import { ROOT } from '../../../scripts/pack-io';

const DIR = `${ROOT}/tests/fixtures/second-story`;
const committed = readFileSync(`${DIR}/tram.backstory.json`, 'utf8');

describe('second story pack', () => {
  it('is up to date with its pack directory (npm run pack:bundle)', () => {
    expect(committed).toBe(packTextOf(`${DIR}/pack`, `${DIR}/articles`));
  });

  const { story, pack } = loadPackFile(committed, 'tram.backstory.json', { makeMatcher: compileMatcher, sha256: sha256Hex });

  it('loads into a compiled pack of its own story', () => {
    expect(story.id).toBe('brackenford-tram');
    expect(pack.sources.map((s) => s.file)).toEqual(['01-brackenford-courier.txt', '02-harbour-gazette.txt', '03-brackenford-now.txt']);
  });

  it('shows the cost as a difference between sources', () => {
    const cost = pack.claims.find((c) => c.id === 'cost');
    expect(cost?.status).toBe('differs');
    expect(cost?.sides.map((s) => [s.position, s.sourceIds])).toEqual([['£214 million', ['s000', 's002']], ['£230 million', ['s001']]]);
  });

  it('its demo page names most of its entities', () => {
    const html = readFileSync(`${DIR}/demo.html`, 'utf8');
    const matcher = compileMatcher(pack.entities.flatMap((e) => e.aliases.map((a) => ({ ...a, entityId: e.id }))));
    const found = new Set(matcher.findAll(html).map((m) => m.entityId));
    expect(found.size).toBeGreaterThanOrEqual(8);
  });
});
