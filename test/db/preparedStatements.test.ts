/**
 * The API's reads as prepared statements (src/db/preparedStatements.ts): one text, one name, a
 * bounded number of them; and a statement whose result changed under it (a migration by another
 * process) read unnamed instead, not refused — on DATABASE_URL's server (on PGlite nothing is prepared).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { statementNames } from '../../src/db/preparedStatements';
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

it('reads a table read with * after a column was added to it', async () => {
  await db.script.exec('CREATE TABLE prepared_probe (a int); INSERT INTO prepared_probe VALUES (1)');
  const read = () => db.reader.$queryRaw<Record<string, number>[]>`SELECT * FROM prepared_probe`;
  expect(await read()).toEqual([{ a: 1 }]);
  expect(await read()).toEqual([{ a: 1 }]);
  await db.script.exec('ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 2');
  expect(await read()).toEqual([{ a: 1, b: 2 }]);
  expect(await read()).toEqual([{ a: 1, b: 2 }]);
});
