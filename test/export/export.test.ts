/**
 * The exports over HTTP: every export downloaded as CSV and as XLSX, read back with SheetJS (a
 * different library from the writer), and every cell compared with what /graphql answers for the
 * same filters — the rows in the same order, each column's value at the field path its second
 * header row names. Also the CSV's form (BOM, CRLF, quoting) and the errors (JSON 400).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { importDocument } from '../../src/ingest/load';
import { syntheticProvince } from '../../src/synthetic';
import { ENGLISH, startServer, useSeededServer } from '../support/server';

const env = useSeededServer();

const GRADE_NAMES: Record<string, string> = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' };

type Row = Record<string, unknown>;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await env.server.post({ query, variables });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** A GraphQL selection for the given dotted paths. */
function selection(paths: string[]): string {
  const tree: Record<string, Record<string, unknown> | true> = {};
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    if (rest.length === 0) tree[head!] = true;
    else {
      const child = tree[head!];
      tree[head!] = { ...(child === true || child === undefined ? {} : child), [rest.join('.')]: true };
    }
  }
  return Object.entries(tree)
    .map(([key, child]) => (child === true ? key : `${key} { ${selection(Object.keys(child))} }`))
    .join(' ');
}

function at(row: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value == null ? null : (value as Row)[part]), row) ?? null;
}

/** What a cell must hold for the API's value: grades in Chinese, null as an empty cell. */
function expected(value: unknown): string | number | null {
  if (value === null) return null;
  if (typeof value === 'string' && value in GRADE_NAMES) return GRADE_NAMES[value]!;
  return value as string | number;
}

async function download(kind: string, params: string, format: 'csv' | 'xlsx'): Promise<Response> {
  return env.server.get(`/api/export/${kind}?${params}&format=${format}`);
}

/** Downloads both formats; returns the field paths (second header row) and the data rows of each. */
async function both(kind: string, params: string) {
  const csvResponse = await download(kind, params, 'csv');
  expect(csvResponse.status, await csvResponse.clone().text()).toBe(200);
  expect(csvResponse.headers.get('content-type')).toContain('text/csv');
  const csvBytes = Buffer.from(await csvResponse.arrayBuffer());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.subarray(3).toString('utf8');
  expect(csvText).toContain('\r\n');
  const csvSheet = XLSX.read(csvText, { type: 'string', raw: true });
  const csvRows = XLSX.utils.sheet_to_json<(string | undefined)[]>(csvSheet.Sheets[csvSheet.SheetNames[0]!]!, {
    header: 1,
    raw: true,
    defval: null,
  });

  const xlsxResponse = await download(kind, params, 'xlsx');
  expect(xlsxResponse.status).toBe(200);
  const workbook = XLSX.read(Buffer.from(await xlsxResponse.arrayBuffer()), { type: 'buffer' });
  const xlsxRows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1, raw: true, defval: null });

  const [headers, fields, ...csvData] = csvRows as string[][];
  expect(xlsxRows[0]).toEqual(headers);
  expect(xlsxRows[1]).toEqual(fields);
  expect(headers!.every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
  return { fields: fields!, csv: csvData, xlsx: xlsxRows.slice(2) as unknown[][] };
}

/** Every cell of both files against the API's rows. */
function compare(fields: string[], csv: unknown[][], xlsx: unknown[][], apiRows: Row[]) {
  expect(csv.length).toBe(apiRows.length);
  expect(xlsx.length).toBe(apiRows.length);
  apiRows.forEach((apiRow, r) => {
    fields.forEach((field, c) => {
      const want = expected(at(apiRow, field));
      const where = `row ${r + 1} ${field}`;
      // CSV: text as written; a number written in full, so it reads back to the same number.
      const csvCell = csv[r]![c] ?? null;
      if (want === null) expect(csvCell === null || csvCell === '', where).toBe(true);
      else if (typeof want === 'number') expect(Number(csvCell), where).toBe(want);
      else expect(csvCell, where).toBe(want);
      // XLSX: numbers typed as numbers.
      const xlsxCell = xlsx[r]![c] ?? null;
      expect(xlsxCell, where).toEqual(want);
    });
  });
}

/** Pages through a connection at `path` of the answer. */
async function allPages(query: string, variables: Record<string, unknown>, path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await gql<Row>(query, { ...variables, after });
    const connection = at(data, path) as { edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    rows.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return rows;
    after = connection.pageInfo.endCursor;
  }
}

describe('GET /api/export/…', () => {
  it('projects of 黄石市 2021, lowest execution rate first, as the API lists them', async () => {
    const { fields, csv, xlsx } = await both('projects', 'region=420200&year=2021&orderBy=EXECUTION_RATE&direction=ASC');
    const rows = await allPages(
      `query ($after: String) { region(code: "420200") { projects(year: 2021, orderBy: { field: EXECUTION_RATE, direction: ASC }, first: 7, after: $after) {
        edges { node { ${selection(fields)} } } pageInfo { hasNextPage endCursor } } } }`,
      {},
      'region.projects',
    );
    expect(rows.length).toBe(20);
    compare(fields, csv, xlsx, rows);
    expect(fields).toContain('deviationAnalysis');
  });

  it('projects everywhere in every year, filtered', async () => {
    const { fields, csv, xlsx } = await both('projects', 'hasDiscrepancies=true&minScore=50&orderBy=TOTAL_SCORE&direction=DESC');
    const rows = await allPages(
      `query ($after: String) { projects(filter: { hasDiscrepancies: true, minScore: 50 }, orderBy: { field: TOTAL_SCORE, direction: DESC }, first: 9, after: $after) {
        edges { node { ${selection(fields)} } } pageInfo { hasNextPage endCursor } } }`,
      {},
      'projects',
    );
    expect(rows.length).toBeGreaterThan(0);
    compare(fields, csv, xlsx, rows);
  });

  it('indicators of 新乡县 2021, one row per indicator with its project', async () => {
    const { fields, csv, xlsx } = await both('indicators', 'region=410721&year=2021');
    const projectFields = fields.filter((f) => f.startsWith('project.')).map((f) => f.slice('project.'.length));
    const indicatorFields = fields.filter((f) => !f.startsWith('project.'));
    const projects = await allPages(
      `query ($after: String) { region(code: "410721") { projects(year: 2021, first: 5, after: $after) {
        edges { node { ${selection(projectFields)} indicators { ${selection(indicatorFields)} } } } pageInfo { hasNextPage endCursor } } } }`,
      {},
      'region.projects',
    );
    const rows = projects.flatMap((project) => (project.indicators as Row[]).map((indicator) => ({ ...indicator, project })));
    expect(rows.length).toBeGreaterThan(projects.length);
    compare(fields, csv, xlsx, rows);
  });

  it('rollups of the children of 湖北省, and of regions named by code', async () => {
    const children = await both('rollups', 'region=420000&year=2021');
    const regionFields = children.fields.filter((f) => f.startsWith('region.')).map((f) => f.slice(7));
    const rollupFields = children.fields.filter((f) => f.startsWith('rollup.')).map((f) => f.slice(7));
    const { region } = await gql<{ region: { children: Row[] } }>(
      `{ region(code: "420000") { children { ${selection(regionFields)} rollup(year: 2021) { ${selection(rollupFields)} } } } }`,
    );
    expect(region.children.length).toBeGreaterThan(0);
    compare(
      children.fields,
      children.csv,
      children.xlsx,
      region.children.map((child) => ({ region: child, rollup: child.rollup })),
    );

    const named = await both('rollups', 'codes=420300,410721,420200&year=2021');
    const { compareRegions } = await gql<{ compareRegions: Row[] }>(
      `{ compareRegions(codes: ["420300", "410721", "420200"], year: 2021) { region { ${selection(regionFields)} } rollup { ${selection(rollupFields)} } } }`,
    );
    compare(named.fields, named.csv, named.xlsx, compareRegions);
  });

  it('rankings of counties by weighted score', async () => {
    const { fields, csv, xlsx } = await both('rankings', 'level=COUNTY&year=2021&metric=WEIGHTED_SCORE&descending=false');
    const top = fields.filter((f) => !f.includes('.'));
    const regionFields = fields.filter((f) => f.startsWith('region.')).map((f) => f.slice(7));
    const rollupFields = fields.filter((f) => f.startsWith('rollup.')).map((f) => f.slice(7));
    const { regionRanking } = await gql<{ regionRanking: Row[] }>(
      `{ regionRanking(level: COUNTY, year: 2021, metric: WEIGHTED_SCORE, descending: false) { ${top.join(' ')} region { ${selection(regionFields)} } rollup { ${selection(rollupFields)} } } }`,
    );
    expect(regionRanking.length).toBeGreaterThan(0);
    compare(fields, csv, xlsx, regionRanking);
  });

  it('discrepancies in 湖北省 2021, in document order', async () => {
    const { fields, csv, xlsx } = await both('discrepancies', 'region=420000&year=2021');
    const rows = await allPages(
      `query ($after: String) { region(code: "420000") { discrepancies(year: 2021, first: 2, after: $after) {
        edges { node { ${selection(fields)} } } pageInfo { hasNextPage endCursor } } } }`,
      {},
      'region.discrepancies',
    );
    expect(rows.length).toBeGreaterThan(2);
    compare(fields, csv, xlsx, rows);
  });

  it('quotes a field holding commas, quotes or line breaks (RFC 4180)', async () => {
    const response = await download('projects', 'region=420200&year=2021', 'csv');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const { region } = await gql<{ region: { projects: { edges: { node: { deviationAnalysis: string | null } }[] } } }>(
      '{ region(code: "420200") { projects(year: 2021, first: 100) { edges { node { deviationAnalysis } } } } }',
    );
    const special = region.projects.edges.map((e) => e.node.deviationAnalysis ?? '').filter((t) => /[\r\n",]/.test(t));
    expect(special.length).toBeGreaterThan(0);
    for (const value of special) expect(text).toContain(`"${value.replace(/"/g, '""')}"`);
  });

  it('answers bad requests with JSON 400 and the reason', async () => {
    const cases: [string, RegExp][] = [
      ['projects?region=999999&year=2021', /999999/],
      ['projects?region=420200&year=abc', /year.*whole number/],
      ['projects?region=420200&year=1850', /year|1850/i],
      ['projects?region=420200&year=2021&format=pdf', /format must be csv or xlsx/],
      ['projects?orderBy=COLOUR', /COLOUR/],
      ['rollups?year=2021', /region.*codes/],
      ['discrepancies?region=420200', /year.*required/],
    ];
    for (const [path, message] of cases) {
      const response = await env.server.get(`/api/export/${path}`, ENGLISH);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: string };
      expect(body.error, path).toMatch(message);
    }
    // In Chinese unless English is asked for, the API's own errors too.
    const inChinese = await env.server.get('/api/export/projects?region=420200&year=abc');
    expect(((await inChinese.json()) as { error: string }).error).toBe('参数“year”应为整数，收到“abc”');
    const apiError = await env.server.get('/api/export/projects?region=999999&year=2021');
    expect(((await apiError.json()) as { error: string }).error).toContain('未知的地区代码“999999”');
    // Where reading needs a key, so does exporting.
    const keyed = await startServer(env.db, { access: { readAccess: 'key' } });
    try {
      const refused = await keyed.get('/api/export/projects?region=420200&year=2021');
      expect(refused.status).toBe(401);
    } finally {
      await keyed.close();
    }
    const unknown = await env.server.get('/api/export/budgets?year=2021', ENGLISH);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toContain('projects');
  });
});

describe('GET /api/export/… over several GraphQL pages', () => {
  // A synthetic 河南省 for 2022 (never mixing with the seeds): 240 projects, so the exports page
  // through the API's 100-row pages.
  beforeAll(async () => {
    const province = syntheticProvince({ scale: 0.004, seed: 11 });
    for (const doc of province.documents()) {
      const report = await importDocument(env.db, doc.fileName, Buffer.from(doc.text));
      expect(report.status, JSON.stringify(report.errors)).toBe('loaded');
    }
  });

  it('exports every project of a province beyond one page, in the API order', async () => {
    const { fields, csv, xlsx } = await both('projects', 'region=410000&year=2022&orderBy=BUDGET&direction=DESC');
    const rows = await allPages(
      `query ($after: String) { region(code: "410000") { projects(year: 2022, orderBy: { field: BUDGET, direction: DESC }, first: 50, after: $after) {
        edges { node { ${selection(fields)} } } pageInfo { hasNextPage endCursor } } } }`,
      {},
      'region.projects',
    );
    expect(rows.length).toBeGreaterThan(200);
    compare(fields, csv, xlsx, rows);
  });

  it('exports every indicator of those projects', async () => {
    const { fields, csv, xlsx } = await both('indicators', 'region=410000&year=2022');
    const projectFields = fields.filter((f) => f.startsWith('project.')).map((f) => f.slice('project.'.length));
    const indicatorFields = fields.filter((f) => !f.startsWith('project.'));
    const projects = await allPages(
      `query ($after: String) { region(code: "410000") { projects(year: 2022, first: 40, after: $after) {
        edges { node { ${selection(projectFields)} indicators { ${selection(indicatorFields)} } } } pageInfo { hasNextPage endCursor } } } }`,
      {},
      'region.projects',
    );
    const rows = projects.flatMap((project) => (project.indicators as Row[]).map((indicator) => ({ ...indicator, project })));
    expect(rows.length).toBeGreaterThan(1000);
    compare(fields, csv, xlsx, rows);
  });
});
