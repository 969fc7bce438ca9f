/**
 * The import's transactions, sent straight through the driver (pg or PGlite) as the API's reads
 * are (src/db/reader.ts): a document's rows travel as a few large parameters, which Prisma's
 * query compiler would copy into and parse in its engine at a cost above the database's own work
 * (half of the writer's time). Statements are built with `Prisma.sql`, and results typed as Prisma
 * types a raw query's, so that a PrismaClient is an `SqlWriter` too.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Prisma } from '../generated/prisma';
import { isStalePlan, preparedWrites } from './preparedStatements';
import { PARSERS, pgTypes, statementOf, type SqlReader } from './reader';

type Query = TemplateStringsArray | Prisma.Sql;

/** Statements in a transaction: reads, and writes that answer how many rows they changed. */
export interface SqlWriter extends SqlReader {
  $executeRaw(query: Query, ...values: unknown[]): Promise<number>;
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws (BEGIN and COMMIT are counted too). */
export type RunTransaction = <T>(fn: (tx: SqlWriter) => Promise<T>) => Promise<T>;

type Run = (statement: { text: string; values: unknown[] }) => Promise<{ rows: unknown[]; changed: number }>;

/** The writer over a driver's statement runner; `counted` is told of every statement. */
function writer(run: Run, counted: () => void): SqlWriter {
  const send = (query: Query, values: unknown[]) => {
    counted();
    return run(statementOf(query, values));
  };
  return {
    async $queryRaw<T>(query: Query, ...values: unknown[]) {
      return (await send(query, values)).rows as T;
    },
    async $executeRaw(query: Query, ...values: unknown[]) {
      return (await send(query, values)).changed;
    },
  };
}

/**
 * Transactions on a connection of a pg pool. A connection whose ROLLBACK failed is discarded, not
 * returned to the pool: it is the broken one. While it is checked out the pool no longer listens
 * for its errors: a connection lost between two statements (the server stopped while the
 * transaction waited) would be an unhandled 'error' event and end the process — it is noted here
 * instead, and the next statement fails with it (src/db/availability.ts tells it apart).
 */
export function pgTransactions(pool: pg.Pool, counted: () => void): RunTransaction {
  /** Errors of a prepared statement gone stale, whose text now runs unnamed. */
  const unnamedBy = new WeakSet<object>();
  const once: RunTransaction = async (fn) => {
    const client = await pool.connect();
    let lost: Error | null = null;
    const onLost = (error: Error) => (lost ??= error);
    client.on('error', onLost);
    // A healthy connection goes back to the pool, which listens again; a broken one keeps this
    // listener while the pool ends it.
    const release = (broken?: Error) => {
      const error = broken ?? lost ?? undefined;
      if (!error) client.removeListener('error', onLost);
      client.release(error);
    };
    const tx = writer(async (statement) => {
      if (lost) throw lost;
      const name = preparedWrites.nameOf(statement.text);
      try {
        const result = await client.query({ ...statement, name, types: pgTypes });
        return { rows: result.rows, changed: result.rowCount ?? 0 };
      } catch (error) {
        if (name !== undefined && isStalePlan(error)) {
          preparedWrites.unname(statement.text);
          unnamedBy.add(error as object);
        }
        throw error;
      }
    }, counted);
    try {
      counted();
      // Its statements planned for their values, one and all (the session lets PostgreSQL keep a
      // generic plan for the API's reads: src/db/database.ts), in the same round trip.
      await client.query('BEGIN; SET LOCAL plan_cache_mode = force_custom_plan');
      const result = await fn(tx);
      counted();
      await client.query('COMMIT');
      release();
      return result;
    } catch (error) {
      release(
        lost ??
          (await client.query('ROLLBACK').then(
            () => undefined,
            (broken: Error) => broken,
          )),
      );
      throw error;
    }
  };
  // A statement prepared before its table changed (a migration by another process) may be refused
  // for good on that connection: it is run unnamed from then on, and the transaction, which the
  // refusal aborted, again from its start (each time one name fewer, so a bounded number of times).
  return async function run(fn) {
    try {
      return await once(fn);
    } catch (error) {
      if (unnamedBy.has(error as object)) return run(fn);
      throw error;
    }
  };
}

/** Transactions on PGlite (which runs them one at a time). */
export function pgliteTransactions(lite: PGlite, counted: () => void): RunTransaction {
  return (fn) => {
    counted();
    return lite.transaction(async (t) => {
      const result = await fn(
        writer(async (statement) => {
          const answer = await t.query(statement.text, statement.values, { parsers: PARSERS });
          return { rows: answer.rows, changed: answer.affectedRows ?? 0 };
        }, counted),
      );
      counted();
      return result;
    });
  };
}
