import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql for every importer (its ESM and CJS builds would be two "realms").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // Files run in parallel: each opens its own in-memory PGlite, or on a PostgreSQL server its own
    // database (test/support/fileDatabase.ts). Three at once on two cores: the slowest files mostly
    // wait on processes they start (servers, importers, PostgreSQL clusters).
    fileParallelism: true,
    maxWorkers: 3,
    minWorkers: 1,
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/fileDatabase.ts'],
    // Limits that catch a hang, not a slow machine: nothing here asserts how fast anything runs.
    // 15 minutes: with the machine shared by several suites at once (a load of 40 on 2 cores), the
    // fault test's import of 150 documents across restarts took more than 5.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
