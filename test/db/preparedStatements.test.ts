/**
 * The names of the API's prepared statements (src/db/preparedStatements.ts): one text, one name,
 * and a bounded number of them — the texts after those run unnamed.
 */
import { expect, it } from 'vitest';
import { statementNames } from '../../src/db/preparedStatements';

it('names a text always alike, no two texts alike, and only the first `max` texts', () => {
  const nameOf = statementNames(3);
  const texts = ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4'];
  const names = texts.map(nameOf);
  expect(names[3]).toBeUndefined();
  expect(new Set(names.slice(0, 3)).size).toBe(3);
  expect([...texts].reverse().map(nameOf)).toEqual([...names].reverse());
});
