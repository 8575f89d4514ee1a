import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when it is missing or older than src/ (npm test has built it already: then a no-op).
    globalSetup: ['test/bundle/globalSetup.ts'],
    testTimeout: 60_000,
  },
});
