/**
 * The fact panel on this page: mounted lazily in its shadow root, opened by
 * hover intent over the engine's hit-testing, by the keyboard shortcut, and
 * by the popup's "on this page" list.
 */
import type { CompiledPack } from '../../lib/pack/types';
import type { Settings } from '../../lib/settings';
import type { Engine, Mention } from '../../page/engine';
import { installKeyboard, scrollMentionIntoView } from '../../page/keyboard';
import { createPanelHost, type PanelReference, type PanelTheme } from '../../page/panel/host';
import { createHoverIntent } from '../../page/panel/hover-intent';

export interface FactPanel {
  /** Scrolls to the entity's next mention and opens its panel with focus. */
  reveal(entityId: string): boolean;
  applySettings(settings: Settings): void;
  destroy(): void;
}

interface FactPanelOptions {
  pack: CompiledPack;
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

export function createFactPanel({ pack, engine, settings, onDisableSite }: FactPanelOptions): FactPanel {
  const host = createPanelHost({
    pack,
    theme: themeOf(settings),
    onDisableSite,
    onOpenBriefing: (entityId) => {
      browser.runtime.sendMessage({ type: 'backstory:open-briefing', entityId }).catch(() => undefined);
    },
  });
  const hover = createHoverIntent({
    panel: host,
    dwellMs: settings.hoverDelayMs,
    mentionAt: (x, y) => {
      const mention = engine.mentionAt(x, y);
      if (!mention) return null;
      const reference = rangeReference(mention);
      const hit = { entityId: mention.entityId, rect: reference.getBoundingClientRect(), reference };
      return reference.contextElement ? { ...hit, element: reference.contextElement } : hit;
    },
  });

  let last: Mention | undefined;
  const openWithFocus = (mention: Mention) => {
    last = mention;
    hover.openFromKeyboard(mention.entityId, rangeReference(mention), document.activeElement as HTMLElement | null);
  };
  const uninstallKeyboard = installKeyboard(engine, {
    onActivate: openWithFocus,
    onEscape: () => hover.close(),
  });

  return {
    reveal(entityId) {
      const all = engine.mentions().filter((m) => m.entityId === entityId);
      if (!all.length) return false;
      const after = last ? all.find((m) => m.range.compareBoundaryPoints(Range.START_TO_START, last!.range) > 0) : undefined;
      const target = after ?? all[0]!;
      scrollMentionIntoView(target);
      openWithFocus(target);
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
