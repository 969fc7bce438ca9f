/**
 * The database: an embedded PGlite in a data directory by default, a PostgreSQL server when
 * DATABASE_URL names one. Both speak the same SQL; the Prisma client reaches either through a
 * driver adapter, and migrations run through the same connection (src/db/migrate.ts).
 *
 * A PostgreSQL server may restart, fail over or drop connections at any time: every pool has an
 * 'error' handler (an idle connection the server closes must not kill the process), a broken
 * connection is discarded and the next statement opens a new one, and `ping()` tells whether the
 * server answers now. A request's reads can be cancelled (`scoped`, src/db/cancellation.ts).
 *
 * With a streaming replica (DATABASE_REPLICA_URL) the API's reads and the data version go to the
 * replica, writes (imports, keys, the audit log) and migrations to the primary: reads then scale with
 * replicas and go on while the primary is away. A response is consistent with the data version it
 * was read at (both come from the replica), so a replica that lags serves an older version, never a
 * mixed one; an import waits for the replica to replay it (`awaitReplica`) before it answers.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { cancelRunning, ScopedPool, statementScope, type StatementScope } from './cancellation';
import { READ_DATA_VERSION, sharedRead } from './dataVersion';
import { DATA_VERSION_LISTENER, listenForDataVersion } from './listenedVersion';
import { pgliteReader, pgReader, type SqlReader } from './reader';
import { pgliteTransactions, pgTransactions, type RunTransaction } from './transaction';

/** Runs a script of SQL statements (migrations) outside Prisma. */
export interface ScriptRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The reads a request may make: the database's own, or bound to the request's statement scope (`Database.scoped`). */
export interface RequestReads {
  /** The API's reads, through the driver without Prisma (src/db/reader.ts); counted alike. */
  reader: SqlReader;
  /**
   * Reads that must see every write so far (an import's checks of what is loaded, the audit log),
   * on the database itself: the same as `reader` unless the reads go to a replica, which may lag.
   */
  primaryReader: SqlReader;
}

export interface Database extends RequestReads {
  kind: 'pglite' | 'postgresql';
  /** Where it lives: the data directory, or the server URL without its password. */
  location: string;
  prisma: PrismaClient;
  /** The import's transactions, through the driver without Prisma (src/db/transaction.ts); counted alike. */
  transaction: RunTransaction;
  script: ScriptRunner;
  /** The lock this process holds on an embedded data directory (src/db/lock.ts); null otherwise. */
  lock: DataDirLock | null;
  /** SQL statements issued through Prisma, the reader or a transaction since the database was opened (for tests and benchmarks). */
  statementCount(): number;
  /**
   * The data version now (src/db/dataVersion.ts): read outside Prisma, so not counted among an
   * operation's statements; requests asking at the same moment share one read. On a PostgreSQL
   * server without a replica it comes from memory while a connection listens for its
   * announcements (src/db/listenedVersion.ts).
   */
  dataVersion(): Promise<string>;
  /** Whether the database the reads go to answers now (a trivial statement, within a few seconds). */
  ping(): Promise<boolean>;
  /** The replica the reads go to (DATABASE_REPLICA_URL, without its password); null when they go to the database itself. */
  replica: string | null;
  /**
   * Waits until the replica has replayed everything written so far, at most `timeoutMs`: true when
   * it has (at once without a replica), false when it still lags.
   */
  awaitReplica(timeoutMs?: number): Promise<boolean>;
  /**
   * The readers of a request that `signal` abandons: when it aborts, their running statements are
   * cancelled on the server and they start no new one (PostgreSQL, src/db/cancellation.ts; on
   * PGlite, which runs one statement at a time in-process, the database's own readers). Only
   * statements issued through them are the request's: Prisma's are not.
   */
  scoped(signal: AbortSignal): RequestReads;
  /** PGlite: its data directory as an uncompressed tarball, for `loadDataDir`; null on a PostgreSQL server. */
  dumpDataDir(): Promise<Blob | null>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql:// URL; absent for the embedded PGlite. */
  url?: string;
  /** postgresql:// URL of a streaming replica of `url`'s server, for the reads; absent to read from `url`. */
  replicaUrl?: string;
  /** PGlite data directory; `memory://` for a throw-away in-memory database. */
  dataDir: string;
  /**
   * PGlite: a data directory dumped by `dumpDataDir()` to start from instead of an empty one (a
   * database prepared once and copied, e.g. by the tests: PGlite's initdb is most of its start).
   */
  loadDataDir?: Blob;
  /** PostgreSQL statement_timeout of the Prisma pool's sessions (the API's per-statement limit); none when absent. */
  statementTimeoutMs?: number;
  /** Called when a pool reports a connection error outside any statement (the server went away). */
  onConnectionError?: (error: Error) => void;
}

/**
 * Session settings of every PostgreSQL connection: JIT off. The planner's cost estimate of a
 * rollup or of the region tree is high enough to trip PostgreSQL's JIT, which then compiles the
 * statement on every request (the region tree: 157 ms with JIT, 6 ms without); the API runs
 * short interactive statements that never repay compilation. PGlite has no JIT.
 *
 * And PostgreSQL's own choice between a prepared read's plan for its values and one generic plan
 * (plan_cache_mode=auto, whatever the server's default): src/db/preparedStatements.ts says which
 * reads are always planned for their values. A write's transaction plans for its values
 * (src/db/transaction.ts).
 */
export const SESSION_OPTIONS = '-c jit=off -c plan_cache_mode=auto';

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://(unparseable)';
  }
}

/**
 * Ends a pool, waiting at most 5 s: a pool whose server went away while it was ending may never
 * report its clients ended, and a process must not hang (or, its event loop drained, exit
 * silently) on it.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    pool.end().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 5_000);
    }),
  ]);
  clearTimeout(timer);
}

function withStatementCounter(prisma: PrismaClient): { count: () => number; add: () => void } {
  let count = 0;
  const add = () => {
    count += 1;
  };
  prisma.$on('query' as never, add);
  return { count: () => count, add };
}

/**
 * Refuses a "replica" that is not one of the primary: a server in recovery whose system identifier
 * (pg_control_system) is the primary's. Serving another database's data as this one's would be
 * silent and wrong. Where the role may not read the identifier, the recovery check alone is made.
 */
async function checkReplica(primary: pg.Pool, replica: pg.Pool, where: string): Promise<void> {
  const inRecovery = await replica.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby').catch((error: Error) => {
    throw new Error(`cannot connect to the replica ${where}: ${error.message}`);
  });
  if (!inRecovery.rows[0]?.standby) throw new Error(`DATABASE_REPLICA_URL (${where}) is not a replica: it is not in recovery`);
  const identifier = 'SELECT system_identifier::text AS id FROM pg_control_system()';
  const [ofPrimary, ofReplica] = await Promise.all([
    primary.query<{ id: string }>(identifier).catch(() => null),
    replica.query<{ id: string }>(identifier).catch(() => null),
  ]);
  if (ofPrimary && ofReplica && ofPrimary.rows[0]?.id !== ofReplica.rows[0]?.id)
    throw new Error(`DATABASE_REPLICA_URL (${where}) is not a replica of DATABASE_URL's server: their system identifiers differ`);
}

/** Polls the replica until it has replayed the primary's WAL as of now, at most `timeoutMs`. */
async function replayed(primary: pg.Pool, replica: pg.Pool, timeoutMs: number): Promise<boolean> {
  const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const caughtUp = await replica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [rows[0]!.lsn]);
    if (caughtUp.rows[0]?.done) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const url = options.url;
    const onConnectionError = (error: Error) => options.onConnectionError?.(error);
    // One connection for scripts (migrations hold a session-level advisory lock on it).
    const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000, options: SESSION_OPTIONS });
    pool.on('error', onConnectionError);
    // Fail now, with the server's own words, rather than at the first query.
    const probe = await pool.connect().catch(async (error: Error) => {
      await pool.end();
      throw new Error(`cannot connect to ${redact(url)}: ${error.message}`);
    });
    probe.release();
    const queryPoolOf = (connectionString: string) => {
      const queryPool = new ScopedPool({
        connectionString,
        max: 10,
        connectionTimeoutMillis: 10_000,
        options: SESSION_OPTIONS,
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      });
      queryPool.on('error', onConnectionError);
      return queryPool;
    };
    const queryPool = queryPoolOf(url);
    const replicaUrl = options.replicaUrl;
    const readPool = replicaUrl ? queryPoolOf(replicaUrl) : queryPool;
    if (replicaUrl) {
      await checkReplica(pool, readPool, redact(replicaUrl)).catch(async (error: Error) => {
        await Promise.all([endPool(readPool), endPool(queryPool), endPool(pool)]);
        throw error;
      });
    }
    const prisma = new PrismaClient({
      adapter: new PrismaPg(queryPool, { onPoolError: onConnectionError, onConnectionError }),
      log: [{ emit: 'event', level: 'query' }],
    });
    const statements = withStatementCounter(prisma);
    const primaryReader = pgReader(queryPool, statements.add);
    const scopedReader = (pool: ScopedPool, scope: StatementScope) =>
      pgReader({ query: (config) => pool.queryIn(scope, config) }, statements.add);
    const readVersion = async () => {
      const result = await readPool.query<{ version: string }>(READ_DATA_VERSION);
      return result.rows[0]?.version ?? '0';
    };
    // A replica's version must be the replica's own: read per request there.
    const listened = replicaUrl
      ? null
      : listenForDataVersion(
          () =>
            new pg.Client({
              connectionString: url,
              connectionTimeoutMillis: 10_000,
              options: SESSION_OPTIONS,
              application_name: DATA_VERSION_LISTENER,
              // A connection lost without a word (a network cut) is noticed, not listened on forever.
              keepAlive: true,
              keepAliveInitialDelayMillis: 10_000,
            }),
          readVersion,
        );
    const transactions = pgTransactions(queryPool, statements.add);
    return {
      kind: 'postgresql',
      location: redact(url),
      prisma,
      reader: readPool === queryPool ? primaryReader : pgReader(readPool, statements.add),
      primaryReader,
      transaction: listened
        ? async (fn) => {
            try {
              return await transactions(fn);
            } finally {
              // Committed or not (a lost COMMIT may have landed): read the version until a read after it.
              listened.wrote();
            }
          }
        : transactions,
      statementCount: statements.count,
      lock: null,
      dataVersion: listened ? listened.current : sharedRead(readVersion),
      script: {
        async exec(sql) {
          await pool.query(sql);
        },
        async query<T>(sql: string, params: unknown[] = []) {
          const result = await pool.query(sql, params);
          return result.rows as T[];
        },
      },
      replica: replicaUrl ? redact(replicaUrl) : null,
      async awaitReplica(timeoutMs = 10_000) {
        if (!replicaUrl) return true;
        return replayed(pool, readPool, timeoutMs);
      },
      async ping() {
        const client = new pg.Client({ connectionString: replicaUrl ?? url, connectionTimeoutMillis: 3_000, query_timeout: 3_000 });
        client.on('error', () => undefined);
        try {
          await client.connect();
          await client.query('SELECT 1');
          return true;
        } catch {
          return false;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      scoped(signal) {
        const scope = statementScope(signal);
        signal.addEventListener('abort', () => void cancelRunning(scope), { once: true });
        const primary = scopedReader(queryPool, scope);
        return { primaryReader: primary, reader: readPool === queryPool ? primary : scopedReader(readPool, scope) };
      },
      async dumpDataDir() {
        return null;
      },
      async close() {
        await listened?.close();
        await prisma.$disconnect();
        await Promise.all([endPool(queryPool), endPool(pool), ...(readPool === queryPool ? [] : [endPool(readPool)])]);
      },
    };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  // One process at a time on a data directory: taken before PGlite touches it.
  const lock = inMemory ? null : acquireDataDirLock(options.dataDir);
  if (!inMemory) fs.mkdirSync(options.dataDir, { recursive: true });
  const lite = new PGlite(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  await lite.waitReady.catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const prisma = new PrismaClient({
    // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the interface it
    // implements at run time is the same.
    adapter: new PrismaPGlite(lite) as unknown as PrismaPg,
    log: [{ emit: 'event', level: 'query' }],
  });
  const statements = withStatementCounter(prisma);
  const reader = pgliteReader(lite, statements.add);
  return {
    kind: 'pglite',
    location: options.dataDir,
    prisma,
    reader,
    primaryReader: reader,
    transaction: pgliteTransactions(lite, statements.add),
    statementCount: statements.count,
    lock,
    dataVersion: sharedRead(async () => {
      const result = await lite.query<{ version: string }>(READ_DATA_VERSION);
      return result.rows[0]?.version ?? '0';
    }),
    script: {
      async exec(sql) {
        await lite.exec(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        const result = await lite.query<T>(sql, params);
        return result.rows;
      },
    },
    async ping() {
      return true;
    },
    replica: null,
    async awaitReplica() {
      return true;
    },
    scoped() {
      return { reader, primaryReader: reader };
    },
    dumpDataDir() {
      return lite.dumpDataDir('none');
    },
    async close() {
      await prisma.$disconnect();
      await lite.close();
      lock?.release();
    },
  };
}
