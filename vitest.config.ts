import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql for every importer (its ESM and CJS builds would be two "realms").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database-backed suites share one database per run; keep files sequential.
    fileParallelism: false,
  },
});
