import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // One real PostgreSQL server for the run (test/pg/server.ts); tests that need it make their own database.
    globalSetup: ['test/pg/global-setup.ts'],
  },
});
