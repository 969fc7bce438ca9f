/** Indicators (绩效指标) of projects, department-wide evaluations or goals. */
import { indicatorsOf } from '../../db/queries/indicator';
import type { IndicatorRow } from '../../db/rows/indicator';
import type { Batcher } from './batch';

export function indicatorLoaders(b: Batcher) {
  return {
    indicators: b.listsByOwner(
      {
        project: (r: IndicatorRow) => r.projectId,
        departmentEvaluation: (r: IndicatorRow) => r.departmentEvaluationId,
        goal: (r: IndicatorRow) => r.goalId,
      },
      indicatorsOf,
    ),
  };
}
