import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // Reports take their language from the locale; the tests that assert English words need an English one.
    env: { LC_ALL: 'C.UTF-8' },
  },
});
