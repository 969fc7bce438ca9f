/**
 * The API's reads and the import's writes as prepared statements (src/db/preparedStatements.ts):
 * one text, one name, a bounded number of them; and a statement whose result changed under it (a
 * migration by another process) run unnamed instead, not refused — a write's transaction run
 * again from its start — on DATABASE_URL's server (on PGlite nothing is prepared).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_OPTIONS, type Database } from '../../src/db/database';
import { statementNames } from '../../src/db/preparedStatements';
import { regionRollups } from '../../src/db/queries/rollup';
import { searchRegions } from '../../src/db/queries/search';
import { pgReader, type SqlReader } from '../../src/db/reader';
import { emptyDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  db = await emptyDatabase();
});
afterAll(async () => {
  await db?.close();
});

it('names a text always alike, no two texts alike, only the first `max` texts, none unnamed', () => {
  const names = statementNames(3);
  const texts = ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4'];
  const given = texts.map((t) => names.nameOf(t));
  expect(given[3]).toBeUndefined();
  expect(new Set(given.slice(0, 3)).size).toBe(3);
  expect([...texts].reverse().map((t) => names.nameOf(t))).toEqual([...given].reverse());
  names.unname('SELECT 2');
  expect(names.nameOf('SELECT 2')).toBeUndefined();
  expect(names.nameOf('SELECT 1')).toBe(given[0]);
});

it('names a text only once it runs again, when asked to', () => {
  const names = statementNames(3, { prefix: 'w', repeated: true });
  expect(names.nameOf('SELECT 1')).toBeUndefined();
  expect(names.nameOf('SELECT 2')).toBeUndefined();
  expect(names.nameOf('SELECT 1')).toBe('w_1');
  expect(names.nameOf('SELECT 1')).toBe('w_1');
  expect(names.nameOf('SELECT 2')).toBe('w_2');
});

it('writes in a transaction through a statement prepared before a column was added to its table', async () => {
  await db.script.exec('CREATE TABLE prepared_write_probe (a int)');
  const write = (a: number) =>
    db.transaction(async (tx) => {
      await tx.$executeRaw`UPDATE prepared_write_probe SET a = a + 1`;
      return tx.$queryRaw<Record<string, number>[]>`INSERT INTO prepared_write_probe (a) VALUES (${a}::int) RETURNING *`;
    });
  expect(await write(1)).toEqual([{ a: 1 }]);
  expect(await write(2)).toEqual([{ a: 2 }]);
  expect(await write(3)).toEqual([{ a: 3 }]);
  await db.script.exec('ALTER TABLE prepared_write_probe ADD COLUMN b int DEFAULT 2');
  expect(await write(4)).toEqual([{ a: 4, b: 2 }]);
  expect(await write(5)).toEqual([{ a: 5, b: 2 }]);
  // Each transaction took effect once (every row raised by each later one): the one refused was rolled back whole before it ran again.
  expect((await db.reader.$queryRaw<{ a: number }[]>`SELECT a FROM prepared_write_probe`).map((r) => r.a)).toEqual([5, 5, 5, 5, 5]);
});

it('reads a table read with * after a column was added to it', async () => {
  await db.script.exec('CREATE TABLE prepared_probe (a int); INSERT INTO prepared_probe VALUES (1)');
  const read = () => db.reader.$queryRaw<Record<string, number>[]>`SELECT * FROM prepared_probe`;
  expect(await read()).toEqual([{ a: 1 }]);
  expect(await read()).toEqual([{ a: 1 }]);
  await db.script.exec('ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 2');
  expect(await read()).toEqual([{ a: 1, b: 2 }]);
  expect(await read()).toEqual([{ a: 1, b: 2 }]);
});

describe.runIf(process.env.DATABASE_URL)('plans on a PostgreSQL server', () => {
  it("lets PostgreSQL keep a read's generic plan, and plans a write's statements for their values", async () => {
    const mode = async (reader: SqlReader) =>
      (await reader.$queryRaw<{ plan_cache_mode: string }[]>`SHOW plan_cache_mode`)[0]!.plan_cache_mode;
    expect(await mode(db.reader)).toBe('auto');
    expect(await db.transaction((tx) => mode(tx))).toBe('force_custom_plan');
    expect(await mode(db.reader)).toBe('auto');
  });

  it('runs a read whose plan depends on its values unnamed, a rollup prepared', async () => {
    // The API's reader over a pool of one connection, whose prepared statements are then listed.
    const [{ name }] = (await db.reader.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1, options: SESSION_OPTIONS });
    try {
      // Names of its own: the process's may all be taken by the statements of other tests.
      const reader = pgReader(pool, () => undefined, statementNames(64));
      for (let i = 0; i < 3; i++) {
        await searchRegions(reader, '郑州', 5);
        await regionRollups(reader, ['410000'], 2022, ['budget']);
      }
      const prepared = await reader.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`;
      expect(prepared.some((p) => p.statement.includes('region_rollup_sum'))).toBe(true);
      expect(prepared.some((p) => p.statement.includes('match_rank'))).toBe(false);
    } finally {
      await pool.end();
    }
  });
});
