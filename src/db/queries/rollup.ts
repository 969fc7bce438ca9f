/**
 * Rollups (汇总) computed in the database, one statement for a whole batch of nodes: money summed,
 * the execution rate as Σexecuted / Σbudget, scores weighted by budget ("以资金额度为权重") beside
 * the plain mean, reported beside computed, grade counts, score rates, discrepancy counts; and what
 * each score covers (projects and money), the reported score over the projects the computed one
 * covers (like with like), and why the other totals could not be computed.
 * A region's rollup covers every region beneath it (region_closure); an organization's covers its
 * sub-units.
 *
 * Every figure is a sum or a quotient of sums, read from the rollup sums kept per region and per
 * organization (src/db/rollupSums.ts): a province's rollup adds up a row per region beneath it, as
 * many at 600,000 projects as at 6,000. Every rollup is served from them; no filter of a rollup
 * needs the projects themselves.
 */
import type { Rollup } from '../../domain/rollup';
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

/**
 * A rollup as the API serves it: the domain's rule (src/domain/rollup.ts — budget, executed, the
 * execution rate, the weighted and mean scores computed and reported) over the node's projects,
 * their count as projectCount, and the figures only the database keeps.
 */
export interface RollupRow extends Omit<Rollup, 'count'> {
  /** What the key is: a region code or an organization id. */
  scope: 'region' | 'organization';
  key: string;
  projectCount: number;
  /** Organizations with project evaluations (单位数). */
  organizationCount: number;
  departmentEvaluationCount: number;
  departmentReportedMeanScore: number | null;
  departmentComputedMeanScore: number | null;
  departmentBasicExpenditure: number | null;
  departmentProjectExpenditure: number | null;
  departmentBudget: number | null;
  departmentExecuted: number | null;
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

/** A sum of the rows' column, as float8 (null where no row has one). */
const money = (column: string) => Prisma.raw(`sum(r.${column})::float8`);
/** A count summed over the rows. */
const count = (column: string) => Prisma.raw(`sum(r.${column})::int`);
/** Σnumerator / Σdenominator: a rate, or a fund-weighted or plain mean, computed exactly as from the records. */
const ratio = (numerator: string, denominator: string) => Prisma.raw(`(sum(r.${numerator}) / NULLIF(sum(r.${denominator}), 0))::float8`);

/** Each figure from the rollup sums `r` (src/db/rollupSums.ts) of the regions or organizations beneath a node. */
const FIGURES: Record<Exclude<RollupFigure, 'organizationCount'>, Prisma.Sql> = {
  projectCount: count('project_count'),
  budget: money('budget'),
  executed: money('executed'),
  executionRate: ratio('rate_executed', 'rate_budget'),
  weightedScore: ratio('computed_score_money', 'computed_score_budget'),
  meanScore: ratio('computed_score_sum', 'computed_score_projects'),
  reportedWeightedScore: ratio('reported_score_money', 'reported_score_budget'),
  reportedMeanScore: ratio('reported_score_sum', 'reported_score_projects'),
  reportedWeightedScoreOnComputed: ratio('reported_on_computed_money', 'reported_on_computed_budget'),
  computedScoreProjects: count('computed_score_projects'),
  computedScoreBudget: money('computed_score_budget'),
  reportedScoreProjects: count('reported_score_projects'),
  reportedScoreBudget: money('reported_score_budget'),
  uncomputedNoBudget: count('uncomputed_no_budget'),
  uncomputedNoExecuted: count('uncomputed_no_executed'),
  uncomputedUnweightedIndicators: count('uncomputed_unweighted_indicators'),
  uncomputedOther: count('uncomputed_other'),
  outputScoreRate: ratio('output_rate_money', 'output_rate_budget'),
  benefitScoreRate: ratio('benefit_rate_money', 'benefit_rate_budget'),
  satisfactionScoreRate: ratio('satisfaction_rate_money', 'satisfaction_rate_budget'),
  excellent: count('excellent'),
  good: count('good'),
  fair: count('fair'),
  poor: count('poor'),
  ungraded: count('ungraded'),
  reportedExcellent: count('reported_excellent'),
  reportedGood: count('reported_good'),
  reportedFair: count('reported_fair'),
  reportedPoor: count('reported_poor'),
  departmentEvaluationCount: count('department_evaluation_count'),
  departmentReportedMeanScore: ratio('department_reported_score_sum', 'department_reported_scores'),
  departmentComputedMeanScore: ratio('department_computed_score_sum', 'department_computed_scores'),
  departmentBasicExpenditure: money('department_basic_expenditure'),
  departmentProjectExpenditure: money('department_project_expenditure'),
  departmentBudget: money('department_budget'),
  departmentExecuted: money('department_executed'),
  discrepancyCount: count('discrepancy_count'),
  listedDiscrepancyCount: count('listed_discrepancy_count'),
};

export const ALL_ROLLUP_FIGURES = [...Object.keys(FIGURES), 'organizationCount'] as RollupFigure[];

/** Figures that are counts: 0, not null, for a node with nothing beneath it. */
const COUNTS = new Set<RollupFigure>(
  ALL_ROLLUP_FIGURES.filter((f) => f === 'organizationCount' || FIGURES[f as keyof typeof FIGURES].sql.endsWith('::int')),
);

/** How one kind of node finds the rollup sums beneath it. */
interface NodeKind {
  scope: RollupRow['scope'];
  /** The CTE `scope(key, …)`: each key with what lies beneath it. */
  scopeCte: Prisma.Sql;
  /** The keys in the order given, as `k(key)`, and a key as text. */
  keys: Prisma.Sql;
  keyText: Prisma.Sql;
  /** Joins `scope s` to the rows `r` of the rollup sums beneath it. */
  sums: Prisma.Sql;
  /** Organizations with project evaluations (单位数) among the rows `r`. */
  organizationCount: Prisma.Sql;
}

/**
 * One rollup statement for a batch of nodes, adding up the rollup sums beneath each node and
 * computing only the figures asked for (the project count always).
 */
function rollupStatement(kind: NodeKind, figures: readonly RollupFigure[]): Prisma.Sql {
  const wanted = new Set<RollupFigure>(['projectCount', ...figures]);
  const asked = ALL_ROLLUP_FIGURES.filter((f) => wanted.has(f));
  const aggregate = (f: RollupFigure) => (f === 'organizationCount' ? kind.organizationCount : FIGURES[f]);
  return Prisma.sql`WITH scope AS (${kind.scopeCte}),
    a AS (SELECT s.key, ${Prisma.join(asked.map((f) => Prisma.sql`${aggregate(f)} AS ${Prisma.raw(`"${f}"`)}`))}
      FROM scope s ${kind.sums} GROUP BY s.key)
    SELECT ${kind.scope} AS scope, ${kind.keyText} AS key,
      ${Prisma.raw(asked.map((f) => (COUNTS.has(f) ? `COALESCE(a."${f}", 0) AS "${f}"` : `a."${f}"`)).join(', '))}
    FROM ${kind.keys} LEFT JOIN a ON a.key = k.key`;
}

/** Rollups of regions, each with every region beneath it. */
export async function regionRollups(
  reader: SqlReader,
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
    sums: Prisma.sql`JOIN region_rollup_sum r ON r.region_code = s.region_code AND r.fiscal_year = ${year}`,
    organizationCount: Prisma.sql`sum(r.organization_count)::int`,
  };
  return reader.$queryRaw<RollupRow[]>(rollupStatement(kind, figures));
}

/** Rollups of organizations, each with its sub-units. */
export async function organizationRollups(
  reader: SqlReader,
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
    sums: Prisma.sql`JOIN organization_rollup_sum r ON r.organization_id = s.organization_id AND r.fiscal_year = ${year}`,
    organizationCount: Prisma.sql`count(DISTINCT r.organization_id) FILTER (WHERE r.project_count > 0)::int`,
  };
  return reader.$queryRaw<RollupRow[]>(rollupStatement(kind, figures));
}
