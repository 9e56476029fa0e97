import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx', 'page/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
