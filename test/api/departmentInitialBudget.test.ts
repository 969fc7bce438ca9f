/**
 * A department-wide evaluation's 年初预算数 is kept and served as every reported figure is: loaded
 * from the Excel files an office suite writes (test/fixtures/office/, the generator's records in
 * expected.json) and asked over HTTP. Chongqing's form writes 年初预算数 beside 全年预算数; the
 * national department form writes its only budget column as 年初预算数(A), which is its budget, not
 * an initial budget beside one (a column's own label comes before a label read without its (A)).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { importDocument } from '../../src/ingest/load';
import { dataOf } from '../support/apiReads';
import { useEmptyServer } from '../support/server';

const OFFICE = path.resolve(__dirname, '..', 'fixtures', 'office');
const written = JSON.parse(fs.readFileSync(path.join(OFFICE, 'expected.json'), 'utf8')) as Record<
  string,
  { records: { name: string; initialBudget: number | null; budget: number | null; executed: number | null }[] }
>;

const env = useEmptyServer();

/** The figures served of the one evaluation of 郑州市人力资源和社会保障局 (410100) in 2022. */
async function served(): Promise<Record<string, unknown>[]> {
  const { region } = await dataOf(
    env.server,
    `{ region(code: "410100") { departmentEvaluations(year: 2022) { initialBudget budget executed } } }`,
  );
  return region.departmentEvaluations;
}

const figures = (id: string) => {
  const { initialBudget, budget, executed } = written[id]!.records[0]!;
  return { initialBudget, budget, executed };
};

it('serves each evaluation’s 年初预算数, 预算数 and 执行数 as its form writes them', async () => {
  // The same unit's evaluation of the same year in two forms: the second is read as a corrected version of the first.
  const chongqing = figures('chongqing-department-overall');
  expect(chongqing.initialBudget).not.toBeNull();
  expect(chongqing.initialBudget).not.toBe(chongqing.budget);
  let report = await importDocument(
    env.db,
    'chongqing-department-overall.xlsx',
    fs.readFileSync(path.join(OFFICE, 'chongqing-department-overall.xlsx')),
  );
  expect([report.status, report.errors]).toEqual(['loaded', []]);
  expect(await served()).toEqual([chongqing]);

  const national = figures('department-overall');
  expect(national.initialBudget).toBeNull();
  report = await importDocument(env.db, 'department-overall.xlsx', fs.readFileSync(path.join(OFFICE, 'department-overall.xlsx')));
  expect([report.status, report.errors]).toEqual(['replaced', []]);
  expect(await served()).toEqual([national]);
});
