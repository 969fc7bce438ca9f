/**
 * The server refreshes the planner's statistics (ANALYZE, src/db/statistics.ts) once the uploads
 * that wrote documents have settled: the embedded PGlite runs no autovacuum, and without it its
 * planner would keep the statistics of the database before the load. A file of its own: it needs a
 * database of its own (on a PostgreSQL server, `emptyDatabase()` makes the file's database anew).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKey } from '../../src/api/keys';
import type { Database } from '../../src/db/database';
import { emptyDatabase, seedText } from '../support/database';
import { eventually } from '../support/process';
import { startServer, type TestServer } from '../support/server';

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = await emptyDatabase();
  server = await startServer(db, { access: { statisticsQuietMs: 50 } });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** The rows the planner's statistics hold for a table (pg_class.reltuples; -1 or 0 before any ANALYZE). */
async function plannedRows(table: string): Promise<number> {
  const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT reltuples::int AS n FROM pg_class WHERE relname = ${table}`;
  return row!.n;
}

it('refreshes the planner statistics once the uploads that wrote documents settle', async () => {
  const admin = (await createKey(db.prisma, { role: 'ADMIN', name: 'admin' })).key;
  const form = new FormData();
  form.append('file', new Blob([seedText('000_')]), '000.txt');
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}` },
    body: form,
  });
  expect(response.status).toBe(200);
  // Seed 000's 151 indicators and 20 projects, as the planner counts them once ANALYZE has run.
  const counted = () => Promise.all([plannedRows('indicator'), plannedRows('project_evaluation')]);
  expect(
    await eventually('the statistics refreshed after the upload', async () => ((await counted())[0] === 151 ? counted() : undefined)),
  ).toEqual([151, 20]);
});
