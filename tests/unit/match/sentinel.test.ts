import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { verdictFor } from '../../../lib/match/relevance';
import { createSentinel, sentinelData } from '../../../lib/match/sentinel';
import { matcherInput } from '../../../lib/pack/matcher-input';
import type { CompiledPack } from '../../../lib/pack/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'data/compiled/pack.json'), 'utf8')) as CompiledPack;
const input = matcherInput(pack);
const data = sentinelData(input.aliases, input.everydayEntities, pack.relevance);
const matcher = compileMatcher(input.aliases, { notMatching: input.notMatching });

/** What the sentinel says about a text read in pieces, as a page's text nodes are. */
function triggers(pieces: string[]): boolean {
  const sentinel = createSentinel(data);
  for (const piece of pieces) if (sentinel.read(piece)) return true;
  return sentinel.flush();
}

/** Whether the engine would show anything on this text, on topic or off (its reference verdict). */
const namesStoryEntity = (text: string) =>
  verdictFor(text, matcher.findAll(text), pack.relevance, input.everydayEntities, input.kinds).shown.some(Boolean);

describe('sentinel: the every-page gate', () => {
  it.each([
    ['a story name', ['Talks with Steve Witkoff ended.'], true],
    ['a name split across text nodes', ['Talks with Wit', 'koff ended.'], true],
    ['a declined stem', ['Переговоры с Умеровым'], true],
    ['a genitive', ['Witkoffs Plan'], true],
    ['everyday news only', ['Trump met NATO and EU leaders in Washington.'], false],
    ['no story words', ['The weather in Lisbon stays mild all week.'], false],
    // A longer word that starts like a stem is let through: the matcher then decides.
    ['a word that starts like a declinable name', ['Kushnerites'], true],
  ])('%s', (_label, pieces, expected) => {
    expect(triggers(pieces)).toBe(expected);
  });

  it('everyday entities alone open the gate only when they could reach the threshold with an anchor', () => {
    const sentinel = createSentinel({ ...data, threshold: 1 });
    // With a low threshold, Zelenskyy (an everyday anchor) and Trump together are enough.
    expect(sentinel.read('Zelenskyy and Trump spoke. ')).toBe(true);
  });

  it('never closes on a text where the engine would show something (generated texts)', () => {
    const spellings = input.aliases.map((a) => a.text);
    const piece = fc.oneof(
      fc.constantFrom(...spellings),
      fc.constantFrom(...spellings).map((s) => s.toUpperCase()),
      fc.constantFrom(...spellings).map((s) => s.normalize('NFD').replace(/\p{M}/gu, '')),
      fc.constantFrom(...spellings).map((s) => `${s}s`),
      fc.constantFrom(' ', '. ', '\u00a0', '-', '“', '’s ', 'x', 'and the', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (pieces, cut) => {
        const text = pieces.join('');
        if (!namesStoryEntity(text)) return;
        // Cut into text nodes anywhere: words continue across them.
        const parts = text.match(new RegExp(`[^]{1,${cut}}`, 'gu')) ?? [];
        expect(triggers(parts), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
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
