// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { createQuickCheck } from '../../../lib/match/quick-check';
import { quickCheckData } from '../../../lib/match/quick-check-data';
import { verdictFor } from '../../../lib/match/relevance';
import { BLOCK_SEPARATOR, createScanner } from '../../../page/scan';
import { CHUNK_CHARS, textSampleJob, type TextSampleResult } from '../../../page/text-sample';
import { ALIASES, KINDS, RELEVANCE } from './support';

const EVERYDAY = new Set(['nato', 'eu']);
const DATA = quickCheckData(ALIASES, EVERYDAY, RELEVANCE);
const matcher = compileMatcher(ALIASES);

/** Runs the walk to the end (one unbounded slice, then more if asked) and returns its result. */
function walk(roots: Node[]): TextSampleResult {
  let result: TextSampleResult | null = null;
  const job = textSampleJob(roots, createQuickCheck(DATA), (r) => (result = r));
  while (job(Number.POSITIVE_INFINITY));
  if (!result) throw new Error('the walk never finished');
  return result;
}

/** The engine's verdict on the body, from the scanner's own text. */
function engineShows(): boolean {
  const scanner = createScanner(document.body);
  const texts: string[] = [];
  for (let chunk = scanner.next(Number.POSITIVE_INFINITY); chunk; chunk = scanner.next(Number.POSITIVE_INFINITY)) texts.push(chunk.text);
  const text = texts.join(BLOCK_SEPARATOR);
  return verdictFor(text, matcher.findAll(text), RELEVANCE, EVERYDAY, KINDS).shown.some(Boolean);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text sample walk', () => {
  it('opens on a story name split across inline elements', () => {
    document.body.innerHTML = '<p>Talks with Wit<b>koff</b> today.</p>';
    expect(walk([document.body]).triggered).toBe(true);
  });

  it('opens on a name that starts a block right after a letter (markup without spaces)', () => {
    document.body.innerHTML = '<h2>Talks ended</h2><p>Kushner spoke</p>';
    expect(walk([document.body]).triggered).toBe(true);
    document.body.innerHTML = '<ul><li>Menu</li><li><b>Wit</b>koff</li></ul>';
    expect(walk([document.body]).triggered).toBe(true);
  });

  it('stays shut on everyday names and on story names in script and style', () => {
    document.body.innerHTML = `<p>NATO and the EU met.</p><script>Witkoff</script><style>.Kushner{}</style>`;
    const result = walk([document.body]);
    expect(result.triggered).toBe(false);
    expect(result.chars).toBeGreaterThan(0);
  });

  it('a text node of spaces between two others still ends the word before it', () => {
    const p = document.createElement('p');
    p.append('Kushner', '\n   ', 'spoke');
    document.body.append(p);
    expect(walk([document.body]).triggered).toBe(true);
  });

  it('reads only the roots it is given (changed text later on)', () => {
    document.body.innerHTML = '<p id="a">Nothing here.</p><p id="b">Witkoff arrived.</p>';
    expect(walk([document.getElementById('a')!]).triggered).toBe(false);
    expect(walk([document.getElementById('b')!.firstChild!]).triggered).toBe(true);
  });

  it('finds a name that runs over the end of a chunk', () => {
    const filler = 'x '.repeat(CHUNK_CHARS / 2 - 3);
    for (let shift = 0; shift < 12; shift++) {
      document.body.innerHTML = '';
      const p = document.createElement('p');
      p.append(`${filler}${'y'.repeat(shift)} Coali`, 'tion of the Willing met');
      document.body.append(p);
      expect(walk([document.body]).triggered, `shift ${shift}`).toBe(true);
    }
  });

  it('stops within its deadline and resumes where it was', () => {
    document.body.innerHTML = '<p>filler words</p>'.repeat(2_000) + '<p>Kushner</p>';
    let result: TextSampleResult | null = null;
    const job = textSampleJob([document.body], createQuickCheck(DATA), (r) => (result = r));
    let slices = 1;
    while (job(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(result!.triggered).toBe(true);
  });

  it('never closes on a page where the engine would show something (generated DOM trees)', () => {
    const words = [...ALIASES.map((a) => a.text), 'the', 'talks', 'x', '5', 'like', 'of'];
    const text = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', '', '. ', '\n    ', '-', '’s '),
    );
    // Text pieces cut anywhere, in inline or block elements, with or without spaces between.
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.array(text, { maxLength: 3 }).map((t) => t.join('')),
        fc.tuple(fc.constantFrom('b', 'span', 'a', 'p', 'div', 'li', 'h2', 'td', 'script', 'code', 'span hidden'), fc.array(tie('node'), { maxLength: 4 })).map(
          ([tag, children]) => `<${tag}>${children.join('')}</${tag.split(' ')[0]}>`,
        ),
        fc.constantFrom('<br>', '<img>', '<!-- c -->'),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 5 }), (nodes) => {
        document.body.innerHTML = nodes.join('');
        if (!engineShows()) return;
        expect(walk([document.body]).triggered, document.body.innerHTML).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
