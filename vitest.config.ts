import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds dist/ once (if stale) before any test file runs (the process tests run the compiled bot),
    // and one throwaway PostgreSQL cluster for the run (skipped, with a message, where it is not installed).
    globalSetup: ['test/process/helpers/buildOnce.ts', 'test/setup/postgres.ts'],
  },
});
