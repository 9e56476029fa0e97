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
  main(ctx) {
    startGate(ctx).catch((error: unknown) => console.warn('[backstory]', error));
  },
});
