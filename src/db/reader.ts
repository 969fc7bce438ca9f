/**
 * The API's reads, sent straight through the driver (pg or PGlite) instead of through Prisma. A
 * read is one hand-written statement (src/db/queries/*, built with `Prisma.sql`); Prisma's query
 * compiler, tracing and result mapping around it cost a few tenths of a millisecond per statement
 * and much of a request's garbage, the driver alone does the same work. Results have the types
 * Prisma gives a raw query: bigint as BigInt, numeric as Decimal, timestamps as UTC Dates.
 *
 * The query functions take any `SqlReader`: this one, or a PrismaClient (in a transaction, say).
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { Prisma } from '../generated/prisma';
import { isPlannedForItsValues, isStalePlan, preparedStatements, type StatementNames } from './preparedStatements';

export interface SqlReader {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
}

/** PostgreSQL type oids whose text form is parsed as Prisma parses it. */
export const PARSERS: Record<number, (text: string) => unknown> = {
  20: (x) => BigInt(x), // int8
  1700: (x) => new Prisma.Decimal(x), // numeric
  1114: (x) => new Date(`${x.replace(' ', 'T')}Z`), // timestamp (without time zone): UTC, as stored
  1184: (x) => new Date(x), // timestamptz
};

export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return PARSERS[oid] ?? pg.types.getTypeParser(oid, format);
  },
};

/** The statement's text ($1, $2 …) and its values, dates and bigints sent as Prisma sends them. */
export function statementOf(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): { text: string; values: unknown[] } {
  const statement = Array.isArray(query) ? Prisma.sql(query as TemplateStringsArray, ...values) : (query as Prisma.Sql);
  return {
    text: statement.text,
    values: statement.values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? v.toString() : v)),
  };
}

/** Where a pg reader's statements run: a pool, or a pool within a request's statement scope (src/db/cancellation.ts). */
export interface StatementRunner {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
}

/**
 * Reads through a pg pool, as prepared statements (src/db/preparedStatements.ts) unless marked
 * `plannedForItsValues` (named by the process's `preparedStatements` unless given others); `counted` is
 * told of every statement (src/db/database.ts counts them).
 */
export function pgReader(pool: StatementRunner, counted: () => void, names: StatementNames = preparedStatements): SqlReader {
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      const statement = statementOf(query, values);
      const run = async (name: string | undefined) => {
        counted();
        return (await pool.query({ ...statement, name, types: pgTypes })).rows as T;
      };
      const name = isPlannedForItsValues(query) ? undefined : names.nameOf(statement.text);
      try {
        return await run(name);
      } catch (error) {
        if (name === undefined || !isStalePlan(error)) throw error;
        names.unname(statement.text);
        return run(undefined);
      }
    },
  };
}

/** Reads through PGlite, with the same counting. */
export function pgliteReader(lite: PGlite, counted: () => void): SqlReader {
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      const statement = statementOf(query, values);
      counted();
      const result = await lite.query(statement.text, statement.values, { parsers: PARSERS });
      return result.rows as T;
    },
  };
}
