/** Indicators (绩效指标) of many projects, department evaluations or goals in one statement. */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';
import { indicatorColumns, type IndicatorRow } from '../rows/indicator';

export type { IndicatorRow };

export type IndicatorOwner = 'project' | 'departmentEvaluation' | 'goal';

const OWNER_COLUMN: Record<IndicatorOwner, string> = {
  project: 'i.project_id',
  departmentEvaluation: 'i.department_evaluation_id',
  goal: 'i.goal_id',
};

export async function indicatorsOf(reader: SqlReader, owner: IndicatorOwner, ids: readonly number[]): Promise<IndicatorRow[]> {
  const column = Prisma.raw(OWNER_COLUMN[owner]);
  return reader.$queryRaw<IndicatorRow[]>`
    SELECT ${indicatorColumns} FROM indicator i WHERE ${column} = ANY(${[...ids]}::int[]) ORDER BY ${column}, i.position`;
}
