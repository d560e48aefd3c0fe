import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds dist/ once (if stale) before any test file runs: the process tests run the compiled bot.
    globalSetup: ['test/process/helpers/buildOnce.ts'],
  },
});
