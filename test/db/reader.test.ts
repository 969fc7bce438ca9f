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
import { projectPages, projectsByIds } from '../../src/db/queries/project';
import { regionsWithData } from '../../src/db/queries/region';
import { allConcepts, conceptAcrossRegions } from '../../src/db/queries/concept';
import { summaryRowsOf, summaryTablesInRegions } from '../../src/db/queries/summary';
import { searchOrganizations, searchRegions } from '../../src/db/queries/search';
import type { SqlReader } from '../../src/db/reader';
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
    ['projectPages', (r) => projectPages(r, { kind: 'region', codes }, { filter: { year: 2021 }, orderBy: 'NAME', descending: false, offset: 0, limit: 5 })],
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

it('counts its statements with Prisma’s', async () => {
  const before = db.statementCount();
  await regionsWithData(db.reader);
  await regionsWithData(db.prisma);
  expect(db.statementCount() - before).toBe(2);
});
