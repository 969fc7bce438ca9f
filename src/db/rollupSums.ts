/**
 * Rollup sums (合计): every rollup figure is a sum or a quotient of sums (money, score × money,
 * counts), so the figures of a year's projects, department-wide evaluations and discrepancies are
 * kept summed per organization and region (organization_rollup_sum), and per region
 * (region_rollup_sum, the organizations' rows added up). Rollups add these rows up and divide on
 * demand (src/db/queries/rollup.ts): a province reads a hundred rows, not its projects.
 *
 * They are derived data, recomputed from the records in the transaction of every document load
 * for the organizations the document holds, in its fiscal year (refreshRollupSums). A corrected
 * version replaces a document of the same identity — the same organizations and year — so the
 * records it removes lie in the same sums.
 *
 * Exact: money sums keep the scale of their terms (numeric, never float), so Σ of the sums is
 * the Σ of the records, and a quotient of them the quotient computed from the records.
 */
import { Prisma } from '../generated/prisma';
import type { SqlWriter } from './transaction';

type Sql = Prisma.Sql;

/**
 * Why a project has no computed total (the rules, src/domain/projectScore.ts): its budget part
 * could not be scored and no budget score was reported — no budget, or no executed amount — or an
 * indicator that is not a constraint (约束性指标) has neither a weight (分值) nor a reported score.
 * A project is counted once, under the first of these that applies; OTHER holds the rest.
 */
const budgetPartMissing = 'p.budget_score IS NULL AND p.reported_budget_score IS NULL';
const uncomputedReason = `CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN ${budgetPartMissing} AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN ${budgetPartMissing} AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
    AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END`;

/** Σ(x × budget) and Σbudget over the projects where x is known and the budget positive: a fund-weighted mean's terms. */
const weighted = (x: string, where = `${x} IS NOT NULL AND p.budget > 0`) => [
  `sum(${x} * p.budget) FILTER (WHERE ${where})`,
  `sum(p.budget) FILTER (WHERE ${where})`,
];
const [computedScoreMoney, computedScoreBudget] = weighted('p.total_score');
const [reportedScoreMoney, reportedScoreBudget] = weighted('p.reported_total_score');
const [reportedOnComputedMoney, reportedOnComputedBudget] = weighted(
  'p.reported_total_score',
  'p.reported_total_score IS NOT NULL AND p.total_score IS NOT NULL AND p.budget > 0',
);
const [outputRateMoney, outputRateBudget] = weighted('p.output_score_rate');
const [benefitRateMoney, benefitRateBudget] = weighted('p.benefit_score_rate');
const [satisfactionRateMoney, satisfactionRateBudget] = weighted('p.satisfaction_score_rate');
const rateTerms = 'p.budget > 0 AND p.executed IS NOT NULL';

/** Each column of the projects' sums, with its aggregate over a group of projects `p` (`u.reason`: uncomputedReason, computed once per project). */
const PROJECT_SUMS: Record<string, string> = {
  project_count: 'count(*)',
  budget: 'sum(p.budget)',
  executed: 'sum(p.executed)',
  rate_budget: `sum(p.budget) FILTER (WHERE ${rateTerms})`,
  rate_executed: `sum(p.executed) FILTER (WHERE ${rateTerms})`,
  computed_score_projects: 'count(p.total_score)',
  computed_score_sum: 'sum(p.total_score)',
  computed_score_money: computedScoreMoney!,
  computed_score_budget: computedScoreBudget!,
  reported_score_projects: 'count(p.reported_total_score)',
  reported_score_sum: 'sum(p.reported_total_score)',
  reported_score_money: reportedScoreMoney!,
  reported_score_budget: reportedScoreBudget!,
  reported_on_computed_money: reportedOnComputedMoney!,
  reported_on_computed_budget: reportedOnComputedBudget!,
  uncomputed_no_budget: `count(*) FILTER (WHERE u.reason = 'NO_BUDGET')`,
  uncomputed_no_executed: `count(*) FILTER (WHERE u.reason = 'NO_EXECUTED')`,
  uncomputed_unweighted_indicators: `count(*) FILTER (WHERE u.reason = 'UNWEIGHTED_INDICATORS')`,
  uncomputed_other: `count(*) FILTER (WHERE u.reason = 'OTHER')`,
  output_rate_money: outputRateMoney!,
  output_rate_budget: outputRateBudget!,
  benefit_rate_money: benefitRateMoney!,
  benefit_rate_budget: benefitRateBudget!,
  satisfaction_rate_money: satisfactionRateMoney!,
  satisfaction_rate_budget: satisfactionRateBudget!,
  excellent: `count(*) FILTER (WHERE p.grade = 'EXCELLENT')`,
  good: `count(*) FILTER (WHERE p.grade = 'GOOD')`,
  fair: `count(*) FILTER (WHERE p.grade = 'FAIR')`,
  poor: `count(*) FILTER (WHERE p.grade = 'POOR')`,
  ungraded: 'count(*) FILTER (WHERE p.grade IS NULL)',
  reported_excellent: `count(*) FILTER (WHERE p.reported_grade = 'EXCELLENT')`,
  reported_good: `count(*) FILTER (WHERE p.reported_grade = 'GOOD')`,
  reported_fair: `count(*) FILTER (WHERE p.reported_grade = 'FAIR')`,
  reported_poor: `count(*) FILTER (WHERE p.reported_grade = 'POOR')`,
};

/** Each column of the department-wide evaluations' sums, over a group `x`. */
const DEPARTMENT_SUMS: Record<string, string> = {
  department_evaluation_count: 'count(*)',
  department_reported_score_sum: 'sum(x.reported_total_score)',
  department_reported_scores: 'count(x.reported_total_score)',
  department_computed_score_sum: 'sum(x.computed_score)',
  department_computed_scores: 'count(x.computed_score)',
  department_basic_expenditure: 'sum(x.basic_expenditure)',
  department_project_expenditure: 'sum(x.project_expenditure)',
  department_budget: 'sum(x.budget)',
  department_executed: 'sum(x.executed)',
};

/** The counts among the sums (0, never null, where a row has none). */
const COUNTS = new Set([
  ...Object.keys(PROJECT_SUMS).filter((c) => PROJECT_SUMS[c]!.startsWith('count')),
  ...Object.keys(DEPARTMENT_SUMS).filter((c) => DEPARTMENT_SUMS[c]!.startsWith('count')),
  'discrepancy_count',
  'listed_discrepancy_count',
]);

/** Every sum column, in the tables' order. */
export const SUM_COLUMNS: readonly string[] = [...Object.keys(PROJECT_SUMS), ...Object.keys(DEPARTMENT_SUMS), 'discrepancy_count', 'listed_discrepancy_count'];

const raw = (text: string) => Prisma.raw(text);
const list = (columns: readonly string[], as: (c: string) => string) => raw(columns.map(as).join(', '));

/** Which records: those of some organizations in a year, or every record. */
interface Scope {
  /** A condition on an organization column and a fiscal-year column. */
  where(organization: string, year: string): Sql;
}

const EVERYTHING: Scope = { where: () => Prisma.sql`TRUE` };

function organizationsInYear(organizationIds: readonly number[], fiscalYear: number): Scope {
  return {
    where: (organization, year) => Prisma.sql`${raw(year)} = ${fiscalYear} AND ${raw(organization)} = ANY(${[...organizationIds]}::int[])`,
  };
}

/**
 * The organizations' sums computed from their records: projects, department-wide evaluations and
 * discrepancies, each grouped by (fiscal year, region, organization) — a discrepancy under its own
 * region and its record's organization (project, else department-wide evaluation, else summary
 * table), as the rollups counted them.
 *
 * A record's discrepancies are found from the record, by its index (the LATERAL … OFFSET 0 keeps
 * the year's condition out of that scan): a load must not read every discrepancy of its year,
 * which made each load cost more as the year filled (the planner, with statistics that lag a
 * running import, joined the organization's records with all the year's discrepancies).
 */
function organizationSums(scope: Scope): Sql {
  const key = 'fiscal_year, region_code, organization_id';
  return Prisma.sql`WITH
    p AS (SELECT p.fiscal_year, p.region_code, p.organization_id, ${list(Object.keys(PROJECT_SUMS), (c) => `${PROJECT_SUMS[c]} AS ${c}`)}
      FROM project_evaluation p CROSS JOIN LATERAL (SELECT ${raw(uncomputedReason)} AS reason OFFSET 0) u
      WHERE ${scope.where('p.organization_id', 'p.fiscal_year')} GROUP BY 1, 2, 3),
    x AS (SELECT x.fiscal_year, x.region_code, x.organization_id, ${list(Object.keys(DEPARTMENT_SUMS), (c) => `${DEPARTMENT_SUMS[c]} AS ${c}`)}
      FROM department_evaluation x WHERE ${scope.where('x.organization_id', 'x.fiscal_year')} GROUP BY 1, 2, 3),
    d AS (SELECT fiscal_year, region_code, organization_id, count(*) FILTER (WHERE severity IN ('MAJOR', 'MINOR')) AS discrepancy_count, count(*) AS listed_discrepancy_count FROM (
        SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM project_evaluation o
          CROSS JOIN LATERAL (SELECT * FROM discrepancy x WHERE x.project_id = o.id OFFSET 0) x
          WHERE ${scope.where('o.organization_id', 'x.fiscal_year')}
        UNION ALL
        SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM department_evaluation o
          CROSS JOIN LATERAL (SELECT * FROM discrepancy x WHERE x.department_evaluation_id = o.id OFFSET 0) x
          WHERE x.project_id IS NULL AND ${scope.where('o.organization_id', 'x.fiscal_year')}
        UNION ALL
        SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM summary_table o
          CROSS JOIN LATERAL (SELECT r.id FROM summary_row r WHERE r.table_id = o.id OFFSET 0) r
          CROSS JOIN LATERAL (SELECT * FROM discrepancy x WHERE x.summary_row_id = r.id OFFSET 0) x
          WHERE x.project_id IS NULL AND x.department_evaluation_id IS NULL AND ${scope.where('o.organization_id', 'x.fiscal_year')}
      ) owned GROUP BY 1, 2, 3),
    k AS (SELECT ${raw(key)} FROM p UNION SELECT ${raw(key)} FROM x UNION SELECT ${raw(key)} FROM d)
    SELECT k.fiscal_year, k.region_code, k.organization_id,
      ${list(SUM_COLUMNS, (c) => (COUNTS.has(c) ? `COALESCE(${c}, 0)::int AS ${c}` : c))}
    FROM k LEFT JOIN p USING (${raw(key)}) LEFT JOIN x USING (${raw(key)}) LEFT JOIN d USING (${raw(key)})`;
}

/** The regions' sums: their organizations' rows added up, with the organizations that have projects. */
function regionSums(where: Sql): Sql {
  return Prisma.sql`SELECT fiscal_year, region_code, count(*) FILTER (WHERE project_count > 0)::int AS organization_count,
      ${list(SUM_COLUMNS, (c) => (COUNTS.has(c) ? `sum(${c})::int AS ${c}` : `sum(${c}) AS ${c}`))}
    FROM organization_rollup_sum WHERE ${where} GROUP BY fiscal_year, region_code`;
}

const organizationColumns = list(['fiscal_year', 'region_code', 'organization_id', ...SUM_COLUMNS], (c) => c);
const regionColumns = list(['fiscal_year', 'region_code', 'organization_count', ...SUM_COLUMNS], (c) => c);

/** Sets every sum column of a row that is there already to the one computed (INSERT … ON CONFLICT). */
const replaceSums = (key: string, columns: readonly string[] = SUM_COLUMNS) =>
  Prisma.sql`ON CONFLICT (${raw(key)}) DO UPDATE SET ${list(columns, (c) => `${c} = EXCLUDED.${c}`)}`;

/**
 * Recomputes the sums of some organizations in a fiscal year from their records, and of the
 * regions they lie in: two statements whatever the data — the organizations' rows written (and
 * those left without records removed), then their regions' rows. Called in a document load's
 * transaction, after its records are written (and the version it replaces removed), with the
 * document's organizations and year.
 */
export async function refreshRollupSums(
  tx: SqlWriter,
  organizationIds: readonly number[],
  fiscalYear: number,
): Promise<void> {
  if (organizationIds.length === 0) return;
  const scope = organizationsInYear(organizationIds, fiscalYear);
  const touched = await tx.$queryRaw<{ region_code: string }[]>`
    WITH computed AS (${organizationSums(scope)}),
      written AS (INSERT INTO organization_rollup_sum (${organizationColumns}) SELECT * FROM computed
        ${replaceSums('fiscal_year, organization_id, region_code')} RETURNING region_code),
      removed AS (DELETE FROM organization_rollup_sum s WHERE ${scope.where('s.organization_id', 's.fiscal_year')}
        AND NOT EXISTS (SELECT 1 FROM computed c WHERE c.organization_id = s.organization_id AND c.region_code = s.region_code)
        RETURNING region_code)
    SELECT region_code FROM written UNION SELECT region_code FROM removed`;
  if (touched.length === 0) return;
  const regions = touched.map((r) => r.region_code);
  await tx.$executeRaw`
    WITH removed AS (DELETE FROM region_rollup_sum s WHERE s.fiscal_year = ${fiscalYear} AND s.region_code = ANY(${regions}::varchar[])
        AND NOT EXISTS (SELECT 1 FROM organization_rollup_sum o WHERE o.fiscal_year = s.fiscal_year AND o.region_code = s.region_code))
    INSERT INTO region_rollup_sum (${regionColumns})
      ${regionSums(Prisma.sql`fiscal_year = ${fiscalYear} AND region_code = ANY(${regions}::varchar[])`)}
      ${replaceSums('fiscal_year, region_code', ['organization_count', ...SUM_COLUMNS])}`;
}

/**
 * Recomputes every sum from the records: what the sums must always equal (the tests compare), and
 * the repair of a database whose sums were changed by hand. The migration that created the tables
 * (prisma/migrations/20261203050000_rollup_sums) filled them with this one's SQL as it was then.
 */
export async function rebuildRollupSums(tx: SqlWriter): Promise<void> {
  await tx.$executeRaw`DELETE FROM region_rollup_sum`;
  await tx.$executeRaw`DELETE FROM organization_rollup_sum`;
  await tx.$executeRaw`INSERT INTO organization_rollup_sum (${organizationColumns}) ${organizationSums(EVERYTHING)}`;
  await tx.$executeRaw`INSERT INTO region_rollup_sum (${regionColumns}) ${regionSums(Prisma.sql`TRUE`)}`;
}
