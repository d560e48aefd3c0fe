import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One throwaway PostgreSQL cluster for the run (skipped, with a message, where it is not installed).
    globalSetup: ['test/setup/postgres.ts'],
  },
});
