/** Department-wide evaluations (部门整体支出绩效自评) and their goals (年度目标). */
import {
  departmentEvaluationsByIds,
  departmentEvaluationsInRegions,
  departmentEvaluationsOfOrganizations,
  goalsOf,
} from '../../db/queries/department';
import type { Batcher } from './batch';

export function departmentLoaders(b: Batcher) {
  return {
    departmentEvaluation: b.byIds(departmentEvaluationsByIds, (r) => r.id),
    departmentEvaluationsInRegion: b.regionYearLists(departmentEvaluationsInRegions),
    departmentEvaluationsOfOrganization: b.listsOf(departmentEvaluationsOfOrganizations, (r) => r.organizationId),
    goals: b.listsOf(goalsOf, (r) => r.evaluationId),
  };
}
