/** Discrepancies (reported figures the rules disagree with) of many owners in one statement. */
import type { Discrepancy } from '../../domain/discrepancy';
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

/** A stored discrepancy: the domain's Discrepancy, with where it was found and what it belongs to. */
export interface DiscrepancyRow extends Discrepancy {
  id: number;
  documentId: number;
  regionCode: string;
  fiscalYear: number;
  projectId: number | null;
  departmentEvaluationId: number | null;
  summaryRowId: number | null;
  line: number | null;
}

/** Which discrepancies a list keeps: by kind, by severity, problems only (not ROUNDING or INFO). */
export interface DiscrepancyFilter {
  kinds?: readonly string[] | null;
  severities?: readonly string[] | null;
  problemsOnly?: boolean | null;
}

const columns = Prisma.sql`x.id, x.document_id AS "documentId", x.region_code AS "regionCode", x.fiscal_year AS "fiscalYear",
  x.project_id AS "projectId", x.department_evaluation_id AS "departmentEvaluationId", x.summary_row_id AS "summaryRowId",
  x.field, x.reported, x.computed, x.kind, x.severity, x.caused_by AS "causedBy", x.message, x.message_zh AS "messageZh", x.line`;

function filterSql(f: DiscrepancyFilter): Prisma.Sql {
  const kinds = f.kinds?.length ? Prisma.sql` AND x.kind = ANY(${[...f.kinds]}::text[])` : Prisma.empty;
  const severities = f.severities?.length ? Prisma.sql` AND x.severity = ANY(${[...f.severities]}::text[])` : Prisma.empty;
  const problems = f.problemsOnly ? Prisma.sql` AND x.severity IN ('MAJOR', 'MINOR')` : Prisma.empty;
  return Prisma.sql`${kinds}${severities}${problems}`;
}

export type DiscrepancyOwner = 'project' | 'departmentEvaluation' | 'summaryRow';

const OWNER_COLUMN: Record<DiscrepancyOwner, string> = {
  project: 'x.project_id',
  departmentEvaluation: 'x.department_evaluation_id',
  summaryRow: 'x.summary_row_id',
};

export async function discrepanciesOf(reader: SqlReader, owner: DiscrepancyOwner, ids: readonly number[]): Promise<DiscrepancyRow[]> {
  const column = Prisma.raw(OWNER_COLUMN[owner]);
  return reader.$queryRaw<DiscrepancyRow[]>`
    SELECT ${columns} FROM discrepancy x WHERE ${column} = ANY(${[...ids]}::int[]) ORDER BY ${column}, x.id`;
}

/** A page of the discrepancies in and beneath each region for a year (offset paging, one more row fetched). */
export async function discrepanciesInRegions(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
  offset: number,
  limit: number,
  filter: DiscrepancyFilter = {},
): Promise<Map<string, { rows: DiscrepancyRow[]; totalCount: number; hasNextPage: boolean }>> {
  const rows = await reader.$queryRaw<(DiscrepancyRow & { key: string; rn: number; total: number })[]>`
    WITH ranked AS (
      SELECT c.ancestor_code::text AS key, ${columns},
        row_number() OVER (PARTITION BY c.ancestor_code ORDER BY x.document_id, x.line NULLS LAST, x.id)::int AS rn,
        count(*) OVER (PARTITION BY c.ancestor_code)::int AS total
      FROM discrepancy x JOIN region_closure c ON c.descendant_code = x.region_code
      WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) AND x.fiscal_year = ${year}${filterSql(filter)})
    SELECT * FROM ranked WHERE (rn > ${offset} AND rn <= ${offset + limit + 1}) OR rn = 1 ORDER BY key, rn`;
  const pages = new Map(codes.map((c) => [c, { rows: [] as DiscrepancyRow[], totalCount: 0, hasNextPage: false }]));
  for (const row of rows) {
    const page = pages.get(row.key)!;
    page.totalCount = row.total;
    if (row.rn <= offset) continue;
    if (page.rows.length < limit) page.rows.push(row);
    else page.hasNextPage = true;
  }
  return pages;
}
