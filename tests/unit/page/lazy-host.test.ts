import { describe, expect, it, vi } from 'vitest';
import type { PanelHost, PanelReference } from '../../../page/panel/host';
import { createLazyPanelHost, type PanelHostFactory } from '../../../page/panel/lazy-host';

const reference: PanelReference = { getBoundingClientRect: () => ({}) as DOMRect };

/** A panel host that records what it was asked to do. */
function fakeHost(calls: string[]): PanelHost {
  let open: string | null = null;
  return {
    open: (id) => {
      open = id;
      calls.push(`open ${id}`);
    },
    close: () => {
      open = null;
      calls.push('close');
    },
    isOpen: () => open !== null,
    openEntityId: () => open,
    contains: () => false,
    setTheme: (theme) => calls.push(`theme ${theme}`),
    destroy: () => calls.push('destroy'),
  };
}

/** A loader the test resolves by hand, counting how often it was asked. */
function deferredLoader(calls: string[]) {
  let resolve!: (f: PanelHostFactory) => void;
  let reject!: (e: unknown) => void;
  const load = vi.fn(
    () =>
      new Promise<PanelHostFactory>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
  );
  const factory: PanelHostFactory = (options) => {
    calls.push(`created theme=${options.theme}`);
    return Promise.resolve(fakeHost(calls));
  };
  return { load, arrive: () => resolve(factory), fail: (e: unknown) => reject(e) };
}

const options = { onOpenBriefing: () => undefined, onDisableSite: () => undefined, theme: 'auto' as const };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createLazyPanelHost', () => {
  it('loads nothing until asked, then opens what was asked for once the code arrives', async () => {
    const calls: string[] = [];
    const loader = deferredLoader(calls);
    const host = createLazyPanelHost(loader.load, options);
    expect(loader.load).not.toHaveBeenCalled();

    host.open('witkoff', reference);
    expect(host.isOpen()).toBe(true);
    expect(host.openEntityId()).toBe('witkoff');
    host.open('kushner', reference); // the reader moved on before it loaded: the last one wins
    loader.arrive();
    await settle();
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['created theme=auto', 'open kushner']);
    expect(host.openEntityId()).toBe('kushner');
  });

  it('a close before the code arrives cancels the open; the theme set meanwhile is used', async () => {
    const calls: string[] = [];
    const loader = deferredLoader(calls);
    const host = createLazyPanelHost(loader.load, options);
    host.open('merz', reference);
    host.close();
    host.setTheme('dark');
    expect(host.isOpen()).toBe(false);
    loader.arrive();
    await host.ready();
    expect(calls).toEqual(['created theme=dark']);
  });

  it('prefetch loads once and opens nothing; later calls go straight to the real host', async () => {
    const calls: string[] = [];
    const loader = deferredLoader(calls);
    const host = createLazyPanelHost(loader.load, options);
    host.prefetch();
    host.prefetch();
    loader.arrive();
    await host.ready();
    host.open('putin', reference);
    host.setTheme('light');
    host.destroy();
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['created theme=auto', 'open putin', 'theme light', 'destroy']);
  });

  it('a failed load is reported once, leaves nothing open, and the next open tries again', async () => {
    const calls: string[] = [];
    const loader = deferredLoader(calls);
    const errors: unknown[] = [];
    const host = createLazyPanelHost(loader.load, options, (e) => errors.push(e));
    host.open('donbas', reference);
    const first = host.ready();
    loader.fail(new Error('no background'));
    await expect(first).rejects.toThrow('no background');
    expect(errors).toHaveLength(1);
    expect(host.isOpen()).toBe(false);

    host.open('donbas', reference);
    loader.arrive();
    await host.ready();
    expect(loader.load).toHaveBeenCalledTimes(2);
    expect(calls).toEqual(['created theme=auto', 'open donbas']);
  });

  it('after destroy, code that arrives late mounts nothing', async () => {
    const calls: string[] = [];
    const loader = deferredLoader(calls);
    const host = createLazyPanelHost(loader.load, options);
    host.open('witkoff', reference);
    host.destroy();
    loader.arrive();
    await settle();
    expect(calls).toEqual([]);
    await expect(host.ready()).rejects.toThrow();
  });
});
