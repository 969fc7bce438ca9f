/** Department-wide evaluations (部门整体支出绩效自评) and their goals (年度目标). */
import {
  departmentEvaluationsByIds,
  departmentEvaluationsInRegions,
  departmentEvaluationsOfOrganizations,
  goalsOf,
} from '../../db/queries/department';
import type { DepartmentEvaluationRow } from '../../db/rows/departmentEvaluation';
import { grouped, type Batcher, type YearKey } from './batch';

/** The evaluations in and beneath a region for a year, with the row fields the selection reads. */
export interface RegionEvaluationsKey extends YearKey<string> {
  fields: readonly (keyof DepartmentEvaluationRow)[];
}

export function departmentLoaders(b: Batcher) {
  return {
    departmentEvaluation: b.byIds(departmentEvaluationsByIds, (r) => r.id),
    // The keys of one year are one statement reading the union of their fields.
    departmentEvaluationsInRegion: b.yearBatchedAsking(
      (k: RegionEvaluationsKey) => k.fields,
      departmentEvaluationsInRegions,
      (codes, rows) => grouped(codes, rows, (r) => r.key),
    ),
    departmentEvaluationsOfOrganization: b.listsOf(departmentEvaluationsOfOrganizations, (r) => r.organizationId),
    goals: b.listsOf(goalsOf, (r) => r.evaluationId),
  };
}
