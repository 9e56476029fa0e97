/**
 * Backstory on one page: settings decide whether it runs; when it does, the
 * page engine highlights mentions, the fact panel explains them, and the
 * popup and badge hear about what the page mentions. Settings changes apply
 * live, without a reload.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// As strings, parsed at start: V8 reads JSON text faster than it compiles and runs the same
// data written as an object literal, and the content script does it on every page.
import tablesJson from '../../data/compiled/matcher.json?raw';
import modelJson from '../../data/compiled/page.json?raw';
import storyJson from '../../data/story.json?raw';
import type { EntityKind } from '../../lib/pack/types';
import { ENTITY_KINDS } from '../../lib/pack/types';
import type { PageModel } from '../../lib/pack/page-model';
import { MATCHER_TABLES_VERSION, matcherFromTables, type Matcher, type MatcherTables } from '../../lib/match/matcher';
import type { RelevanceModel } from '../../lib/match/relevance';
import { engineDataOf } from '../../lib/packs/page-data';
import { ENGINE_KEY } from '../../lib/packs/storage-keys';
import type { StoryTopicInputs } from '../../page/topic';
import { INVALIDATION_CHECK_MS } from '../../lib/constants';
import { isSiteEnabled, type Settings } from '../../lib/settings';
import { loadSettings, setSiteEnabled, watchSettings } from '../../lib/settings/store';
import { createEngine, type Engine, type ScanReport } from '../../page/engine';
import { installHighlightStyle } from '../../page/highlight-style';
import { supportsOverlay } from '../../page/renderers/overlay';
import { provided } from '../../lib/lazy-scripts';
import { loadLazy } from './lazy-loader';
import { createFactPanel, type FactPanel } from './fact-panel';
import { listenForPopup } from './popup-link';
import { reportPageState } from './page-state';


function enabledKinds(settings: Settings): Set<EntityKind> {
  return new Set(ENTITY_KINDS.filter((kind) => settings.kinds[kind]));
}

/** No story enabled: nothing scores, nothing shows (the gate keeps such pages from getting here). */
const EMPTY_RELEVANCE: RelevanceModel = {
  threshold: Number.POSITIVE_INFINITY, ambiguousFactor: 0, lookalikeFactor: 0, closeWindowChars: 0, closeFactor: 1, confirmPoints: 0, anchors: [], weights: {},
};

interface PageStories {
  tables: () => MatcherTables;
  kinds: Record<string, EntityKind>;
  stories: StoryTopicInputs[];
}

/**
 * The enabled stories' tables as the options page stored them, or the
 * build's own when only the bundled story is on (nothing is stored then).
 */
async function loadStories(): Promise<PageStories> {
  const stored = await browser.storage.local.get(ENGINE_KEY).catch(() => ({}));
  const data = engineDataOf((stored as Record<string, unknown>)[ENGINE_KEY], MATCHER_TABLES_VERSION);
  if (data) {
    return {
      tables: () => data.tables,
      kinds: data.kinds,
      stories: data.stories.map((s) => ({ id: s.id, relevance: s.relevance, everydayEntities: new Set(s.everyday) })),
    };
  }
  const { kinds, relevance, everyday } = JSON.parse(modelJson) as PageModel;
  const { story } = JSON.parse(storyJson) as { story: { id: string } };
  return {
    tables: () => JSON.parse(tablesJson) as MatcherTables,
    kinds,
    stories: [{ id: story.id, relevance, everydayEntities: new Set(everyday) }],
  };
}

export async function startBackstory(ctx: ContentScriptContext): Promise<void> {
  const site = location.hostname;
  const [pageStories, loadedSettings] = await Promise.all([loadStories(), loadSettings()]);
  const { kinds, stories } = pageStories;
  const { relevance, everydayEntities } = stories[0] ?? { relevance: EMPTY_RELEVANCE, everydayEntities: new Set<string>() };
  let settings = loadedSettings;
  // Compiled at build time; made once per page, when first needed (a page where Backstory is
  // off makes none), and reused by a renderer switch or settings change.
  let matcher: Matcher | null = null;
  let engine: Engine | null = null;
  let panel: FactPanel | null = null;
  let look: ReturnType<typeof installHighlightStyle> | null = null;
  let topic = false;

  const active = () => settings.enabled && isSiteEnabled(settings, site);
  /** Set when the reader asks the popup for every mention: lasts for this page. */
  let highlightAll = false;
  let onTopicStories: string[] = [];
  const state = () => ({
    counts: engine?.counts() ?? {}, found: engine?.foundCounts() ?? {}, topic, stories: onTopicStories, active: active(), site,
    limited: engine?.limited() ?? false, paused: engine?.paused() ?? false,
  });

  const onScan = (report: ScanReport) => {
    topic = report.topic;
    onTopicStories = report.stories ?? [];
    reportPageState(state());
    if (__BACKSTORY_TEST_HOOKS__) {
      document.dispatchEvent(new CustomEvent('backstory:scan', { detail: JSON.stringify(report) }));
    }
  };

  const stop = () => {
    starts++;
    panel?.destroy();
    panel = null;
    engine?.stop();
    engine = null;
    look?.remove();
    look = null;
    topic = false;
    onTopicStories = [];
  };

  let starts = 0;
  /** Test hooks: whether `backstory:first-paint` went out on this page. */
  let painted = false;
  const start = () => {
    const wantsInline = settings.renderer === 'inline' || !supportsOverlay(document);
    const createInline = provided('inline');
    if (wantsInline && !createInline) {
      // The inline renderer loads on demand; start once it is here, unless settings moved on.
      const ticket = ++starts;
      loadLazy('inline').then(
        () => ticket === starts && active() && !engine && start(),
        (error: unknown) => console.warn('[backstory]', error),
      );
      return;
    }
    look = installHighlightStyle(document, settings.highlightStyle);
    matcher ??= matcherFromTables(pageStories.tables());
    engine = createEngine({
      matcher, kinds, everydayEntities, relevance, stories, renderer: settings.renderer, enabledKinds: enabledKinds(settings), onScan,
      beforePaint: () => {
        look?.ensure();
        if (__BACKSTORY_TEST_HOOKS__ && !painted) {
          painted = true;
          document.dispatchEvent(new CustomEvent('backstory:first-paint', { detail: String(performance.now()) }));
        }
      },
      ...(highlightAll ? { maxPerEntity: Number.POSITIVE_INFINITY } : {}),
      ...(createInline ? { createInline } : {}),
    });
    panel = createFactPanel({
      engine,
      settings,
      onDisableSite: () => void setSiteEnabled(site, false),
    });
    engine.start();
  };

  const apply = (next: Settings) => {
    const previous = settings;
    settings = next;
    if (!active()) {
      if (engine) {
        stop();
        reportPageState(state());
      }
      return;
    }
    if (!engine || previous.renderer !== next.renderer) {
      stop();
      start();
      return;
    }
    // A rescan only when what is highlighted changes: theme or hover delay must not repaint the page.
    if (ENTITY_KINDS.some((kind) => previous.kinds[kind] !== next.kinds[kind])) {
      engine.setOptions({ enabledKinds: enabledKinds(next) });
    }
    if (previous.highlightStyle !== next.highlightStyle) look?.set(next.highlightStyle);
    panel?.applySettings(next);
  };

  if (active()) start();
  else reportPageState(state());

  const unwatch = watchSettings((next) => apply(next));
  const unlisten = listenForPopup({
    state,
    reveal: (entityId) => panel?.reveal(entityId) ?? false,
    highlightAll: () => {
      highlightAll = true;
      engine?.setOptions({ maxPerEntity: Number.POSITIVE_INFINITY });
    },
  });
  ctx.onInvalidated(() => {
    // The page first; unwatch and unlisten swallow the throw of an extension that is gone.
    stop();
    unwatch();
    unlisten();
  });
  // The tick does nothing itself: WXT checks the extension is still there before each one.
  ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
}
