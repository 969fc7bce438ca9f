/**
 * Statements on PostgreSQL end with their request: the API's connections carry a
 * statement_timeout, and a request's running statements are cancelled on the server when it is
 * abandoned (src/db/cancellation.ts) — after which it may start no new one. On a cluster of the
 * test's own (test/support/postgresCluster.ts).
 */
import { AsyncLocalStorage, executionAsyncId } from 'node:async_hooks';
import net from 'node:net';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/availability';
import { cancelRunning, ScopedPool, statementScope, StatementsCancelledError } from '../../src/db/cancellation';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { statementEnd } from '../../src/db/statementEnd';
import { formatErrorFor } from '../../src/graphql/errorPolicy';
import { createCluster, freePort, postgresBinaries, type PostgresCluster } from '../support/postgresCluster';
import { eventually } from '../support/process';
import { startServer, type TestServer } from '../support/server';

const binaries = postgresBinaries();
if (!binaries) console.warn('cancellation.test.ts skipped: no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql');

/**
 * Whether promise hooks are on in this process: with them every promise gets an async id of its
 * own, so two continuations of one async function run under different ids; without them, under the
 * same one.
 */
async function promiseHooksOn(): Promise<boolean> {
  await null;
  const first = executionAsyncId();
  await null;
  return executionAsyncId() !== first;
}

const REGIONS = { query: '{ regions(level: CITY) { code } fiscalYears }' };

/** A GraphQL request that its client may abandon: 'gone' when `client` aborts it before the answer. */
function abandonable(server: TestServer, client: AbortController): Promise<Response | 'gone'> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(REGIONS),
    signal: client.signal,
  }).catch(() => 'gone' as const);
}

describe.skipIf(!binaries)('statements end with their request', () => {
  let cluster: PostgresCluster;
  let db: Database;

  beforeAll(async () => {
    cluster = await createCluster(await freePort());
    db = await openDatabase({ url: cluster.url, dataDir: '', statementTimeoutMs: 30_000 });
  });

  afterAll(async () => {
    await db?.close();
    await cluster?.destroy();
  });

  it('the API connections carry the statement_timeout', async () => {
    const [row] = await db.prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(row!.statement_timeout).toBe('30s');
  });

  it('every connection runs without JIT (short interactive statements never repay compiling)', async () => {
    const [api] = await db.prisma.$queryRaw<{ jit: string }[]>`SHOW jit`;
    expect(api!.jit).toBe('off');
    const [script] = await db.script.query<{ jit: string }>('SHOW jit');
    expect(script!.jit).toBe('off');
  });

  it('an abandoned request has its running statement cancelled on the server, and starts no other', async () => {
    const controller = new AbortController();
    const reads = db.scoped(controller.signal);
    const sleeping = reads.reader.$queryRaw`SELECT pg_sleep(600) AS slept`;
    const outcome = sleeping.then(
      () => 'finished',
      (error: Error) => `${statementEnd(error)}: ${error.message}`,
    );
    const observer = new pg.Client({ connectionString: cluster.url });
    await observer.connect();
    try {
      await eventually('the statement running', async () => {
        const { rows } = await observer.query(
          "SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%' AND state = 'active'",
        );
        return rows.length > 0 ? true : undefined;
      });
      controller.abort({ error: null, status: 499 });
      expect(await outcome).toMatch(/^cancel: /);
      const { rows } = await observer.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%' AND state = 'active'");
      expect(rows).toEqual([]);
    } finally {
      await observer.end();
    }
    for (const reader of [reads.reader, reads.primaryReader])
      await expect(reader.$queryRaw`SELECT 1`).rejects.toBeInstanceOf(StatementsCancelledError);
    // Other requests go on.
    const [ok] = await db.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    expect(ok!.one).toBe(1);
  });

  it('a statement PostgreSQL ended at statement_timeout is answered as the request timing out, not as an internal error', async () => {
    // On a busy machine the server's statement_timeout (the request deadline) can end a statement
    // before the request's own deadline timer has run.
    const short = await openDatabase({ url: cluster.url, dataDir: '', statementTimeoutMs: 200 });
    try {
      const error = await short.prisma.$queryRaw`SELECT pg_sleep(5)`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(String(error)).toMatch(/statement timeout/);
      expect(statementEnd(error)).toBe('timeout');
      expect(isDatabaseUnavailable(error)).toBe(false);
      const format = formatErrorFor({
        logger: pino({ level: 'silent' }),
        development: false,
        requestTimeoutMs: 200,
        onDatabaseUnavailable: () => undefined,
      });
      const resolverError = new GraphQLError('raw', { originalError: error as Error });
      expect(format({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, resolverError).extensions?.code).toBe(
        'REQUEST_TIMEOUT',
      );
      // Another error of the same query is still an internal one.
      const other = await short.prisma.$queryRaw`SELECT 1 / 0`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(statementEnd(other)).toBeNull();
      const otherError = new GraphQLError('raw', { originalError: other as Error });
      expect(format({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, otherError).extensions?.code).toBe(
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await short.close();
    }
  });

  it('a statement of an abandoned request that waited for a connection is refused, never run', async () => {
    await db.script.exec('CREATE SEQUENCE IF NOT EXISTS refused_probe');
    const pool = new ScopedPool({ connectionString: cluster.url, max: 1 });
    try {
      const holding = pool.queryIn(statementScope(new AbortController().signal), 'SELECT pg_sleep(0.5)');
      const abandoned = new AbortController();
      // Waits for the pool's one connection, and is abandoned meanwhile.
      const waiting = pool.queryIn(statementScope(abandoned.signal), "SELECT nextval('refused_probe')");
      abandoned.abort();
      await expect(waiting).rejects.toBeInstanceOf(StatementsCancelledError);
      await holding;
      const [probe] = await db.script.query<{ is_called: boolean }>('SELECT is_called FROM refused_probe');
      expect(probe!.is_called).toBe(false);
    } finally {
      await pool.end();
    }
  });

  it('a GraphQL request reads in its own scope: its client going away cancels its statement on the server', async () => {
    // Without a statement_timeout and with the request's deadline far away, only the cancellation
    // can end the request's statement, which waits for a lock the test holds.
    const api = await openDatabase({ url: cluster.url, dataDir: '' });
    await migrate(api.script);
    const server = await startServer(api, { http: { requestTimeoutMs: 600_000 } });
    const locker = new pg.Client({ connectionString: cluster.url });
    await locker.connect();
    // pg_stat_activity read outside the locker's transaction, which would see one snapshot of it.
    const observer = new pg.Client({ connectionString: cluster.url });
    await observer.connect();
    const waitingForLock = async () =>
      (
        await observer.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%source_document%'",
        )
      ).rows;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE source_document IN ACCESS EXCLUSIVE MODE');
      const client = new AbortController();
      const request = abandonable(server, client);
      await eventually('the request waiting for the lock', async () => ((await waitingForLock()).length > 0 ? true : undefined));
      client.abort();
      expect(await request).toBe('gone');
      await eventually('its statement cancelled', async () => ((await waitingForLock()).length === 0 ? true : undefined));
      await locker.query('ROLLBACK');
      // The server answers the next request.
      expect((await server.post(REGIONS)).status).toBe(200);
    } finally {
      await Promise.all([locker.end(), observer.end()]);
      await server.close();
      await api.close();
    }
  });

  it('serving, abandoning and cancelling requests turns no promise hooks on (an AsyncLocalStorage would, for the whole process)', async () => {
    // The probe tells: an AsyncLocalStorage run turns them on, disabling it off again.
    const storage = new AsyncLocalStorage<number>();
    storage.run(1, () => undefined);
    expect(await promiseHooksOn()).toBe(true);
    storage.disable();
    expect(await promiseHooksOn()).toBe(false);

    const api = await openDatabase({ url: cluster.url, dataDir: '', statementTimeoutMs: 30_000 });
    await migrate(api.script);
    const server = await startServer(api);
    try {
      expect((await server.post(REGIONS)).status).toBe(200);
      // A request abandoned by its client: its scope aborted, its statements cancelled or refused.
      const client = new AbortController();
      const abandoned = abandonable(server, client);
      setImmediate(() => client.abort());
      await abandoned;
      const reads = api.scoped(AbortSignal.abort());
      await expect(reads.reader.$queryRaw`SELECT 1`).rejects.toBeInstanceOf(StatementsCancelledError);
      expect((await server.post(REGIONS)).status).toBe(200);
      expect(await promiseHooksOn()).toBe(false);
    } finally {
      await server.close();
      await api.close();
    }
  });

  it("a cancellation on its way never reaches the next request's statement on the same connection", async () => {
    // A cancellation names a server process. Here it travels slowly: every connection after the
    // pool's first goes through a relay that waits 1.5 s before passing it on to the cluster. The
    // abandoned request's statement ends before its cancellation lands; the next request waits for
    // the one connection (max 1). Were that connection handed on at once, the late cancellation
    // would end the next request's statement instead.
    const target = new URL(cluster.url);
    let connections = 0;
    const relay = net.createServer((socket) => {
      const delay = connections++ === 0 ? 0 : 1_500;
      socket.pause();
      setTimeout(() => {
        const upstream = net.connect(Number(target.port), target.hostname);
        socket.pipe(upstream).pipe(socket);
        socket.resume();
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
      }, delay);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayUrl = `postgresql://postgres@127.0.0.1:${(relay.address() as net.AddressInfo).port}/postgres`;
    const pool = new ScopedPool({ connectionString: relayUrl, max: 1 });
    try {
      await pool.query('SELECT 1'); // the pool's one connection, made at once
      const abandoned = new AbortController();
      const scope = statementScope(abandoned.signal);
      const first = pool.queryIn(scope, 'SELECT pg_sleep(0.3)');
      await eventually(
        'the statement running',
        async () => ([...scope.running.values()].some((pids) => pids.size > 0) ? true : undefined),
        400,
        5,
      );
      const cancelled = cancelRunning(scope); // lands in about 1.5 s, after the statement has ended
      abandoned.abort();
      const next = pool.queryIn(statementScope(new AbortController().signal), 'SELECT pg_sleep(3) AS slept');
      await first.catch(() => undefined);
      await cancelled;
      const { rows } = await next;
      expect(rows).toEqual([{ slept: '' }]);
    } finally {
      await pool.end();
      await new Promise((resolve) => relay.close(resolve));
    }
  });
});
