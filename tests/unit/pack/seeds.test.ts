import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, sha256 } from '../../../scripts/pack-io';
import { loadAuthored } from './load';

const SHARED = '/work/shared/seeds';
const seedNames = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();

describe('seed files', () => {
  it('match seeds/SHA256SUMS byte for byte', () => {
    const sums = readFileSync(join(SEEDS_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+\*?/));
    expect(sums.map(([, name]) => name).sort()).toEqual(seedNames);
    for (const [hash, name] of sums) {
      expect(sha256(readFileSync(join(SEEDS_DIR, name!))), name).toBe(hash);
    }
  });

  it('are the hashes data/sources.json expects', () => {
    const sources = loadAuthored().sources;
    expect(sources.map((s) => s.file)).toEqual(seedNames);
    for (const s of sources) expect(sha256(readFileSync(join(SEEDS_DIR, s.file))), s.file).toBe(s.sha256);
  });

  it.skipIf(!existsSync(SHARED))('equal the shared originals', () => {
    for (const name of seedNames) {
      expect(readFileSync(join(SEEDS_DIR, name)).equals(readFileSync(join(SHARED, name))), name).toBe(true);
    }
  });
});
