import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherTables, matcherFromTables } from '../../../lib/match/matcher';
import { createQuickCheck } from '../../../lib/match/quick-check';
import { loadPackFile } from '../../../lib/pack/file';
import { BUNDLED_STORY } from '../../../lib/packs/bundled';
import { anyOf } from '../../../lib/packs/page-data';
import { buildRuntime } from '../../../lib/packs/runtime';
import type { MatcherAlias } from '../../../lib/match/types';

const TRAM_TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/second-story/tram.backstory.json'), 'utf8');
const tram = loadPackFile(TRAM_TEXT, 'tram.backstory.json', { makeMatcher: compileMatcher });
const TRAM_STORY = { header: tram.story, bundled: false, pack: tram.pack };

const alias = (entityId: string, text: string): MatcherAlias => ({ entityId, text, caseSensitive: false, ambiguous: false });

describe('matcher twins: an alias two stories share names both', () => {
  const story = (id: string) => id.split('/')[0]!;

  it('keeps the first entity and lists the other story\'s as a twin', () => {
    const tables = compileMatcherTables([alias('a/mayor', 'Ingrid Holm'), alias('b/holm', 'Ingrid Holm')], { storyOf: story });
    const [match] = matcherFromTables(JSON.parse(JSON.stringify(tables))).findAll('Yesterday Ingrid Holm spoke.');
    expect(match).toMatchObject({ entityId: 'a/mayor', also: ['b/holm'] });
  });

  it('within one story the first entity wins alone, as before', () => {
    const tables = compileMatcherTables([alias('a/one', 'Holm'), alias('a/two', 'Holm')], { storyOf: story });
    expect(tables.twins).toBeUndefined();
    expect(matcherFromTables(tables).findAll('Holm said')[0]!.also).toBeUndefined();
  });

  it('without storyOf (one story) no twins are recorded', () => {
    expect(compileMatcherTables([alias('a/mayor', 'Holm'), alias('b/holm', 'Holm')]).twins).toBeUndefined();
  });
});

describe('buildRuntime: the enabled stories together', () => {
  const { engine, gate } = buildRuntime([BUNDLED_STORY, TRAM_STORY]);
  const matcher = matcherFromTables(engine.tables);
  const berlinAlias = BUNDLED_STORY.pack.entities.flatMap((e) => e.aliases.filter((a) => !a.ambiguous && !a.endings).map((a) => [e.id, a.text] as const))[0]!;
  const tramEntity = tram.pack.entities.find((e) => e.aliases.some((a) => !a.ambiguous && !a.endings))!;
  const tramAlias = tramEntity.aliases.find((a) => !a.ambiguous && !a.endings)!.text;

  it('matches each story\'s aliases in one pass, under page ids', () => {
    const found = matcher.findAll(`First ${berlinAlias[1]} arrived. Then ${tramAlias} spoke.`).map((m) => m.entityId);
    expect(found).toEqual([berlinAlias[0], `${tram.story.id}/${tramEntity.id}`]);
  });

  it('qualifies every id of the imported story\'s relevance model and kinds', () => {
    const model = engine.stories.find((s) => s.id === tram.story.id)!;
    expect(Object.keys(model.relevance.weights).every((id) => id.startsWith(`${tram.story.id}/`))).toBe(true);
    expect(model.relevance.anchors.every((id) => id.startsWith(`${tram.story.id}/`))).toBe(true);
    expect(engine.kinds[`${tram.story.id}/${tramEntity.id}`]).toBe(tramEntity.kind);
    expect(engine.kinds[berlinAlias[0]]).toBeDefined();
  });

  it('opens the gate for text of either story, and not for text of neither', () => {
    const check = () => anyOf(gate.checks.map(createQuickCheck));
    const tramText = tram.pack.sources.length > 0 ? JSON.parse(TRAM_TEXT).sources[0].text as string : '';
    expect(check().read(tramText)).toBe(true);
    expect(check().read('The weather was mild and the market sold apples, pears and bread.')).toBe(false);
    // One story's check alone does not open for the other story's text.
    expect(createQuickCheck(gate.checks[0]!).read(tramText)).toBe(false);
  });
});
