/** Replaced at build time: true only in `BACKSTORY_TEST_HOOKS=1` builds. */
declare const __BACKSTORY_TEST_HOOKS__: boolean;

/**
 * Replaced at build time: the pack files named by `BACKSTORY_PACKS` in a
 * test-hook build, installed beside the bundled story; always empty in a
 * release build.
 */
declare const __BACKSTORY_TEST_PACKS__: Array<{ name: string; text: string }>;
