/**
 * Rollups (汇总) computed in the database, one statement for a whole batch of nodes: money summed,
 * the execution rate as Σexecuted / Σbudget, scores weighted by budget ("以资金额度为权重") beside
 * the plain mean, reported beside computed, grade counts, score rates, discrepancy counts.
 * A region's rollup covers every region beneath it (region_closure); an organization's covers its
 * sub-units.
 */
import { Prisma, type PrismaClient } from '../../generated/prisma';

export interface RollupRow {
  /** What the key is: a region code or an organization id. */
  scope: 'region' | 'organization';
  key: string;
  projectCount: number;
  departmentEvaluationCount: number;
  departmentReportedMeanScore: number | null;
  departmentComputedMeanScore: number | null;
  departmentBasicExpenditure: number | null;
  departmentProjectExpenditure: number | null;
  departmentBudget: number | null;
  departmentExecuted: number | null;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  weightedScore: number | null;
  meanScore: number | null;
  reportedWeightedScore: number | null;
  reportedMeanScore: number | null;
  outputScoreRate: number | null;
  benefitScoreRate: number | null;
  satisfactionScoreRate: number | null;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
  ungraded: number;
  reportedExcellent: number;
  reportedGood: number;
  reportedFair: number;
  reportedPoor: number;
  discrepancyCount: number;
}

/** Σ(x × budget) / Σbudget over the rows where both are known and the budget is positive. */
function fundWeighted(column: string): Prisma.Sql {
  const c = Prisma.raw(`p.${column}`);
  return Prisma.sql`(sum(${c} * p.budget) FILTER (WHERE ${c} IS NOT NULL AND p.budget > 0)
    / NULLIF(sum(p.budget) FILTER (WHERE ${c} IS NOT NULL AND p.budget > 0), 0))::float8`;
}

const aggregates = Prisma.sql`
  count(*)::int AS "projectCount",
  sum(p.budget)::float8 AS budget,
  sum(p.executed)::float8 AS executed,
  (sum(p.executed) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL)
    / NULLIF(sum(p.budget) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL), 0))::float8 AS "executionRate",
  ${fundWeighted('total_score')} AS "weightedScore",
  avg(p.total_score)::float8 AS "meanScore",
  ${fundWeighted('reported_total_score')} AS "reportedWeightedScore",
  avg(p.reported_total_score)::float8 AS "reportedMeanScore",
  ${fundWeighted('output_score_rate')} AS "outputScoreRate",
  ${fundWeighted('benefit_score_rate')} AS "benefitScoreRate",
  ${fundWeighted('satisfaction_score_rate')} AS "satisfactionScoreRate",
  count(*) FILTER (WHERE p.grade = 'EXCELLENT')::int AS excellent,
  count(*) FILTER (WHERE p.grade = 'GOOD')::int AS good,
  count(*) FILTER (WHERE p.grade = 'FAIR')::int AS fair,
  count(*) FILTER (WHERE p.grade = 'POOR')::int AS poor,
  count(*) FILTER (WHERE p.grade IS NULL)::int AS ungraded,
  count(*) FILTER (WHERE p.reported_grade = 'EXCELLENT')::int AS "reportedExcellent",
  count(*) FILTER (WHERE p.reported_grade = 'GOOD')::int AS "reportedGood",
  count(*) FILTER (WHERE p.reported_grade = 'FAIR')::int AS "reportedFair",
  count(*) FILTER (WHERE p.reported_grade = 'POOR')::int AS "reportedPoor"`;

/** The department-wide evaluations (部门整体支出绩效自评) beneath a node: count, mean scores, money. */
const departmentAggregates = Prisma.sql`
  count(*) AS n, avg(x.reported_total_score) AS reported, avg(x.computed_score) AS computed,
  sum(x.basic_expenditure) AS basic, sum(x.project_expenditure) AS project, sum(x.budget) AS budget, sum(x.executed) AS executed`;

const emptyCounts = Prisma.sql`
  COALESCE(a."projectCount", 0) AS "projectCount",
  a.budget, a.executed, a."executionRate", a."weightedScore", a."meanScore", a."reportedWeightedScore",
  a."reportedMeanScore", a."outputScoreRate", a."benefitScoreRate", a."satisfactionScoreRate",
  COALESCE(a.excellent, 0) AS excellent, COALESCE(a.good, 0) AS good, COALESCE(a.fair, 0) AS fair,
  COALESCE(a.poor, 0) AS poor, COALESCE(a.ungraded, 0) AS ungraded,
  COALESCE(a."reportedExcellent", 0) AS "reportedExcellent", COALESCE(a."reportedGood", 0) AS "reportedGood",
  COALESCE(a."reportedFair", 0) AS "reportedFair", COALESCE(a."reportedPoor", 0) AS "reportedPoor",
  COALESCE(e.n, 0)::int AS "departmentEvaluationCount", e.reported::float8 AS "departmentReportedMeanScore",
  e.computed::float8 AS "departmentComputedMeanScore", e.basic::float8 AS "departmentBasicExpenditure",
  e.project::float8 AS "departmentProjectExpenditure", e.budget::float8 AS "departmentBudget", e.executed::float8 AS "departmentExecuted", COALESCE(d.n, 0)::int AS "discrepancyCount"`;

export async function regionRollups(prisma: PrismaClient, codes: readonly string[], year: number): Promise<RollupRow[]> {
  const keys = [...codes];
  return prisma.$queryRaw<RollupRow[]>`
    WITH scope AS (
      SELECT c.ancestor_code AS key, c.descendant_code AS region_code
      FROM region_closure c WHERE c.ancestor_code = ANY(${keys}::varchar[])),
    a AS (
      SELECT s.key, ${aggregates}
      FROM scope s JOIN project_evaluation p ON p.region_code = s.region_code AND p.fiscal_year = ${year}
      GROUP BY s.key),
    e AS (
      SELECT s.key, ${departmentAggregates} FROM scope s
      JOIN department_evaluation x ON x.region_code = s.region_code AND x.fiscal_year = ${year} GROUP BY s.key),
    d AS (
      SELECT s.key, count(*) AS n FROM scope s
      JOIN discrepancy x ON x.region_code = s.region_code AND x.fiscal_year = ${year} GROUP BY s.key)
    SELECT 'region' AS scope, k.key, ${emptyCounts}
    FROM unnest(${keys}::varchar[]) AS k(key)
    LEFT JOIN a ON a.key = k.key LEFT JOIN e ON e.key = k.key LEFT JOIN d ON d.key = k.key`;
}

export async function organizationRollups(prisma: PrismaClient, ids: readonly number[], year: number): Promise<RollupRow[]> {
  const keys = [...ids];
  return prisma.$queryRaw<RollupRow[]>`
    WITH scope AS (
      SELECT k.id AS key, o.id AS organization_id
      FROM unnest(${keys}::int[]) AS k(id) JOIN organization o ON o.id = k.id OR o.parent_id = k.id),
    a AS (
      SELECT s.key, ${aggregates}
      FROM scope s JOIN project_evaluation p ON p.organization_id = s.organization_id AND p.fiscal_year = ${year}
      GROUP BY s.key),
    e AS (
      SELECT s.key, ${departmentAggregates} FROM scope s
      JOIN department_evaluation x ON x.organization_id = s.organization_id AND x.fiscal_year = ${year} GROUP BY s.key),
    d AS (
      -- Every discrepancy of the scope's records: projects, department-wide evaluations, summary rows.
      SELECT s.key, count(*) AS n FROM discrepancy x
      LEFT JOIN project_evaluation p ON p.id = x.project_id
      LEFT JOIN department_evaluation de ON de.id = x.department_evaluation_id
      LEFT JOIN summary_row r ON r.id = x.summary_row_id
      LEFT JOIN summary_table t ON t.id = r.table_id
      JOIN scope s ON s.organization_id = COALESCE(p.organization_id, de.organization_id, t.organization_id)
      WHERE x.fiscal_year = ${year} GROUP BY s.key)
    SELECT 'organization' AS scope, k.key::text AS key, ${emptyCounts}
    FROM unnest(${keys}::int[]) AS k(key)
    LEFT JOIN a ON a.key = k.key LEFT JOIN e ON e.key = k.key LEFT JOIN d ON d.key = k.key`;
}

/**
 * Organizations with project evaluations beneath each node for a year (单位数): a count of
 * distinct values costs as much as the rest of a rollup, so it is its own statement, issued only
 * when the field is asked for.
 */
export async function organizationCounts(
  prisma: PrismaClient,
  scope: RollupRow['scope'],
  keys: readonly string[],
  year: number,
): Promise<{ key: string; count: number }[]> {
  if (scope === 'region') {
    return prisma.$queryRaw`
      SELECT c.ancestor_code::text AS key, count(DISTINCT p.organization_id)::int AS count
      FROM region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code AND p.fiscal_year = ${year}
      WHERE c.ancestor_code = ANY(${[...keys]}::varchar[]) GROUP BY c.ancestor_code`;
  }
  return prisma.$queryRaw`
    SELECT k.id::text AS key, count(DISTINCT p.organization_id)::int AS count
    FROM unnest(${keys.map(Number)}::int[]) AS k(id) JOIN organization o ON o.id = k.id OR o.parent_id = k.id
    JOIN project_evaluation p ON p.organization_id = o.id AND p.fiscal_year = ${year}
    GROUP BY k.id`;
}
