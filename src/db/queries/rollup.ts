/**
 * Rollups (汇总) computed in the database, one statement for a whole batch of nodes: money summed,
 * the execution rate as Σexecuted / Σbudget, scores weighted by budget ("以资金额度为权重") beside
 * the plain mean, reported beside computed, grade counts, score rates, discrepancy counts; and what
 * each score covers (projects and money), the reported score over the projects the computed one
 * covers (like with like), and why the other totals could not be computed.
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
  /** The reported score fund-weighted over the projects with a computed score: like with like beside weightedScore. */
  reportedWeightedScoreOnComputed: number | null;
  /** Projects with a computed / reported total, and the budget that weights each score (Σbudget > 0 of those projects). */
  computedScoreProjects: number;
  computedScoreBudget: number | null;
  reportedScoreProjects: number;
  reportedScoreBudget: number | null;
  /** Projects without a computed total, each under the first reason that stops it (uncomputedReason). */
  uncomputedNoBudget: number;
  uncomputedNoExecuted: number;
  uncomputedUnweightedIndicators: number;
  uncomputedOther: number;
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
  /** Discrepancies that are problems (MAJOR, MINOR); ROUNDING and INFO are listed but not counted here. */
  discrepancyCount: number;
  /** Every discrepancy listed, problems or not. */
  listedDiscrepancyCount: number;
}

export type RollupFigure = Exclude<keyof RollupRow, 'scope' | 'key'>;

/** Σ(x × budget) / Σbudget over the rows where both are known and the budget is positive. */
function fundWeighted(column: string): Prisma.Sql {
  const c = Prisma.raw(`p.${column}`);
  return Prisma.sql`(sum(${c} * p.budget) FILTER (WHERE ${c} IS NOT NULL AND p.budget > 0)
    / NULLIF(sum(p.budget) FILTER (WHERE ${c} IS NOT NULL AND p.budget > 0), 0))::float8`;
}

/** Σbudget of the projects where the column is known and the budget positive: the money a fund-weighted figure covers. */
function fundsCovered(column: string): Prisma.Sql {
  const c = Prisma.raw(`p.${column}`);
  return Prisma.sql`sum(p.budget) FILTER (WHERE ${c} IS NOT NULL AND p.budget > 0)::float8`;
}

/**
 * Why a project has no computed total (the rules, src/domain/projectScore.ts): its budget part
 * could not be scored and no budget score was reported — no budget, or no executed amount — or an
 * indicator that is not a constraint (约束性指标) has neither a weight (分值) nor a reported score.
 * A project is counted once, under the first of these that applies; OTHER holds the rest.
 */
const budgetPartMissing = Prisma.sql`p.budget_score IS NULL AND p.reported_budget_score IS NULL`;
const uncomputedReason = Prisma.sql`CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN ${budgetPartMissing} AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN ${budgetPartMissing} AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
    AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END`;
const uncomputed = (reason: string) => Prisma.sql`count(*) FILTER (WHERE ${uncomputedReason} = ${Prisma.raw(`'${reason}'`)})::int`;

/** The figures computed from the projects beneath a node, each its own aggregate. */
const PROJECT_FIGURES = {
  projectCount: Prisma.sql`count(*)::int`,
  budget: Prisma.sql`sum(p.budget)::float8`,
  executed: Prisma.sql`sum(p.executed)::float8`,
  executionRate: Prisma.sql`(sum(p.executed) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL)
    / NULLIF(sum(p.budget) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL), 0))::float8`,
  weightedScore: fundWeighted('total_score'),
  meanScore: Prisma.sql`avg(p.total_score)::float8`,
  reportedWeightedScore: fundWeighted('reported_total_score'),
  reportedMeanScore: Prisma.sql`avg(p.reported_total_score)::float8`,
  reportedWeightedScoreOnComputed: Prisma.sql`(sum(p.reported_total_score * p.budget)
      FILTER (WHERE p.reported_total_score IS NOT NULL AND p.total_score IS NOT NULL AND p.budget > 0)
    / NULLIF(sum(p.budget) FILTER (WHERE p.reported_total_score IS NOT NULL AND p.total_score IS NOT NULL AND p.budget > 0), 0))::float8`,
  computedScoreProjects: Prisma.sql`count(p.total_score)::int`,
  computedScoreBudget: fundsCovered('total_score'),
  reportedScoreProjects: Prisma.sql`count(p.reported_total_score)::int`,
  reportedScoreBudget: fundsCovered('reported_total_score'),
  uncomputedNoBudget: uncomputed('NO_BUDGET'),
  uncomputedNoExecuted: uncomputed('NO_EXECUTED'),
  uncomputedUnweightedIndicators: uncomputed('UNWEIGHTED_INDICATORS'),
  uncomputedOther: uncomputed('OTHER'),
  outputScoreRate: fundWeighted('output_score_rate'),
  benefitScoreRate: fundWeighted('benefit_score_rate'),
  satisfactionScoreRate: fundWeighted('satisfaction_score_rate'),
  excellent: Prisma.sql`count(*) FILTER (WHERE p.grade = 'EXCELLENT')::int`,
  good: Prisma.sql`count(*) FILTER (WHERE p.grade = 'GOOD')::int`,
  fair: Prisma.sql`count(*) FILTER (WHERE p.grade = 'FAIR')::int`,
  poor: Prisma.sql`count(*) FILTER (WHERE p.grade = 'POOR')::int`,
  ungraded: Prisma.sql`count(*) FILTER (WHERE p.grade IS NULL)::int`,
  reportedExcellent: Prisma.sql`count(*) FILTER (WHERE p.reported_grade = 'EXCELLENT')::int`,
  reportedGood: Prisma.sql`count(*) FILTER (WHERE p.reported_grade = 'GOOD')::int`,
  reportedFair: Prisma.sql`count(*) FILTER (WHERE p.reported_grade = 'FAIR')::int`,
  reportedPoor: Prisma.sql`count(*) FILTER (WHERE p.reported_grade = 'POOR')::int`,
} satisfies Partial<Record<RollupFigure, Prisma.Sql>>;

type ProjectFigure = keyof typeof PROJECT_FIGURES;

/** Counts are 0, not null, for a node without projects. */
const PROJECT_COUNTS = new Set<RollupFigure>([
  'projectCount',
  'excellent',
  'good',
  'fair',
  'poor',
  'ungraded',
  'reportedExcellent',
  'reportedGood',
  'reportedFair',
  'reportedPoor',
  'computedScoreProjects',
  'reportedScoreProjects',
  'uncomputedNoBudget',
  'uncomputedNoExecuted',
  'uncomputedUnweightedIndicators',
  'uncomputedOther',
]);

/** The figures of the department-wide evaluations (部门整体支出绩效自评) beneath a node: computed together. */
const DEPARTMENT_FIGURES = new Set<RollupFigure>([
  'departmentEvaluationCount',
  'departmentReportedMeanScore',
  'departmentComputedMeanScore',
  'departmentBasicExpenditure',
  'departmentProjectExpenditure',
  'departmentBudget',
  'departmentExecuted',
]);

export const ALL_ROLLUP_FIGURES = [
  ...Object.keys(PROJECT_FIGURES),
  ...DEPARTMENT_FIGURES,
  'discrepancyCount',
  'listedDiscrepancyCount',
] as RollupFigure[];

/** Discrepancies that are problems (src/domain/discrepancyKinds.ts isProblem): not ROUNDING, not INFO. */
const PROBLEMS = Prisma.sql`count(*) FILTER (WHERE x.severity IN ('MAJOR', 'MINOR'))`;

const departmentAggregates = Prisma.sql`
  count(*) AS n, avg(x.reported_total_score) AS reported, avg(x.computed_score) AS computed,
  sum(x.basic_expenditure) AS basic, sum(x.project_expenditure) AS project, sum(x.budget) AS budget, sum(x.executed) AS executed`;

const departmentColumns = Prisma.sql`
  COALESCE(e.n, 0)::int AS "departmentEvaluationCount", e.reported::float8 AS "departmentReportedMeanScore",
  e.computed::float8 AS "departmentComputedMeanScore", e.basic::float8 AS "departmentBasicExpenditure",
  e.project::float8 AS "departmentProjectExpenditure", e.budget::float8 AS "departmentBudget", e.executed::float8 AS "departmentExecuted"`;

/** How one kind of node finds what lies beneath it. */
interface NodeKind {
  scope: RollupRow['scope'];
  /** The CTE `scope(key, …)`: each key with what lies beneath it. */
  scopeCte: Prisma.Sql;
  /** The keys in the order given, as `k(key)`, and a key as text. */
  keys: Prisma.Sql;
  keyText: Prisma.Sql;
  /** Joins `scope s` to its projects `p`, and to its department-wide evaluations `x`. */
  projects: Prisma.Sql;
  departmentEvaluations: Prisma.Sql;
  /** A query of (key, n, listed): the problems (MAJOR, MINOR) and all discrepancies beneath each key. */
  discrepancies: Prisma.Sql;
}

/**
 * One rollup statement for a batch of nodes computing only the figures asked for (the project
 * count always): every figure costs three times a few (issue 14), and the department-wide
 * evaluations and the discrepancies are read only when one of theirs is asked for.
 */
function rollupStatement(kind: NodeKind, figures: readonly RollupFigure[]): Prisma.Sql {
  const wanted = new Set<RollupFigure>(['projectCount', ...figures]);
  const project = (Object.keys(PROJECT_FIGURES) as ProjectFigure[]).filter((f) => wanted.has(f));
  const ctes = [
    Prisma.sql`scope AS (${kind.scopeCte})`,
    Prisma.sql`a AS (SELECT s.key, ${Prisma.join(project.map((f) => Prisma.sql`${PROJECT_FIGURES[f]} AS ${Prisma.raw(`"${f}"`)}`))}
      FROM scope s ${kind.projects} GROUP BY s.key)`,
  ];
  const columns = project.map((f) => Prisma.raw(PROJECT_COUNTS.has(f) ? `COALESCE(a."${f}", 0) AS "${f}"` : `a."${f}"`));
  const joins = [Prisma.sql`LEFT JOIN a ON a.key = k.key`];
  if ([...DEPARTMENT_FIGURES].some((f) => wanted.has(f))) {
    ctes.push(Prisma.sql`e AS (SELECT s.key, ${departmentAggregates} FROM scope s ${kind.departmentEvaluations} GROUP BY s.key)`);
    columns.push(departmentColumns);
    joins.push(Prisma.sql`LEFT JOIN e ON e.key = k.key`);
  }
  if (wanted.has('discrepancyCount') || wanted.has('listedDiscrepancyCount')) {
    ctes.push(Prisma.sql`d AS (${kind.discrepancies})`);
    columns.push(Prisma.sql`COALESCE(d.n, 0)::int AS "discrepancyCount", COALESCE(d.listed, 0)::int AS "listedDiscrepancyCount"`);
    joins.push(Prisma.sql`LEFT JOIN d ON d.key = k.key`);
  }
  return Prisma.sql`WITH ${Prisma.join(ctes)}
    SELECT ${kind.scope} AS scope, ${kind.keyText} AS key, ${Prisma.join(columns)}
    FROM ${kind.keys} ${Prisma.join(joins, ' ')}`;
}

/** Rollups of regions, each with every region beneath it. */
export async function regionRollups(
  prisma: PrismaClient,
  codes: readonly string[],
  year: number,
  figures: readonly RollupFigure[] = ALL_ROLLUP_FIGURES,
): Promise<RollupRow[]> {
  const keys = [...codes];
  const kind: NodeKind = {
    scope: 'region',
    scopeCte: Prisma.sql`SELECT c.ancestor_code AS key, c.descendant_code AS region_code
      FROM region_closure c WHERE c.ancestor_code = ANY(${keys}::varchar[])`,
    keys: Prisma.sql`unnest(${keys}::varchar[]) AS k(key)`,
    keyText: Prisma.sql`k.key`,
    projects: Prisma.sql`JOIN project_evaluation p ON p.region_code = s.region_code AND p.fiscal_year = ${year}`,
    departmentEvaluations: Prisma.sql`JOIN department_evaluation x ON x.region_code = s.region_code AND x.fiscal_year = ${year}`,
    discrepancies: Prisma.sql`SELECT s.key, ${PROBLEMS} AS n, count(*) AS listed FROM scope s
      JOIN discrepancy x ON x.region_code = s.region_code AND x.fiscal_year = ${year} GROUP BY s.key`,
  };
  return prisma.$queryRaw<RollupRow[]>(rollupStatement(kind, figures));
}

/** Rollups of organizations, each with its sub-units. */
export async function organizationRollups(
  prisma: PrismaClient,
  ids: readonly number[],
  year: number,
  figures: readonly RollupFigure[] = ALL_ROLLUP_FIGURES,
): Promise<RollupRow[]> {
  const keys = [...ids];
  const kind: NodeKind = {
    scope: 'organization',
    scopeCte: Prisma.sql`SELECT k.id AS key, o.id AS organization_id
      FROM unnest(${keys}::int[]) AS k(id) JOIN organization o ON o.id = k.id OR o.parent_id = k.id`,
    keys: Prisma.sql`unnest(${keys}::int[]) AS k(key)`,
    keyText: Prisma.sql`k.key::text`,
    projects: Prisma.sql`JOIN project_evaluation p ON p.organization_id = s.organization_id AND p.fiscal_year = ${year}`,
    departmentEvaluations: Prisma.sql`JOIN department_evaluation x ON x.organization_id = s.organization_id AND x.fiscal_year = ${year}`,
    // Every discrepancy of the scope's records: projects, department-wide evaluations, summary rows.
    discrepancies: Prisma.sql`SELECT s.key, ${PROBLEMS} AS n, count(*) AS listed FROM discrepancy x
      LEFT JOIN project_evaluation p ON p.id = x.project_id
      LEFT JOIN department_evaluation de ON de.id = x.department_evaluation_id
      LEFT JOIN summary_row r ON r.id = x.summary_row_id
      LEFT JOIN summary_table t ON t.id = r.table_id
      JOIN scope s ON s.organization_id = COALESCE(p.organization_id, de.organization_id, t.organization_id)
      WHERE x.fiscal_year = ${year} GROUP BY s.key`,
  };
  return prisma.$queryRaw<RollupRow[]>(rollupStatement(kind, figures));
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
