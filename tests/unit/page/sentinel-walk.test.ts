// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSentinel, sentinelData } from '../../../lib/match/sentinel';
import { sentinelJob, type SentinelWalkResult } from '../../../page/sentinel-walk';
import { ALIASES, RELEVANCE } from './support';

const DATA = sentinelData(ALIASES, new Set(['nato', 'eu']), RELEVANCE);

/** Runs the walk to the end (one unbounded slice, then more if asked) and returns its result. */
function walk(roots: Node[]): SentinelWalkResult {
  let result: SentinelWalkResult | null = null;
  const job = sentinelJob(roots, createSentinel(DATA), (r) => (result = r));
  while (job(Number.POSITIVE_INFINITY));
  if (!result) throw new Error('the walk never finished');
  return result;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sentinel walk', () => {
  it('opens on a story name split across inline elements', () => {
    document.body.innerHTML = '<p>Talks with Wit<b>koff</b> today.</p>';
    expect(walk([document.body]).triggered).toBe(true);
  });

  it('stays shut on everyday names and on story names in skipped places', () => {
    document.body.innerHTML = `<p>NATO and the EU met.</p><script>Witkoff</script><textarea>Kushner</textarea>
      <pre>Zelensky</pre><div contenteditable><p>Merz</p></div><p hidden>Witkoff</p>`;
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

  it('stops within its deadline and resumes where it was', () => {
    document.body.innerHTML = '<p>filler words</p>'.repeat(2_000) + '<p>Kushner</p>';
    let result: SentinelWalkResult | null = null;
    const job = sentinelJob([document.body], createSentinel(DATA), (r) => (result = r));
    let slices = 1;
    while (job(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(result!.triggered).toBe(true);
  });
});
