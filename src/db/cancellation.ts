/**
 * Statements belong to the request that issued them: a request runs inside a statement scope
 * (AsyncLocalStorage), and every PostgreSQL connection notes which scope its running statement
 * belongs to. When the request is abandoned (its deadline passed, or the client went away) the
 * scope is aborted: its running statements are cancelled on the server (pg_cancel_backend), and
 * it may start no new one. A cancellation names a server process, not a statement: a statement of
 * the scope that ends while its cancellation is on its way hands its connection back only once the
 * cancellation has landed, so that it never reaches another request's statement on that connection.
 */
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
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

const scopes = new AsyncLocalStorage<StatementScope>();

/** Runs `fn` (and everything it starts) in a scope that `signal` aborts. */
export function runInStatementScope<T>(signal: AbortSignal, fn: () => T): T {
  return scopes.run({ signal, running: new Map() }, fn);
}

/** A pg client that refuses statements of an aborted scope and records the running ones. */
class ScopedClient extends pg.Client {
  /** The connection string of its server (set by its pool). */
  server = '';
}

type QueryFn = (...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query as unknown as QueryFn;
(ScopedClient.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
  const scope = scopes.getStore();
  if (!scope) return originalQuery.apply(this, args);
  const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as (...a: unknown[]) => void) : null;
  if (scope.signal.aborted) {
    const error = new StatementsCancelledError(`statement not run: ${String(scope.signal.reason ?? 'request abandoned')}`);
    if (callback) return void process.nextTick(() => callback(error));
    return Promise.reject(error);
  }
  const pid = (this as unknown as { processID: number | null }).processID;
  const server = (this as ScopedClient).server;
  if (pid !== null) {
    const pids = scope.running.get(server) ?? new Set<number>();
    scope.running.set(server, pids.add(pid));
  }
  const done = () => {
    if (pid !== null) scope.running.get(server)?.delete(pid);
    // The connection goes back to the pool when the statement's result is handed on: not before
    // a cancellation aimed at its process has landed.
    return scope.cancelling;
  };
  if (callback) {
    return originalQuery.call(this, ...args, (...results: unknown[]) => {
      const cancelling = done();
      if (cancelling) void cancelling.then(() => callback(...results));
      else callback(...results);
    });
  }
  const result = originalQuery.apply(this, args) as Promise<unknown>;
  return result.then(
    async (value) => {
      await done();
      return value;
    },
    async (error: unknown) => {
      await done();
      throw error;
    },
  );
};

/**
 * A pool of ScopedClients whose callbacks run in the caller's scope (pg-pool hands a released
 * connection to the next waiter from the releasing request's async context otherwise).
 */
export class ScopedPool extends pg.Pool {
  constructor(config: pg.PoolConfig & { connectionString: string }) {
    const server = config.connectionString;
    super({
      ...config,
      Client: class extends ScopedClient {
        override server = server;
      },
    });
  }
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) {
    if (!callback) return super.connect();
    // What AsyncResource.bind(callback) does, without the deprecated `asyncResource` getter that
    // bind defines on every function it makes (a tenth of a statement's own CPU in pg).
    const resource = new AsyncResource('ScopedPool.connect');
    return super.connect(((...args: Parameters<typeof callback>) => resource.runInAsyncScope(callback, undefined, ...args)) as never);
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

/** The scope of the code running now, if any. */
export function currentStatementScope(): StatementScope | undefined {
  return scopes.getStore();
}
