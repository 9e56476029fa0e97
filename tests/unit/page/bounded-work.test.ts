// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MUTATION_BACKOFF_MS, MUTATION_BURST_LIMIT, MUTATION_DEBOUNCE_MS } from '../../../lib/constants';
import { createScheduler } from '../../../page/schedule';
import { installFakeHighlights, removeFakeHighlights, summary, syncEngine } from './support';

const ARTICLE = '<p>Zelensky met Witkoff, Kushner and NATO on the Coalition of the Willing.</p>';

beforeEach(() => {
  installFakeHighlights();
});
afterEach(() => {
  vi.useRealTimers();
  removeFakeHighlights();
  document.body.innerHTML = '';
});

describe('per-entity cap (huge pages)', () => {
  it('highlights the first N mentions of each entity, counts them all, and says it is limited', () => {
    document.body.innerHTML = ARTICLE + '<p>Zelensky, Zelensky, Zelensky and Witkoff.</p>';
    const { engine, last } = syncEngine('overlay', { maxPerEntity: 2 });
    engine.start();
    expect(summary(engine.mentions()).filter((m) => m.startsWith('zelensky'))).toEqual(['zelensky:Zelensky', 'zelensky:Zelensky']);
    expect(engine.counts()).toMatchObject({ zelensky: 2, witkoff: 2, kushner: 1 });
    expect(engine.foundCounts()).toMatchObject({ zelensky: 4, witkoff: 2 });
    expect(engine.limited()).toBe(true);
    expect(last()?.limited).toBe(true);
    engine.stop();
  });

  it('no cap reached: not limited; lifting the cap shows every mention', () => {
    document.body.innerHTML = ARTICLE + '<p>Zelensky, Zelensky and Zelensky.</p>';
    const { engine } = syncEngine('inline', { maxPerEntity: 2 });
    engine.start();
    expect(engine.counts().zelensky).toBe(2);
    engine.setOptions({ maxPerEntity: Number.POSITIVE_INFINITY });
    expect(engine.counts().zelensky).toBe(4);
    expect(engine.limited()).toBe(false);
    expect(document.querySelectorAll('mark[data-backstory="zelensky"]')).toHaveLength(4);
    engine.stop();
  });
});

describe('scheduler pacing', () => {
  it('runs an ordinary job back to back, then paces a long one to a bounded share of the time', () => {
    vi.useFakeTimers();
    // The clock: fake timer time plus the work the slices "did" (10 ms each).
    let work = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() + work);
    const starts: number[] = [];
    const scheduler = createScheduler(null);
    let slices = 0;
    scheduler.run(() => {
      starts.push(performance.now());
      work += 10;
      return ++slices < 30;
    });
    for (let i = 0; i < 2_000 && slices < 30; i++) vi.advanceTimersByTime(1);
    expect(slices).toBe(30);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]! - 10);
    // The first ~100 ms of work run without pauses…
    expect(gaps.slice(0, 9).every((g) => g <= 1)).toBe(true);
    // …later slices wait long enough that the job uses at most about PACED_SHARE of the time.
    const late = gaps.slice(12);
    const share = (10 * late.length) / late.reduce((sum, g) => sum + g + 10, 0);
    expect(share).toBeLessThan(0.2);
    expect(share).toBeGreaterThan(0.05);
  });
});

describe('mutation storms', () => {
  it('holds back a block the page rewrites non-stop, reports pausing, and reads it again once calm', async () => {
    document.body.innerHTML = ARTICLE + '<div id="ticker"><p>Zelensky 12:00:00</p></div>';
    const { engine } = syncEngine('overlay', { sync: false });
    engine.start();
    await vi.waitFor(() => expect(engine.counts().zelensky).toBe(2));
    const ticker = document.querySelector('#ticker p')!;
    // Changes faster than the debounce, for longer than the burst window.
    let tick = 0;
    const timer = setInterval(() => {
      ticker.textContent = `Zelensky 12:00:${String(++tick).padStart(2, '0')}`;
    }, MUTATION_DEBOUNCE_MS / 3);
    await vi.waitFor(() => expect(engine.paused()).toBe(true), { timeout: (MUTATION_BURST_LIMIT + 4) * MUTATION_DEBOUNCE_MS * 2 });
    // While it backs off, the ticker's mention goes dark; the article's stays.
    await vi.waitFor(() => expect(engine.counts().zelensky).toBe(1), { timeout: 3 * MUTATION_BACKOFF_MS });
    clearInterval(timer);
    await vi.waitFor(() => expect(engine.paused()).toBe(false), { timeout: 4 * MUTATION_BACKOFF_MS });
    await vi.waitFor(() => expect(engine.counts().zelensky).toBe(2), { timeout: 3 * MUTATION_BACKOFF_MS });
    engine.stop();
  }, 30_000);
});
