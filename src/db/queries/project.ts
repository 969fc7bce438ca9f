/**
 * Project evaluations (项目支出绩效自评): one page per scope (a region with everything beneath it,
 * an organization with its sub-units, or the whole database) for many scopes in one statement,
 * with the total count of each, filtered and sorted in SQL.
 */
import { Prisma } from '../../generated/prisma';
import { plannedForItsValues } from '../preparedStatements';
import type { SqlReader } from '../reader';
import { projectColumns, type Grade, type ProjectRow } from '../rows/projectEvaluation';
import { columnsOnly } from '../rows/row';

export type { Grade, ProjectRow };

export interface ProjectFilter {
  year?: number | null;
  /** Level of the project's own region: only county projects beneath a province, say. */
  level?: 'PROVINCE' | 'CITY' | 'COUNTY' | null;
  organizationId?: number | null;
  category?: string | null;
  grades?: Grade[] | null;
  minScore?: number | null;
  maxScore?: number | null;
  minExecutionRate?: number | null;
  maxExecutionRate?: number | null;
  hasDiscrepancies?: boolean | null;
  search?: string | null;
}

export type ProjectOrderField =
  'NAME' | 'BUDGET' | 'EXECUTED' | 'EXECUTION_RATE' | 'TOTAL_SCORE' | 'REPORTED_TOTAL_SCORE' | 'DISCREPANCY_COUNT';

const ORDER_COLUMNS: Record<ProjectOrderField, string> = {
  NAME: 'p.name',
  BUDGET: 'p.budget',
  EXECUTED: 'p.executed',
  EXECUTION_RATE: 'p.execution_rate',
  TOTAL_SCORE: 'p.total_score',
  REPORTED_TOTAL_SCORE: 'p.reported_total_score',
  DISCREPANCY_COUNT: 'p.discrepancy_count',
};

export interface ProjectPageRequest {
  filter: ProjectFilter;
  orderBy: ProjectOrderField;
  descending: boolean;
  offset: number;
  /** Rows to return; one more is fetched to tell whether a next page exists. */
  limit: number;
  /** The row fields to read (with the id), sorted; every field when absent. The others are absent from the rows, not null. */
  fields?: (keyof ProjectRow)[];
}

export type ProjectScope = { kind: 'region'; codes: string[] } | { kind: 'organization'; ids: number[] } | { kind: 'all' };

export interface ProjectPage {
  key: string;
  rows: ProjectRow[];
  totalCount: number;
  hasNextPage: boolean;
}

function filterSql(f: ProjectFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.year != null) parts.push(Prisma.sql`p.fiscal_year = ${f.year}`);
  if (f.level != null) parts.push(Prisma.sql`p.region_code IN (SELECT code FROM region WHERE level::text = ${f.level})`);
  if (f.organizationId != null)
    parts.push(
      Prisma.sql`p.organization_id IN (SELECT id FROM organization WHERE id = ${f.organizationId} OR parent_id = ${f.organizationId})`,
    );
  if (f.category != null) parts.push(Prisma.sql`p.category = ${f.category}`);
  if (f.grades != null && f.grades.length > 0) parts.push(Prisma.sql`p.grade::text = ANY(${f.grades}::text[])`);
  if (f.minScore != null) parts.push(Prisma.sql`p.total_score >= ${f.minScore}`);
  if (f.maxScore != null) parts.push(Prisma.sql`p.total_score <= ${f.maxScore}`);
  if (f.minExecutionRate != null) parts.push(Prisma.sql`p.execution_rate >= ${f.minExecutionRate}`);
  if (f.maxExecutionRate != null) parts.push(Prisma.sql`p.execution_rate <= ${f.maxExecutionRate}`);
  if (f.hasDiscrepancies === true) parts.push(Prisma.sql`p.discrepancy_count > 0`);
  if (f.hasDiscrepancies === false) parts.push(Prisma.sql`p.discrepancy_count = 0`);
  if (f.search) {
    const pattern = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`p.name ILIKE ${pattern}`);
  }
  return Prisma.join(parts, ' AND ');
}

/** The scopes' keys, one row each (`k.key`, text). */
function keysSql(scope: ProjectScope): Prisma.Sql {
  switch (scope.kind) {
    case 'region':
      return Prisma.sql`SELECT unnest(${scope.codes}::varchar[])::text AS key`;
    case 'organization':
      return Prisma.sql`SELECT unnest(${scope.ids}::int[])::text AS key`;
    case 'all':
      return Prisma.sql`SELECT ''::text AS key`;
  }
}

/** The projects of one scope, `k.key` (FROM and WHERE, the filter ANDed on after). */
function scopeSql(scope: ProjectScope): Prisma.Sql {
  switch (scope.kind) {
    case 'region':
      return Prisma.sql`region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code
        WHERE c.ancestor_code = k.key`;
    case 'organization':
      return Prisma.sql`organization o JOIN project_evaluation p ON p.organization_id = o.id
        WHERE (o.id = k.key::int OR o.parent_id = k.key::int)`;
    case 'all':
      return Prisma.sql`project_evaluation p WHERE TRUE`;
  }
}

/** The page's sort column and direction (ties go by id, ascending). */
function orderOf(request: ProjectPageRequest): { column: Prisma.Sql; direction: Prisma.Sql } {
  return {
    column: Prisma.raw(ORDER_COLUMNS[request.orderBy]),
    direction: Prisma.raw(request.descending ? 'DESC NULLS LAST' : 'ASC NULLS LAST'),
  };
}

/**
 * The ids of one scope's page, in order. A region's page is taken region by region: each region
 * beneath it gives its first `offset + limit + 1` projects in the page's order (by index where there
 * is one: name order, the default), and the page is the first of those — the whole scope's first
 * rows are among them. So a page of a city or a province reads a few rows per region, not every
 * project beneath it, however many there are. Other scopes are ranked whole.
 */
function pageIdsSql(scope: ProjectScope, filter: Prisma.Sql, request: ProjectPageRequest): Prisma.Sql {
  const { column, direction } = orderOf(request);
  if (scope.kind !== 'region')
    return Prisma.sql`SELECT p.id FROM ${scopeSql(scope)} AND ${filter}
      ORDER BY ${column} ${direction}, p.id ASC LIMIT ${request.limit + 1} OFFSET ${request.offset}`;
  return Prisma.sql`SELECT first.id FROM region_closure c CROSS JOIN LATERAL (
      SELECT p.id, ${column} AS sort_key FROM project_evaluation p WHERE p.region_code = c.descendant_code AND ${filter}
      ORDER BY ${column} ${direction}, p.id ASC LIMIT ${request.offset + request.limit + 1}) first
    WHERE c.ancestor_code = k.key
    ORDER BY first.sort_key ${direction}, first.id ASC LIMIT ${request.limit + 1} OFFSET ${request.offset}`;
}

/** Whether the filter keeps a year's projects (or every year's) and nothing else. */
function yearOnly(filter: ProjectFilter): boolean {
  const { year: _year, ...others } = filter;
  return Object.values(others).every((v) => v == null || (Array.isArray(v) && v.length === 0) || v === '');
}

/**
 * The number of one scope's projects the filter keeps. A region's projects of a year, with no other
 * condition, are counted in the rollup sums (src/db/rollupSums.ts: project_count per region and
 * year, always equal to the projects, test/db/rollupSums.test.ts): a row per region beneath it, not
 * an index entry per project. Any other filter counts the projects.
 */
function totalSql(scope: ProjectScope, filter: ProjectFilter): Prisma.Sql {
  if (scope.kind === 'region' && filter.year != null && yearOnly(filter))
    return Prisma.sql`SELECT COALESCE(sum(s.project_count), 0)::int AS total FROM region_closure c
      JOIN region_rollup_sum s ON s.region_code = c.descendant_code AND s.fiscal_year = ${filter.year}
      WHERE c.ancestor_code = k.key`;
  return Prisma.sql`SELECT count(*)::int AS total FROM ${scopeSql(scope)} AND ${filterSql(filter)}`;
}

/** For each scope its total (totalSql), and its page (pageIdsSql): the page's rows read by id. */
export async function projectPages(reader: SqlReader, scope: ProjectScope, request: ProjectPageRequest): Promise<ProjectPage[]> {
  const { column, direction } = orderOf(request);
  const filter = filterSql(request.filter);
  const statement = Prisma.sql`
    SELECT k.key, t.total, p.rn, ${request.fields ? columnsOnly('ProjectEvaluation', 'p', ['id', ...request.fields]) : projectColumns}
    FROM (${keysSql(scope)}) k
    CROSS JOIN LATERAL (${totalSql(scope, request.filter)}) t
    LEFT JOIN LATERAL (
      SELECT p.*, row_number() OVER (ORDER BY ${column} ${direction}, p.id ASC)::int AS rn
      FROM project_evaluation p WHERE p.id IN (${pageIdsSql(scope, filter, request)})) p ON TRUE
    ORDER BY k.key, p.rn`;
  // A region's page of a year is read by index whatever the values; a filter's values (a score, a
  // text) decide how many rows it keeps, and so the plan.
  const rows = await reader.$queryRaw<(ProjectRow & { key: string; rn: number | null; total: number })[]>(
    scope.kind === 'region' && yearOnly(request.filter) ? statement : plannedForItsValues(statement),
  );
  const pages = new Map<string, ProjectPage>();
  for (const row of rows) {
    // A scope whose page is empty (or past the end) comes back as one row without a project, carrying its total.
    const page = pages.get(row.key) ?? { key: row.key, rows: [], totalCount: row.total, hasNextPage: false };
    pages.set(row.key, page);
    if (row.rn === null) continue;
    if (page.rows.length < request.limit) page.rows.push(row);
    else page.hasNextPage = true;
  }
  return [...pages.values()];
}

export async function projectsByIds(reader: SqlReader, ids: readonly number[]): Promise<ProjectRow[]> {
  return reader.$queryRaw<ProjectRow[]>`SELECT ${projectColumns} FROM project_evaluation p WHERE p.id = ANY(${[...ids]}::int[])`;
}
