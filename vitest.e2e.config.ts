import { defineConfig } from 'vitest/config';

// Browser tests: Chromium (Debian's package) driven by playwright-core against the built site.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
