import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './test/support/sequencer';

/**
 * Files that start a process, a PostgreSQL cluster or a browser, or change what the whole process
 * shares (the lock test's environment; a module replaced by vi.mock, which threads that keep their
 * modules between files would not see): each runs in a process of its own. The others — the rules,
 * the readers and templates, the importer and the API on in-memory databases and in-process servers —
 * run in threads that keep their modules from one file to the next (isolate: false): importing the
 * readers, the templates and the schema again for each of some hundred and twenty files was most of
 * their time. Each file still opens its own databases and servers.
 */
const ownProcess = [
  'test/server/**/*.test.ts',
  'test/dashboard/dashboard.test.ts',
  'test/dashboard/officer.test.ts',
  'test/db/cancellation.test.ts',
  'test/db/listenedVersion.test.ts',
  'test/db/lock.test.ts',
  'test/db/migrations.test.ts',
  'test/ingest/cli.test.ts',
  'test/ingest/dryRunFault.test.ts',
  'test/ingest/importProgress.test.ts',
];

export default defineConfig({
  // One copy of graphql for every importer (its ESM and CJS builds would be two "realms").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // Files run in parallel: each opens its own in-memory PGlite, or on a PostgreSQL server its own
    // database (test/support/fileDatabase.ts).
    fileParallelism: true,
    poolOptions: {
      // Two threads, modules kept between files. (minThreads = maxThreads: a pool that may shrink
      // ends a non-isolated run with "Terminating worker thread", vitest#8133.)
      threads: { isolate: false, minThreads: 2, maxThreads: 2 },
      // A process a file, two at once beside the threads: they mostly wait on the processes they start.
      forks: { isolate: true, minForks: 2, maxForks: 2 },
    },
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/fileDatabase.ts'],
    // Limits that catch a hang, not a slow machine: nothing here asserts how fast anything runs.
    // 15 minutes: with the machine shared by several suites at once (a load of 40 on 2 cores), the
    // fault test's import of 150 documents across restarts took more than 5.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    sequence: { sequencer: SlowestFirst },
    projects: [
      { extends: true, test: { name: 'threads', include: ['test/**/*.test.ts'], exclude: ownProcess, pool: 'threads' } },
      { extends: true, test: { name: 'processes', include: ownProcess, pool: 'forks' } },
    ],
  },
});
