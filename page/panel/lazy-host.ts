/**
 * A `PanelHost` that exists before the panel's code does. The fact panel
 * (Preact, floating-ui, the components, the pack's text) loads on first use:
 * `open` asks for it, remembers what to open, and opens it once it has
 * arrived — unless the reader closed it meanwhile. Hover intent and the
 * keyboard talk to this object on every page; only readers who open a panel
 * pay for the rest (docs/decisions/008-what-loads-on-every-page.md).
 */
import type { EntityId } from '../../lib/pack/types';
import type { PanelHost, PanelHostOptions, PanelOpenOptions, PanelReference, PanelTheme } from './host';

/** What the panel's own script hands over: `createPanelHost` once it has read the enabled stories. */
export type PanelHostFactory = (options: Omit<PanelHostOptions, 'library'>) => Promise<PanelHost>;

export interface LazyPanelHost extends PanelHost {
  /** Starts loading the panel's code without opening anything (the pointer rests on a mention). */
  prefetch(): void;
  /**
   * Resolves once the panel's code is here (at once after the first time);
   * rejects when it could not load. Callers that scroll before opening wait
   * for it: Firefox stops a smooth scroll when focus moves mid-way.
   */
  ready(): Promise<void>;
}

interface Pending {
  entityId: EntityId;
  reference: PanelReference;
  opts: PanelOpenOptions | undefined;
}

export function createLazyPanelHost(
  load: () => Promise<PanelHostFactory>,
  options: Omit<PanelHostOptions, 'library'>,
  onError: (error: unknown) => void = () => undefined,
): LazyPanelHost {
  let real: PanelHost | null = null;
  let loading: Promise<void> | null = null;
  let pending: Pending | null = null;
  let theme: PanelTheme = options.theme ?? 'auto';
  let destroyed = false;

  const ensure = (): Promise<void> => {
    const gone = () => new Error('the fact panel was removed');
    loading ??= load().then((factory) => {
      if (destroyed) throw gone();
      return factory({ ...options, theme });
    }).then(
      (host) => {
        if (destroyed) {
          host.destroy();
          throw gone();
        }
        real = host;
        const next = pending;
        pending = null;
        if (next) real.open(next.entityId, next.reference, next.opts);
      },
      (error: unknown) => {
        // A later open may try again (the background was restarting, say).
        loading = null;
        pending = null;
        if (!destroyed) onError(error);
        throw error;
      },
    );
    return loading;
  };

  return {
    prefetch() {
      if (!destroyed) ensure().catch(() => undefined);
    },
    ready: () => (destroyed ? Promise.reject(new Error('the fact panel was removed')) : ensure()),
    open(entityId, reference, opts) {
      if (destroyed) return;
      if (real) return real.open(entityId, reference, opts);
      pending = { entityId, reference, opts };
      ensure().catch(() => undefined);
    },
    close() {
      pending = null;
      real?.close();
    },
    // Pending counts as open: hover intent's grace timer and Escape then cancel it like an open panel.
    isOpen: () => (real ? real.isOpen() : pending !== null),
    openEntityId: () => (real ? real.openEntityId() : (pending?.entityId ?? null)),
    contains: (node) => real?.contains(node) ?? false,
    setTheme(next) {
      theme = next;
      real?.setTheme(next);
    },
    destroy() {
      destroyed = true;
      pending = null;
      real?.destroy();
      real = null;
    },
  };
}
