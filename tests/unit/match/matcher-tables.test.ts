import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  compileMatcherTables,
  MATCHER_TABLES_VERSION,
  matcherFromTables,
  type MatcherTables,
} from '../../../lib/match/matcher';
import { matcherInput } from '../../../lib/pack/matcher-input';
import type { CompiledPack } from '../../../lib/pack/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

const PAGE = [
  'Zelensky met Witkoff and Kushner in Berlin; Merz hosted the talks.',
  'Kushner Companies is not Kushner. The “Coalition of the Willing” backs Article 5-like guarantees,',
  'not Article 50. Selenskyjs Rede, Зеленський і Путін, the EU and NATO, 90% of Donbas.',
].join('\u0000');

describe('matcher tables (compiled at build time, loaded by the content script)', () => {
  const pack = readJson<CompiledPack>('data/compiled/pack.json');
  const { aliases, notMatching } = matcherInput(pack);

  it('survive JSON and find exactly what the matcher compiled in place finds', () => {
    const tables = JSON.parse(JSON.stringify(compileMatcherTables(aliases, { notMatching }))) as MatcherTables;
    const loaded = matcherFromTables(tables).findAll(PAGE);
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded).toEqual(compileMatcher(aliases, { notMatching }).findAll(PAGE));
  });

  it('are what `npm run pack` wrote next to the pack', () => {
    expect(existsSync(join(ROOT, 'data/compiled/matcher.json'))).toBe(true);
    expect(readJson<MatcherTables>('data/compiled/matcher.json')).toEqual(
      JSON.parse(JSON.stringify(compileMatcherTables(aliases, { notMatching }))),
    );
  });

  it('refuse tables of another version, naming the fix', () => {
    const tables = { ...compileMatcherTables(aliases), version: MATCHER_TABLES_VERSION + 1 } as unknown as MatcherTables;
    expect(() => matcherFromTables(tables)).toThrow(/version .*expected .*npm run pack/);
  });

  it('of no aliases match nothing', () => {
    expect(matcherFromTables(compileMatcherTables([])).findAll(PAGE)).toEqual([]);
  });
});
