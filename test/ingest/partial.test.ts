/**
 * A table cut off by the page store is reported with what was read of it; the complete table
 * beside it loads. The real Sichuan page (test/fixtures/documents/sichuan-qingshen-wage-expenditure)
 * followed by a second table of the same template cut off after its first indicator row, as a
 * page store cuts a page: the first table loads as a project, the second is left out, and what was
 * read of it (its name, budget, executed, rate, the indicator row placed), the reason and its
 * lines are in the import report, stored with the document and served as
 * SourceDocument.leftOutTables — on PGlite, and on PostgreSQL when DATABASE_URL names one. A
 * document whose only table is cut off is refused, and its report still carries what was read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportProgress } from '../../src/cli/importProgress';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { emptyDatabase } from '../support/database';
import { startServer, type TestServer } from '../support/server';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'documents', 'sichuan-qingshen-wage-expenditure.txt');
const page = fs.readFileSync(FIXTURE, 'utf8');
const lines = page.split('\n');
/** Lines 7–87 of the page: its table from the title to the end of the first indicator row (发放(缴纳)覆盖率 … 60), another project's. */
const cut = lines.slice(6, 87).join('\n').replace('51000021R000000019951-工资性支出', '51000021R000000019952-社会保险缴费');
const CUT_START = lines.length + 1;
const utf8 = (text: string) => new TextEncoder().encode(text);

let db: Database;
let server: TestServer;
let report: ImportReport;

beforeAll(async () => {
  db = await emptyDatabase();
  server = await startServer(db);
  report = await importDocument(db, 'qingshen-with-cut-table.txt', utf8(`${page}\n${cut}\n`));
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('a table cut off beside a complete one', () => {
  it('loads the complete table as a project', async () => {
    expect(report.status).toBe('loaded');
    expect(report.counts.projects).toBe(1);
    const projects = await db.prisma.projectEvaluation.findMany({ select: { name: true, code: true, fullYearBudget: true } });
    expect(projects).toEqual([{ name: '工资性支出', code: '51000021R000000019951', fullYearBudget: expect.anything() }]);
    expect(Number(projects[0]!.fullYearBudget)).toBe(251.89);
  });

  it('reports the cut table with what was read of it, the reason and its lines', () => {
    expect(report.partial).toHaveLength(1);
    const table = report.partial[0]!;
    expect(table).toMatchObject({ kind: 'project', name: '社会保险缴费', code: '51000021R000000019952', fiscalYear: 2023 });
    expect(table.lineStart).toBe(CUT_START);
    expect(table.lineEnd).toBeGreaterThanOrEqual(CUT_START + 75);
    expect(table.reason).toMatch(/合计|truncated/);
    expect(table.figures.initialBudget).toEqual({ text: '238.93', line: CUT_START + 25, value: 238.93 });
    expect(table.figures.budget).toMatchObject({ text: '251.89', value: 251.89 });
    expect(table.figures.executed).toMatchObject({ text: '251.89', value: 251.89 });
    expect(table.figures.executionRate).toMatchObject({ text: '100.00%', value: 1 });
    expect(table.figures.totalScore).toBeNull();
    expect(table.indicators).toEqual([
      expect.objectContaining({ level1: '产出指标', level2: '数量指标', name: '发放(缴纳)覆盖率', target: '=100%', actual: null }),
    ]);
    expect(table.indicators[0]!.weight).toMatchObject({ text: '60', value: 60 });
  });

  it('serves the cut table over the GraphQL API, with its figures and lines as written', async () => {
    const ids = (await (await server.post({ query: '{ documents { id } }' })).json()) as { data: { documents: { id: string }[] } };
    expect(ids.data.documents).toHaveLength(1);
    const response = await server.post({
      variables: { id: ids.data.documents[0]!.id },
      query: `query ($id: ID!) { node(id: $id) { ... on SourceDocument { fileName leftOutTables {
        kind name code fiscalYear reason problems { line message }
        source { lineStart lineEnd text }
        initialBudget { text line value } budget { text value } executed { text value } executionRate { text value } totalScore { text }
        indicators { level1 level2 name target actual weight { text value } score { text value } lineStart }
      } } } }`,
    });
    const body = (await response.json()) as {
      data?: { node: { fileName: string; leftOutTables: Record<string, unknown>[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.leftOutTables).toHaveLength(1);
    const [table] = body.data!.node.leftOutTables;
    expect(table).toMatchObject({
      kind: 'project',
      name: '社会保险缴费',
      code: '51000021R000000019952',
      fiscalYear: 2023,
      initialBudget: { text: '238.93', line: CUT_START + 25, value: 238.93 },
      budget: { text: '251.89', value: 251.89 },
      executed: { text: '251.89', value: 251.89 },
      executionRate: { text: '100.00%', value: 1 },
      totalScore: null,
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '发放(缴纳)覆盖率',
          target: '=100%',
          weight: { text: '60', value: 60 },
          score: null,
        },
      ],
    });
    const source = table!.source as { lineStart: number; lineEnd: number; text: string };
    expect(source.lineStart).toBe(CUT_START);
    expect(source.text).toContain('51000021R000000019952-社会保险缴费');
    expect(source.text).toContain('发放(缴纳)覆盖率');
    expect((table!.problems as { message: string }[]).length).toBeGreaterThan(0);
  });
});

describe('a table cut off whose own title is not written', () => {
  it('is reported under the fiscal year of its document, as its records would have been loaded', async () => {
    // The cut table from its 项目名称 on: no title of its own, so no year of its own.
    const untitled = cut.split('\n').slice(1).join('\n');
    expect(untitled).not.toMatch(/20\d\d/);
    const checked = await importDocument(db, 'qingshen-with-untitled-cut.txt', utf8(`${page}\n${untitled}\n`), { dryRun: true });
    expect(checked.partial).toEqual([expect.objectContaining({ name: '社会保险缴费', fiscalYear: 2023 })]);
  });
});

describe('a whole table of another fiscal year beside the document’s', () => {
  it('is left out with its figures and its own year, not stored under the document’s year', async () => {
    // The page's table again, titled (2024年度), for another project: a workbook of a unit's forms of two years.
    const nextYear = lines
      .slice(6)
      .join('\n')
      .replace('(2023年度)', '(2024年度)')
      .replace('51000021R000000019951-工资性支出', '51000021R000000019953-公用经费');
    const checked = await importDocument(db, 'qingshen-two-years.txt', utf8(`${page}\n${nextYear}\n`), { dryRun: true });
    expect([checked.status, checked.fiscalYear, checked.counts.projects]).toEqual(['checked', 2023, 1]);
    expect(checked.partial).toEqual([expect.objectContaining({ name: '公用经费', fiscalYear: 2024 })]);
    expect(checked.partial[0]!.problems.map((r) => r.message)).toEqual([
      'project 「公用经费」: its table is of 2024, the document of 2023: a document is loaded for one fiscal year — import the tables of 2024 as a document of their own',
    ]);
  });
});

describe('a project named twice', () => {
  const table = lines.slice(6).join('\n');
  it('the same table printed again is passed over, with a warning', async () => {
    const checked = await importDocument(db, 'qingshen-twice.txt', utf8(`${page}\n${table}\n`), { dryRun: true });
    expect([checked.status, checked.counts.projects, checked.partial]).toEqual(['checked', 1, []]);
    expect(checked.warnings.map((w) => w.reason)).toContainEqual(expect.stringMatching(/^the same project of .* appears again/));
  });

  it('another table under the same name, with other figures, is left out with them and why', async () => {
    // Its 调整后预算数 (the first 251.89, a cell a line) changed.
    const other = table.replace('251.89 |\n251.89 |', '300.00 |\n251.89 |');
    expect(other).not.toBe(table);
    const checked = await importDocument(db, 'qingshen-other-under-same-name.txt', utf8(`${page}\n${other}\n`), { dryRun: true });
    expect([checked.status, checked.counts.projects]).toEqual(['checked', 1]);
    expect(checked.partial).toEqual([expect.objectContaining({ name: '工资性支出', fiscalYear: 2023 })]);
    expect(checked.partial[0]!.figures.budget?.value).toBe(300);
    expect(checked.partial[0]!.reason).toMatch(
      /a table of another project of .* under the same name \(the one loaded: lines \d+–\d+\), with other figures/,
    );
  });
});

describe('a document whose only table is cut off', () => {
  it('is refused, nothing written, and its report carries what was read of the table', async () => {
    const before = await db.prisma.sourceDocument.count();
    const refused = await importDocument(db, 'cut-only.txt', utf8(`${cut}\n`));
    expect(refused.status).toBe('failed');
    expect(await db.prisma.sourceDocument.count()).toBe(before);
    expect(refused.partial).toEqual([
      expect.objectContaining({
        name: '社会保险缴费',
        figures: expect.objectContaining({ budget: expect.objectContaining({ value: 251.89 }) }),
        indicators: [expect.objectContaining({ name: '发放(缴纳)覆盖率' })],
      }),
    ]);
  });

  it('reports the lines its reading could not place, as a loaded document’s report does', async () => {
    // 稷山's page, its only table cut off: the row 家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7 could not be cut.
    const jishan = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'documents', 'shanxi-jishan-basic-public-health.txt'));
    const refused = await importDocument(db, 'jishan.txt', new Uint8Array(jishan), { dryRun: true });
    expect(refused.status).toBe('failed');
    expect(refused.unread.map((u) => u.text).join('\n')).toContain('家庭医生签约率');
  });

  it('is counted as partly read in the importer’s summary', async () => {
    const refused = await importDocument(db, 'cut-only.txt', utf8(`${cut}\n`), { dryRun: true });
    const out = new PassThrough();
    const progress = new ImportProgress(2, { out, err: new PassThrough() }, true, (r) => r.fileName, 'en');
    progress.finished(refused);
    progress.finished(report);
    progress.done(false);
    const text = String(out.read());
    expect(text).toMatch(/2 documents: 1 loaded \(1 partly read\), 0 unchanged, 0 refused, 1 failed \(1 partly read, nothing loaded\);/);
  });
});
