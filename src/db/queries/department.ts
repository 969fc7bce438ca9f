/** Department-wide evaluations (部门整体支出绩效自评) and their weighted goals (年度目标). */
import type { SqlReader } from '../reader';
import { organizationObject, type OrganizationRow } from './organization';
import { DEPARTMENT_EVALUATION_FIELDS, departmentEvaluationColumns, type DepartmentEvaluationRow } from '../rows/departmentEvaluation';
import { columnsOnly } from '../rows/row';
import { goalColumns, type GoalRow } from '../rows/departmentGoal';

export type { DepartmentEvaluationRow, GoalRow };

/**
 * The evaluations in and beneath each region for a year, each with its organization (which a
 * listing of them nearly always shows: read here rather than by a statement of its own), with the
 * row fields asked for (the id always): a listing's rows without their narratives and cells as
 * written unless asked.
 */
export async function departmentEvaluationsInRegions(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
  fields: readonly (keyof DepartmentEvaluationRow)[] = DEPARTMENT_EVALUATION_FIELDS,
): Promise<(DepartmentEvaluationRow & { key: string; organization: OrganizationRow })[]> {
  return reader.$queryRaw`
    SELECT c.ancestor_code::text AS key, ${columnsOnly('DepartmentEvaluation', 'e', ['id', ...fields])}, ${organizationObject} AS organization FROM region_closure c
    JOIN department_evaluation e ON e.region_code = c.descendant_code AND e.fiscal_year = ${year}
    JOIN organization o ON o.id = e.organization_id
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) ORDER BY c.ancestor_code, e.id`;
}

export async function departmentEvaluationsOfOrganizations(reader: SqlReader, ids: readonly number[]): Promise<DepartmentEvaluationRow[]> {
  return reader.$queryRaw`SELECT ${departmentEvaluationColumns} FROM department_evaluation e
    WHERE e.organization_id = ANY(${[...ids]}::int[]) ORDER BY e.fiscal_year DESC, e.id`;
}

export async function departmentEvaluationsByIds(reader: SqlReader, ids: readonly number[]): Promise<DepartmentEvaluationRow[]> {
  return reader.$queryRaw`SELECT ${departmentEvaluationColumns} FROM department_evaluation e WHERE e.id = ANY(${[...ids]}::int[])`;
}

export async function goalsOf(reader: SqlReader, evaluationIds: readonly number[]): Promise<GoalRow[]> {
  return reader.$queryRaw`SELECT ${goalColumns} FROM department_goal g WHERE g.evaluation_id = ANY(${[...evaluationIds]}::int[]) ORDER BY g.evaluation_id, g.position`;
}
