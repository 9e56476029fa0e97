/**
 * The content script only wires features together; each lives in its own
 * module and tears down through WXT's content-script context (extension
 * reloaded or disabled) without leaving anything on the page.
 */
import { startBackstory } from './backstory';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startBackstory(ctx).catch((error: unknown) => console.warn('[backstory]', error));
  },
});
