/**
 * What a test of the API's reads asks of it: the data of a query over HTTP (which must answer
 * without errors), and the statements its requests send through their readers (src/db/reader.ts)
 * while something runs — for the tests that check a statement reads only what was asked.
 */
import { expect, vi } from 'vitest';
import type { Database } from '../../src/db/database';
import { statementOf, type SqlReader } from '../../src/db/reader';
import type { TestServer } from './server';

export async function dataOf(server: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = (await (await server.post({ query, variables })).json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

/** The statements that requests to the API read through their readers (`Database.scoped`) while `run` runs. */
export async function statementsOf(db: Database, run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const recorded = (reader: SqlReader): SqlReader => ({
    $queryRaw: ((query: TemplateStringsArray | { text: string }, ...values: unknown[]) => {
      statements.push(statementOf(query as never, values).text);
      return reader.$queryRaw(query as never, ...values);
    }) as never,
  });
  const scoped = db.scoped.bind(db);
  const spy = vi.spyOn(db, 'scoped').mockImplementation((signal) => {
    const reads = scoped(signal);
    return { reader: recorded(reads.reader), primaryReader: recorded(reads.primaryReader) };
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return statements;
}
