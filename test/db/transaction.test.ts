/**
 * A write transaction on PostgreSQL whose connection the server ends under it (the server stopped,
 * a failover, pg_terminate_backend) fails with an error that says the database went away, and the
 * process lives on: while the transaction holds its connection the pool does not listen for that
 * connection's 'error' event, which unheard would end the process (src/db/transaction.ts). The
 * importer died so in test/server/faults.test.ts when its cluster stopped. On PGlite there is no
 * connection to lose: skipped there.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/availability';
import type { Database } from '../../src/db/database';
import { emptyDatabase } from '../support/database';
import { eventually } from '../support/process';

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
});
afterAll(async () => {
  await db?.close();
});

it('a connection ended under a transaction: it fails saying the database went away, nothing is unhandled, the next one runs', async (ctx) => {
  if (db.kind !== 'postgresql') return ctx.skip();
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);
  process.on('uncaughtException', onUnhandled);
  try {
    let pid = 0;
    const attempt = db.transaction(async (tx) => {
      pid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
      await tx.$queryRaw`SELECT pg_sleep(3600)`;
    });
    // Ended from another connection once the transaction waits in its statement.
    await eventually('the transaction sleeping', async () =>
      pid !== 0 && (await db.script.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE '%pg_sleep%'`, [pid])).length > 0
        ? true
        : undefined,
      3600, // a hang's guard (15 minutes), not a time limit
    );
    await db.script.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The connection's end comes after its statement's error: the next transaction outlives it.
    const next = await db.transaction((tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`);
    expect(next).toEqual([{ one: 1 }]);
    expect(unhandled).toEqual([]);
  } finally {
    process.off('uncaughtException', onUnhandled);
  }
});
