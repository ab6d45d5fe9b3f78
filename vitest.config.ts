import { defineConfig } from 'vitest/config';

// `npm test`: unit tests of pure modules and tests over the built site in dist/.
// Browser tests live in tests/e2e and run through vitest.e2e.config.ts (`npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
