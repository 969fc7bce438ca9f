/** Indicators (绩效指标) of projects, department-wide evaluations or goals. */
import { indicatorsOf, type IndicatorOwner } from '../../db/queries/indicator';
import type { IndicatorRow } from '../../db/rows/indicator';
import { perValue, type Batcher } from './batch';

const OWNER_COLUMN = { project: 'projectId', departmentEvaluation: 'departmentEvaluationId', goal: 'goalId' } as const;

export function indicatorLoaders(b: Batcher) {
  return {
    indicators: perValue(Object.keys(OWNER_COLUMN) as IndicatorOwner[], (owner) =>
      b.listsOf(
        (prisma, ids: readonly number[]) => indicatorsOf(prisma, owner, ids),
        (r: IndicatorRow) => r[OWNER_COLUMN[owner]]!,
      ),
    ),
  };
}
