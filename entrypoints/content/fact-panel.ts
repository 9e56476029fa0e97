/**
 * The fact panel on this page: its code loads on first use (lazy-host.ts),
 * it mounts in its shadow root, and it opens by hover intent over the
 * engine's hit-testing, by the keyboard shortcut, and by the popup's "on
 * this page" list.
 */
import type { Settings } from '../../lib/settings';
import type { Engine, Mention } from '../../page/engine';
import { installKeyboard, scrollMentionIntoView } from '../../page/keyboard';
import type { PanelReference, PanelTheme } from '../../page/panel/host';
import { createLazyPanelHost } from '../../page/panel/lazy-host';
import { createHoverIntent } from '../../page/panel/hover-intent';
import { loadLazy } from './lazy-loader';

export interface FactPanel {
  /** Scrolls to the entity's next mention and opens its panel with focus. */
  reveal(entityId: string): boolean;
  applySettings(settings: Settings): void;
  destroy(): void;
}

interface FactPanelOptions {
  engine: Engine;
  settings: Settings;
  onDisableSite(): void;
}

const themeOf = (settings: Settings): PanelTheme => (settings.theme === 'system' ? 'auto' : settings.theme);

/** A reference that follows the mention's live range as the page scrolls or reflows. */
function rangeReference(mention: Mention): PanelReference {
  const element = mention.element ?? mention.range.startContainer.parentElement ?? undefined;
  const reference: PanelReference = { getBoundingClientRect: () => mention.range.getBoundingClientRect() };
  if (element) reference.contextElement = element;
  return reference;
}

export function createFactPanel({ engine, settings, onDisableSite }: FactPanelOptions): FactPanel {
  const host = createLazyPanelHost(() => loadLazy('panel'), {
    theme: themeOf(settings),
    onDisableSite,
    onOpenBriefing: (entityId) => {
      browser.runtime.sendMessage({ type: 'backstory:open-briefing', entityId }).catch(() => undefined);
    },
  }, (error) => console.warn('[backstory]', error));
  const hover = createHoverIntent({
    panel: host,
    dwellMs: settings.hoverDelayMs,
    mentionAt: (x, y) => {
      const mention = engine.mentionAt(x, y);
      if (!mention) return null;
      // The pointer rests on a mention: fetch the panel while the dwell time runs.
      host.prefetch();
      const reference = rangeReference(mention);
      const hit = { entityId: mention.entityId, rect: reference.getBoundingClientRect(), reference };
      return reference.contextElement ? { ...hit, element: reference.contextElement } : hit;
    },
  });

  let last: Mention | undefined;
  /** Scrolls to the mention and opens its panel with focus, once the panel's code is here. */
  const revealMention = (mention: Mention) => {
    last = mention;
    const returnFocusTo = document.activeElement as HTMLElement | null;
    host.ready().then(
      () => {
        if (last !== mention) return; // the reader moved on while it loaded
        scrollMentionIntoView(mention);
        hover.openFromKeyboard(mention.entityId, rangeReference(mention), returnFocusTo);
      },
      () => undefined, // already reported by the host
    );
  };
  const uninstallKeyboard = installKeyboard(engine, {
    onActivate: revealMention,
    onEscape: () => hover.close(),
  });

  return {
    reveal(entityId) {
      const all = engine.mentions().filter((m) => m.entityId === entityId);
      if (!all.length) return false;
      const after = last ? all.find((m) => m.range.compareBoundaryPoints(Range.START_TO_START, last!.range) > 0) : undefined;
      revealMention(after ?? all[0]!);
      return true;
    },
    applySettings(next) {
      hover.setDwellMs(next.hoverDelayMs);
      host.setTheme(themeOf(next));
    },
    destroy() {
      uninstallKeyboard();
      hover.destroy();
      host.destroy();
    },
  };
}
