/**
 * Statements belong to the request that issued them. Each request has a statement scope of its
 * own (`statementScope`), and its reads go through readers bound to that scope — the database
 * hands them out (`Database.scoped`) and the request's GraphQL context carries them — so nothing
 * has to find the scope implicitly: no AsyncLocalStorage, whose promise hooks Node 20 turns on for
 * the whole process (5–20 % of the CPU of a small request). A statement run in a scope
 * (`ScopedPool.queryIn`) notes its connection's server process while it runs. When the request is
 * abandoned (its deadline passed, or the client went away) the scope is aborted: its running
 * statements are cancelled on the server (pg_cancel_backend), and it may start no new one.
 * Statements issued otherwise (Prisma, the data version, an import) belong to no request.
 *
 * A cancellation names a server process, not a statement: a statement of the scope that ends while
 * its cancellation is on its way hands its connection back to the pool only once the cancellation
 * has landed, so that it never reaches another request's statement on that connection.
 */
import pg from 'pg';

export class StatementsCancelledError extends Error {
  override name = 'StatementsCancelledError';
}

export interface StatementScope {
  signal: AbortSignal;
  /**
   * Backend process ids of the connections running a statement of this scope now, by the server
   * they run on (the primary, or the replica the reads go to): a process id means nothing elsewhere.
   */
  running: Map<string, Set<number>>;
  /** Set while the scope's running statements are being cancelled; settles when the cancellations have landed. */
  cancelling?: Promise<void>;
}

/** A scope that `signal` aborts (its running statements are cancelled by `cancelRunning`). */
export function statementScope(signal: AbortSignal): StatementScope {
  return { signal, running: new Map() };
}

function refusal(scope: StatementScope): StatementsCancelledError {
  return new StatementsCancelledError(`statement not run: ${String(scope.signal.reason ?? 'request abandoned')}`);
}

/** A pg pool that also runs statements in a statement scope. */
export class ScopedPool extends pg.Pool {
  /** The connection string of its server: where its process ids mean something. */
  private readonly server: string;

  constructor(config: pg.PoolConfig & { connectionString: string }) {
    super(config);
    this.server = config.connectionString;
  }

  /**
   * Runs one statement of `scope`: refused once the scope is aborted (also after waiting for a
   * connection), its connection's server process noted while it runs, and the connection handed
   * back only once a cancellation aimed at it has landed. A connection whose statement failed is
   * discarded, as `pool.query` does. Through pg's callbacks, as `pool.query` too: awaiting the
   * connection and the statement instead cost a department listing ~5 % more CPU per request.
   */
  queryIn<R extends pg.QueryResultRow = pg.QueryResultRow>(
    scope: StatementScope,
    config: string | pg.QueryConfig,
  ): Promise<pg.QueryResult<R>> {
    return new Promise((resolve, reject) => {
      if (scope.signal.aborted) return reject(refusal(scope));
      this.connect((connectError, client, release) => {
        if (connectError || !client) return reject(connectError);
        if (scope.signal.aborted) {
          release();
          return reject(refusal(scope));
        }
        const pid = (client as unknown as { processID: number }).processID;
        const pids = scope.running.get(this.server) ?? new Set<number>();
        scope.running.set(this.server, pids.add(pid));
        client.query<R>(config as pg.QueryConfig, (error: Error | undefined, result: pg.QueryResult<R>) => {
          pids.delete(pid);
          const settle = () => {
            release(error);
            if (error) reject(error);
            else resolve(result);
          };
          if (scope.cancelling) void scope.cancelling.then(settle);
          else settle();
        });
      });
    });
  }
}

/**
 * Cancels the statements a scope is running, on each server over a connection of its own (the
 * pool may be full of the very statements to cancel). Never throws: a failed cancellation leaves
 * statement_timeout to end them.
 */
export function cancelRunning(scope: StatementScope): Promise<void> {
  // Which processes to cancel is decided now; the scope's statements that end meanwhile wait for it.
  scope.cancelling = Promise.all([...scope.running].map(([server, pids]) => cancelOn(server, [...pids]))).then(() => undefined);
  return scope.cancelling;
}

async function cancelOn(connectionString: string, pids: number[]): Promise<void> {
  if (pids.length === 0) return;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, query_timeout: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
  } catch {
    // The database may be the reason the request was abandoned.
  } finally {
    await client.end().catch(() => undefined);
  }
}
