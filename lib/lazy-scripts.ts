/**
 * Code the every-page content script does not carry, injected on first use
 * by the background into the frame that asks (docs/decisions/008). Each
 * script runs in the extension's isolated world of the page (never the
 * page's own), where it leaves its export under a known name for the
 * content script to pick up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Renderer } from '../page/renderers/types';
import type { PanelHostFactory } from '../page/panel/lazy-host';

/** What each lazy script exports, by the name the content script asks for. */
export interface LazyExports {
  /** Backstory proper: matcher, engine, renderers, panel wiring. Loaded when the page may show something. */
  engine: (ctx: ContentScriptContext) => Promise<void>;
  /** The fact panel: Preact, floating-ui, the components and the pack's text. */
  panel: PanelHostFactory;
  /** The inline renderer (marks): only for readers who choose it. */
  inline: (doc: Document) => Renderer;
}

export type LazyScript = keyof LazyExports;

/** The files the background may inject: nothing else, whatever a message says. */
export const LAZY_SCRIPT_FILES = {
  engine: '/engine.js',
  panel: '/panel.js',
  inline: '/inline-renderer.js',
} as const satisfies Record<LazyScript, string>;

export function isLazyScript(value: unknown): value is LazyScript {
  return typeof value === 'string' && Object.hasOwn(LAZY_SCRIPT_FILES, value);
}

const GLOBAL = '__backstoryLazy';

type Holder = typeof globalThis & { [GLOBAL]?: Partial<LazyExports> };

/** Called by a lazy script when it runs. */
export function provide<K extends LazyScript>(name: K, value: LazyExports[K]): void {
  const holder = globalThis as Holder;
  const exports = (holder[GLOBAL] ??= {});
  exports[name] ??= value;
}

/** What a lazy script left, if it has run in this world. */
export function provided<K extends LazyScript>(name: K): LazyExports[K] | undefined {
  return (globalThis as Holder)[GLOBAL]?.[name];
}
