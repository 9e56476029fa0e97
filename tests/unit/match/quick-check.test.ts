import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { verdictFor } from '../../../lib/match/relevance';
import { createQuickCheck } from '../../../lib/match/quick-check';
import { quickCheckData } from '../../../lib/match/quick-check-data';
import { matcherInput } from '../../../lib/pack/matcher-input';
import type { CompiledPack } from '../../../lib/pack/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'data/compiled/pack.json'), 'utf8')) as CompiledPack;
const input = matcherInput(pack);
const data = quickCheckData(input.aliases, input.everydayEntities, pack.relevance);
const matcher = compileMatcher(input.aliases, { notMatching: input.notMatching });

/** What the quick check says about a text (pieces read one after the other). */
function triggers(pieces: string[]): boolean {
  const check = createQuickCheck(data);
  return pieces.some((piece) => check.read(piece));
}

/** Whether the engine would show anything on this text, on topic or off (its reference verdict). */
const namesStoryEntity = (text: string) =>
  verdictFor(text, matcher.findAll(text), pack.relevance, input.everydayEntities, input.kinds).shown.some(Boolean);

describe('quick check: the every-page gate', () => {
  it.each([
    ['a story name', ['Talks with Steve Witkoff ended.'], true],
    ['a name inside a longer word', ['Talks with Wit', 'koff ended.', 'Unwitkoffed'], false],
    ['accents and case', ['ZAPORIŻŻIA', 'Запорізька АЕС'], true],
    ['a name after a symbol', ['×Witkoff'], true],
    ['a declined stem', ['Переговоры с Умеровым'], true],
    ['a genitive', ['Witkoffs Plan'], true],
    ['a name run into more letters than an ending has', ['Witkoffxyzabc talks'], false],
    ['a key of several words', ['NATO membership for Kyiv', 'Donetsk region'], true],
    ['a key of several words cut by a letter', ['NATO membershipx', 'Donetsk regionx'], false],
    ['everyday news only', ['Trump met NATO and EU leaders in Washington.'], false],
    ['no story words', ['The weather in Lisbon stays mild all week.'], false],
    // A longer word that starts like a stem is let through: the matcher then decides.
    ['a word that starts like a declinable name', ['Kushnerites'], true],
  ])('%s', (_label, pieces, expected) => {
    expect(triggers(pieces)).toBe(expected);
  });

  it('after a short first word, the RegExp matches only what may follow it; after a long one, any rest', () => {
    const words = (text: string) => [...`\n${text}`.matchAll(new RegExp(data.pattern, 'g'))].map((m) => m[1]);
    // "u" (of "u s") and "de" begin many page words that can never be a key: not matched at all.
    expect(words('under a deal')).toEqual([]);
    expect(words('the u s deal')).toEqual(['u']);
    // A long first word is matched with the rest of the page word: the script decides.
    expect(words('witkoffs witkoffian')).toEqual(['witkoffs', 'witkoffian']);
  });

  it('ambiguous mentions score with the engine\'s discount and never anchor the topic', () => {
    const text = 'Trump and Putin met in Miami; the EU said 90% of it was done.';
    expect(namesStoryEntity(text)).toBe(false);
    expect(triggers([text])).toBe(false);
    // At full points the same mentions would reach the threshold with Putin as the anchor.
    const full = quickCheckData(input.aliases, input.everydayEntities, { ...pack.relevance, ambiguousFactor: 1 });
    expect(createQuickCheck(full).read(text)).toBe(true);
  });

  it('everyday entities alone open the gate only when they could reach the threshold with an anchor', () => {
    expect(createQuickCheck(data).read('Zelenskyy and Trump spoke. ')).toBe(false);
    // With a low threshold, Zelenskyy (an everyday anchor) and Trump together are enough, Trump alone is not.
    expect(createQuickCheck({ ...data, threshold: 1 }).read('Zelenskyy and Trump spoke. ')).toBe(true);
    expect(createQuickCheck({ ...data, threshold: 0.1 }).read('Trump and Trump spoke. ')).toBe(false);
  });

  it('never closes on a text where the engine would show something (generated texts)', () => {
    const spellings = input.aliases.map((a) => a.text);
    const piece = fc.oneof(
      fc.constantFrom(...spellings),
      fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
      fc.constantFrom(...spellings).map((s) => s.normalize('NFD').replace(/\p{M}/gu, '')),
      fc.constantFrom(...spellings).map((s) => `${s}s`),
      fc.constantFrom(...spellings).map((s) => s.normalize('NFD')),
      fc.constantFrom(' ', '. ', '\u00a0', '-', '“', '’s ', 'x', 'and the', '\n', '×', 'İ', '\u0301', '  \n\t  '),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (!namesStoryEntity(text)) return;
        expect(triggers([text]), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never closes on any alias alone, with a genitive or an ending, in any case', () => {
    const forms = (s: string) => [s, `${s}s`, `${s}’s`, `${s}a`, `${s}om`, s.toUpperCase(), `the ${s} talks`, s.replace(/ /g, ` ${'\u00a0'.repeat(40)} `)];
    for (const alias of input.aliases) {
      for (const text of forms(alias.text)) if (namesStoryEntity(text)) expect(triggers([text]), JSON.stringify(text)).toBe(true);
    }
  });

  it('opens on every on-topic page of the labelled set', () => {
    const setDir = join(ROOT, 'tests/eval/set');
    for (const lang of readdirSync(setDir)) {
      for (const file of readdirSync(join(setDir, lang)).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(setDir, lang, file), 'utf8');
        const text = html.replace(/<(script|style)[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
        if (namesStoryEntity(text)) expect(triggers([text]), `${lang}/${file}`).toBe(true);
      }
    }
  });
});
