/**
 * Fetches code on first use: the background injects the named script into
 * this frame's content-script world (no web-accessible resource, so pages
 * cannot probe for the extension), and the script leaves its export behind.
 */
import { provided, type LazyExports, type LazyScript } from '../../lib/lazy-scripts';

const loading = new Map<LazyScript, Promise<unknown>>();

/** Attempts after the first: a background that was asleep or restarting may miss one message. */
const RETRIES = 2;
const RETRY_DELAY_MS = 250;

async function inject<K extends LazyScript>(name: K, retries: number): Promise<LazyExports[K]> {
  try {
    await browser.runtime.sendMessage({ type: 'backstory:load-script', script: name });
  } catch (error) {
    if (retries <= 0) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    return inject(name, retries - 1);
  }
  const value = provided(name);
  if (!value) throw new Error(`${name} did not load`);
  return value;
}

export function loadLazy<K extends LazyScript>(name: K): Promise<LazyExports[K]> {
  const ready = provided(name);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(name) as Promise<LazyExports[K]> | undefined;
  if (!pending) {
    pending = inject(name, RETRIES);
    // A failure is not cached: a later call tries again (the background was restarting, say).
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}
