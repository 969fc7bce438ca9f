/** Department-wide evaluations (部门整体支出绩效自评) and their weighted goals (年度目标). */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

export interface DepartmentEvaluationRow {
  id: number;
  documentId: number;
  regionCode: string;
  organizationId: number;
  fiscalYear: number;
  title: string | null;
  template: string;
  filledOnText: string | null;
  basicExpenditure: number | null;
  projectExpenditure: number | null;
  budget: number | null;
  executed: number | null;
  budgetWeight: number | null;
  reportedExecutionRate: number | null;
  reportedBudgetScore: number | null;
  reportedTotalScore: number | null;
  tableScoreSum: number | null;
  annualObjectives: string | null;
  narrative: string | null;
  narrativeLineStart: number | null;
  narrativeLineEnd: number | null;
  lineStart: number;
  lineEnd: number;
  executionRate: number | null;
  budgetScore: number | null;
  computedScore: number | null;
  grade: string | null;
  discrepancyCount: number;
}

const columns = Prisma.sql`e.id, e.document_id AS "documentId", e.region_code AS "regionCode",
  e.organization_id AS "organizationId", e.fiscal_year AS "fiscalYear", e.title, e.template, e.filled_on_text AS "filledOnText",
  e.basic_expenditure::float8 AS "basicExpenditure", e.project_expenditure::float8 AS "projectExpenditure",
  e.budget::float8 AS budget, e.executed::float8 AS executed, e.budget_weight::float8 AS "budgetWeight",
  e.reported_execution_rate::float8 AS "reportedExecutionRate", e.reported_budget_score::float8 AS "reportedBudgetScore",
  e.reported_total_score::float8 AS "reportedTotalScore",
  e.table_score_sum::float8 AS "tableScoreSum", e.annual_objectives AS "annualObjectives",
  e.narrative, e.narrative_line_start AS "narrativeLineStart", e.narrative_line_end AS "narrativeLineEnd",
  e.line_start AS "lineStart", e.line_end AS "lineEnd", e.execution_rate::float8 AS "executionRate",
  e.budget_score::float8 AS "budgetScore", e.computed_score::float8 AS "computedScore", e.grade::text AS grade,
  e.discrepancy_count AS "discrepancyCount"`;

/** The evaluations in and beneath each region for a year. */
export async function departmentEvaluationsInRegions(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
): Promise<(DepartmentEvaluationRow & { key: string })[]> {
  return reader.$queryRaw`
    SELECT c.ancestor_code::text AS key, ${columns} FROM region_closure c
    JOIN department_evaluation e ON e.region_code = c.descendant_code AND e.fiscal_year = ${year}
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) ORDER BY c.ancestor_code, e.id`;
}

export async function departmentEvaluationsOfOrganizations(
  reader: SqlReader,
  ids: readonly number[],
): Promise<DepartmentEvaluationRow[]> {
  return reader.$queryRaw`SELECT ${columns} FROM department_evaluation e
    WHERE e.organization_id = ANY(${[...ids]}::int[]) ORDER BY e.fiscal_year DESC, e.id`;
}

export async function departmentEvaluationsByIds(reader: SqlReader, ids: readonly number[]): Promise<DepartmentEvaluationRow[]> {
  return reader.$queryRaw`SELECT ${columns} FROM department_evaluation e WHERE e.id = ANY(${[...ids]}::int[])`;
}

export interface GoalRow {
  id: number;
  evaluationId: number;
  position: number;
  name: string;
  weight: number | null;
  weightText: string | null;
  score: number | null;
  reportedScore: number | null;
  lineStart: number;
  lineEnd: number;
}

export async function goalsOf(reader: SqlReader, evaluationIds: readonly number[]): Promise<GoalRow[]> {
  return reader.$queryRaw`SELECT g.id, g.evaluation_id AS "evaluationId", g.position, g.name, g.weight::float8 AS weight,
      g.weight_text AS "weightText", g.score::float8 AS score, g.reported_score::float8 AS "reportedScore",
      g.line_start AS "lineStart", g.line_end AS "lineEnd"
    FROM department_goal g WHERE g.evaluation_id = ANY(${[...evaluationIds]}::int[]) ORDER BY g.evaluation_id, g.position`;
}
