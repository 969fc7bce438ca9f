/**
 * The number of SQL statements an operation issues depends on its shape, not on the data: every
 * contract operation is counted on the seed dataset, then again with ten times the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { importDocument } from '../../src/ingest/load';
import { CONTRACT_DIR, SEED_DIR, seedFiles } from '../support/database';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

const VARIABLES: Record<string, Record<string, unknown>> = {
  'compare-indicator': { codes: ['420200', '420300', '421222'], year: 2021, query: '城镇新增就业' },
  'compare-regions': { codes: ['420200', '420300', '421200', '410721'], year: 2021 },
  'department-evaluations': { code: '420000', year: 2021 },
  hierarchy: {},
  'region-projects': { code: '420000', year: 2021, first: 50 },
  'region-rollup': { code: '420000', year: 2021 },
};

async function countStatements(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of fs
    .readdirSync(CONTRACT_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const name = file.replace(/\.graphql$/, '');
    const before = env.db.statementCount();
    const response = await env.server.post({ query: fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8'), variables: VARIABLES[name] });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors, name).toBeUndefined();
    counts[name] = env.db.statementCount() - before;
  }
  return counts;
}

it('issues as many statements with ten times the data', async () => {
  const small = await countStatements();
  // Nine more copies of every seed document, each of another department (a document of the same
  // department and year would be a corrected version, replacing the first).
  for (let copy = 1; copy <= 9; copy++) {
    for (const file of seedFiles()) {
      const text = fs
        .readFileSync(path.join(SEED_DIR, file), 'utf8')
        .replaceAll('人力资源和社会保障局', `人力资源和社会保障局第${copy}分局`);
      const report = await importDocument(env.db, `copy${copy}-${file}`, Buffer.from(text));
      expect(report.status).toBe('loaded');
    }
  }
  const { data } = (await (
    await env.server.post({ query: '{ region(code: "420200") { rollup(year: 2021) { projectCount } } }' })
  ).json()) as {
    data: { region: { rollup: { projectCount: number } } };
  };
  expect(data.region.rollup.projectCount).toBe(200);
  const large = await countStatements();
  expect(large).toEqual(small);
  // And a handful each: one statement per batch, not per row.
  for (const [name, count] of Object.entries(small)) expect(count, name).toBeLessThanOrEqual(8);
});
