/**
 * What every page runs: settings, then one quick read of the page's text
 * (lib/match/quick-check.ts). Only a page that may show something loads
 * Backstory proper (entrypoints/engine.ts); so does a page whose popup is
 * opened, since the popup lists every entity found. Later changes to the
 * page are read the same way. Until then the popup hears, when it asks, that
 * the page shows nothing; the badge stays empty without a message.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import quickCheckJson from '../../data/compiled/quick-check.json?raw';
import { createQuickCheck, type QuickCheck, type QuickCheckData } from '../../lib/match/quick-check';
import { anyOf, gateDataOf } from '../../lib/packs/page-data';
import { isSiteEnabled } from '../../lib/settings/sites';
import type { Settings } from '../../lib/settings/schema';
import { readPageStart, watchPageSettings } from '../../lib/settings/page-read';
import { watchMutations, type MutationWatch } from '../../page/observe';
import { createScheduler } from '../../page/schedule';
import { textSampleJob, type TextSampleResult } from '../../page/text-sample';
import { loadLazy } from './lazy-loader';
import { reportPageState } from './page-state';
import { listenForPopup } from './popup-link';

export async function startGate(ctx: ContentScriptContext): Promise<void> {
  const site = location.hostname;
  // One read: the stored checks exist only when stories besides the bundled one are on.
  const start = await readPageStart(browser.storage);
  let settings: Settings = start.settings;
  const gate = gateDataOf(start.gate);
  const makeCheck = (): QuickCheck =>
    gate ? anyOf(gate.checks.map(createQuickCheck)) : createQuickCheck(JSON.parse(quickCheckJson) as QuickCheckData);
  const scheduler = createScheduler(window, { onError: (e) => console.warn('[backstory]', e) });
  let watch: MutationWatch | null = null;
  let handedOff = false;

  const active = () => settings.enabled && isSiteEnabled(settings, site);
  const state = () => ({ counts: {}, found: {}, topic: false, active: active(), site });

  const stopWatching = () => {
    scheduler.cancel();
    watch?.disconnect();
    watch = null;
  };

  const cleanup = () => {
    stopWatching();
    unwatch();
    unlisten();
  };

  const handOff = () => {
    if (handedOff) return;
    handedOff = true;
    cleanup();
    loadLazy('engine').then(
      (start) => start(ctx),
      (error: unknown) => console.warn('[backstory]', error),
    );
  };

  const onRead = (result: TextSampleResult) => {
    // Nothing to report: a tab's badge starts empty on every page, and the popup asks.
    if (result.triggered) return handOff();
    if (__BACKSTORY_TEST_HOOKS__) {
      const report = {
        mentions: 0, entities: {}, ms: result.ms, chars: result.chars, renderer: settings.renderer, topic: false, score: 0,
        found: [], pass: 'full', longestTaskMs: scheduler.longestTaskMs(), limited: false, gated: true,
      };
      document.dispatchEvent(new CustomEvent('backstory:scan', { detail: JSON.stringify(report) }));
    }
  };

  const watchPage = () => {
    const body = document.body;
    if (!body) {
      document.addEventListener('DOMContentLoaded', watchPage, { once: true });
      return;
    }
    const check = makeCheck();
    // New or changed text (live blogs, infinite scroll, SPA navigation) is read the same way.
    // The page's changes are also when a reloaded extension's old gate notices and leaves
    // (`isInvalid` runs the clean-up): no timer on pages that never change.
    watch = watchMutations(body, (nodes) => {
      if (!ctx.isInvalid) scheduler.run(textSampleJob(nodes, check, onRead));
    });
    scheduler.run(textSampleJob([body], check, onRead));
  };

  const unwatch = watchPageSettings(browser.storage, (next) => {
    settings = next;
    if (active() && !watch) watchPage();
    else if (!active() && watch) {
      stopWatching();
      reportPageState(state());
    }
  });
  const unlisten = listenForPopup({
    state: () => {
      // The popup lists every entity found, even on a page that shows none: read it properly.
      if (active()) queueMicrotask(handOff);
      return state();
    },
    reveal: () => false,
    highlightAll: () => undefined,
  });
  ctx.onInvalidated(cleanup);

  if (active()) watchPage();
}
