import { defineConfig } from 'vitest/config';

/** End-to-end tests drive real browsers: one file at a time, generous timeouts. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
