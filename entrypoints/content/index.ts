/**
 * The content script every page gets: the quick check of gate.ts. Backstory
 * proper loads from it on pages that may show something. Everything tears
 * down through WXT's content-script context (extension reloaded or
 * disabled) without leaving anything on the page.
 */
import { startGate } from './gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's old-script hand-over also posts a window message to the page on every load; its custom
  // event does the same job. The message wakes every `message` listener the page has (measured:
  // about 4 ms a load in the benchmark) and tells the page an extension is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGate(ctx).catch((error: unknown) => console.warn('[backstory]', error));
  },
});
