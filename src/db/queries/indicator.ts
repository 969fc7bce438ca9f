/** Indicators (绩效指标) of many projects, department evaluations or goals in one statement. */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';
import { indicatorColumns, type IndicatorRow } from '../rows/indicator';
import { columnsOnly } from '../rows/row';

export type { IndicatorRow };

export type IndicatorOwner = 'project' | 'departmentEvaluation' | 'goal';

const OWNER_COLUMN: Record<IndicatorOwner, string> = {
  project: 'i.project_id',
  departmentEvaluation: 'i.department_evaluation_id',
  goal: 'i.goal_id',
};

/** The row field naming each kind of owner (always read: the loaders group rows by it). */
export const OWNER_FIELD: Record<IndicatorOwner, keyof IndicatorRow> = {
  project: 'projectId',
  departmentEvaluation: 'departmentEvaluationId',
  goal: 'goalId',
};

/**
 * The indicators of these owners in table order. With `fields`, only those columns are read (with
 * the id and the owner's key): the other fields are absent from the rows, not null.
 */
export async function indicatorsOf(
  reader: SqlReader,
  owner: IndicatorOwner,
  ids: readonly number[],
  fields?: readonly (keyof IndicatorRow)[],
): Promise<IndicatorRow[]> {
  const column = Prisma.raw(OWNER_COLUMN[owner]);
  const select = fields ? columnsOnly('Indicator', 'i', ['id', OWNER_FIELD[owner], ...fields]) : indicatorColumns;
  return reader.$queryRaw<IndicatorRow[]>`
    SELECT ${select} FROM indicator i WHERE ${column} = ANY(${[...ids]}::int[]) ORDER BY ${column}, i.position`;
}
