/** Replaced at build time: true only in `BACKSTORY_TEST_HOOKS=1` builds. */
declare const __BACKSTORY_TEST_HOOKS__: boolean;
