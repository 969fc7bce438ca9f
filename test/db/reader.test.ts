/**
 * The API reads through the driver (src/db/reader.ts) what it read through Prisma before: every
 * query module answers the same rows, with the same JavaScript types (numbers, BigInts, Dates,
 * JSON), through either — on the seeds, on PGlite or on DATABASE_URL's server.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { departmentEvaluationsInRegions, goalsOf } from '../../src/db/queries/department';
import { discrepanciesInRegions, discrepanciesOf } from '../../src/db/queries/discrepancy';
import { documentLines, fiscalYearsInRegions, listDocuments } from '../../src/db/queries/document';
import { indicatorsOf } from '../../src/db/queries/indicator';
import { organizationsInRegions } from '../../src/db/queries/organization';
import { projectPages, projectsByIds, type ProjectScope } from '../../src/db/queries/project';
import { regionsWithData } from '../../src/db/queries/region';
import { allConcepts, conceptAcrossRegions } from '../../src/db/queries/concept';
import { summaryRowsOf, summaryTablesInRegions } from '../../src/db/queries/summary';
import { searchOrganizations, searchRegions } from '../../src/db/queries/search';
import type { SqlReader } from '../../src/db/reader';
import { importDocument } from '../../src/ingest/load';
import { syntheticProvince } from '../../src/synthetic';
import { seededDatabase } from '../support/database';

let db: Database;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.close();
});

const codes = ['420000', '420200', '420300', '410721'];

it('reads the same rows, typed alike, through the driver as through Prisma', async () => {
  const ids = async (table: string) => (await db.script.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY id`)).map((r) => r.id);
  const projects = await ids('project_evaluation');
  const evaluations = await ids('department_evaluation');
  const tables = await ids('summary_table');
  const [document] = await ids('source_document');
  const reads: [string, (reader: SqlReader) => Promise<unknown>][] = [
    ['regionsWithData', async (r) => [...(await regionsWithData(r))].sort()],
    [
      'projectPages',
      (r) =>
        projectPages(r, { kind: 'region', codes }, { filter: { year: 2021 }, orderBy: 'NAME', descending: false, offset: 0, limit: 5 }),
    ],
    ['projectsByIds', (r) => projectsByIds(r, projects)],
    ['indicatorsOf', (r) => indicatorsOf(r, 'project', projects)],
    ['discrepanciesOf', (r) => discrepanciesOf(r, 'project', projects)],
    ['discrepanciesInRegions', (r) => discrepanciesInRegions(r, codes, 2021, 0, 10, {})],
    ['departmentEvaluationsInRegions', (r) => departmentEvaluationsInRegions(r, codes, 2021)],
    ['goalsOf', (r) => goalsOf(r, evaluations)],
    ['organizationsInRegions', (r) => organizationsInRegions(r, codes)],
    ['listDocuments', (r) => listDocuments(r, true)],
    ['fiscalYearsInRegions', (r) => fiscalYearsInRegions(r, codes)],
    ['documentLines', (r) => documentLines(r, [{ documentId: document!, start: 1, end: 3 }])],
    ['allConcepts', (r) => allConcepts(r)],
    ['conceptAcrossRegions', (r) => conceptAcrossRegions(r, 'urban_new_employment', codes, 2021)],
    ['summaryTablesInRegions', (r) => summaryTablesInRegions(r, codes, 2021)],
    ['summaryRowsOf', (r) => summaryRowsOf(r, tables)],
    ['searchRegions', (r) => searchRegions(r, 'huangshi', 5)],
    ['searchOrganizations', (r) => searchOrganizations(r, '人社', 5)],
  ];
  for (const [name, read] of reads) {
    const throughPrisma = await read(db.prisma);
    expect(throughPrisma, name).not.toEqual([]);
    expect(await read(db.reader), name).toStrictEqual(throughPrisma);
  }
  // Dates come back as the instants stored (timestamp without time zone is UTC), not shifted.
  const [first] = await listDocuments(db.reader, true);
  expect(first!.importedAt).toBeInstanceOf(Date);
});

it("a region's page, taken region by region, is the cut of the whole scope's ranking: every order, both ways, any offset", async () => {
  // A synthetic province: its projects in many cities and counties.
  const province = syntheticProvince({ scale: 0.005, seed: 3 });
  for (const doc of province.documents()) {
    const report = await importDocument(db, doc.fileName, Buffer.from(doc.text, 'utf8'));
    expect(report.status).toBe('loaded');
  }
  const year = province.year;
  // 河南省 (the synthetic province), and its first city.
  const provinceCode = '410000';
  const city = province.regions.find((r) => r.level === 'CITY')!.code;
  const columns = {
    NAME: 'name',
    BUDGET: 'budget',
    EXECUTED: 'executed',
    EXECUTION_RATE: 'execution_rate',
    TOTAL_SCORE: 'total_score',
    REPORTED_TOTAL_SCORE: 'reported_total_score',
    DISCREPANCY_COUNT: 'discrepancy_count',
  } as const;
  const ranked = async (code: string, column: string, descending: boolean) =>
    (
      await db.script.query<{ id: number }>(
        `SELECT p.id FROM region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code
         WHERE c.ancestor_code = $1 AND p.fiscal_year = $2
         ORDER BY p.${column} ${descending ? 'DESC' : 'ASC'} NULLS LAST, p.id ASC`,
        [code, year],
      )
    ).map((r) => r.id);
  const regions = await db.script.query<{ n: number }>(
    `SELECT count(DISTINCT p.region_code)::int AS n FROM region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code
     WHERE c.ancestor_code = $1 AND p.fiscal_year = $2`,
    [provinceCode, year],
  );
  expect(regions[0]!.n).toBeGreaterThan(3);
  for (const [orderBy, column] of Object.entries(columns) as [keyof typeof columns, string][])
    for (const descending of [false, true]) {
      const whole = new Map([
        [provinceCode, await ranked(provinceCode, column, descending)],
        [city, await ranked(city, column, descending)],
      ]);
      expect(whole.get(provinceCode)!.length).toBeGreaterThan(40);
      for (const offset of [0, 7, 30, whole.get(provinceCode)!.length - 3]) {
        const scope: ProjectScope = { kind: 'region', codes: [provinceCode, city] };
        const pages = await projectPages(db.reader, scope, { filter: { year }, orderBy, descending, offset, limit: 7 });
        expect(pages).toHaveLength(2);
        for (const page of pages) {
          const all = whole.get(page.key)!;
          const label = `${page.key} ${orderBy} ${descending ? 'DESC' : 'ASC'} offset ${offset}`;
          expect(
            page.rows.map((r) => r.id),
            label,
          ).toEqual(all.slice(offset, offset + 7));
          expect(page.totalCount, label).toBe(all.length);
          expect(page.hasNextPage, label).toBe(all.length > offset + 7);
        }
      }
    }
  // The total of a year alone comes from the rollup sums, of any other filter from the projects.
  const [withDiscrepancies] = await db.script.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code
     WHERE c.ancestor_code = $1 AND p.fiscal_year = $2 AND p.discrepancy_count > 0`,
    [provinceCode, year],
  );
  const request = { orderBy: 'NAME', descending: false, offset: 0, limit: 7 } as const;
  const [filtered] = await projectPages(
    db.reader,
    { kind: 'region', codes: [provinceCode] },
    { ...request, filter: { year, hasDiscrepancies: true } },
  );
  expect(filtered!.totalCount).toBe(withDiscrepancies!.n);
  expect(withDiscrepancies!.n).toBeLessThan((await ranked(provinceCode, 'name', false)).length);
  const [otherYear] = await projectPages(db.reader, { kind: 'region', codes: [provinceCode] }, { ...request, filter: { year: year + 1 } });
  expect(otherYear).toMatchObject({ totalCount: 0, rows: [], hasNextPage: false });
});

it('counts its statements with Prisma’s', async () => {
  const before = db.statementCount();
  await regionsWithData(db.reader);
  await regionsWithData(db.prisma);
  expect(db.statementCount() - before).toBe(2);
});
