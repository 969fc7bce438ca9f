/**
 * What a test of the API's reads asks of it: the data of a query over HTTP (which must answer
 * without errors), and the statements the API's reads send through the driver (src/db/reader.ts)
 * while something runs — for the tests that check a statement reads only what was asked.
 */
import { expect, vi } from 'vitest';
import type { Database } from '../../src/db/database';
import { statementOf } from '../../src/db/reader';
import type { TestServer } from './server';

export async function dataOf(server: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = (await (await server.post({ query, variables })).json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

export async function statementsOf(db: Database, run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const reader = db.reader;
  const send = reader.$queryRaw.bind(reader);
  const spy = vi.spyOn(reader, '$queryRaw').mockImplementation(((query: TemplateStringsArray | { text: string }, ...values: unknown[]) => {
    statements.push(statementOf(query as never, values).text);
    return send(query as never, ...values);
  }) as never);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return statements;
}
