/** Department-wide evaluations (部门整体支出绩效自评) and their goals (年度目标). */
import {
  departmentEvaluationsByIds,
  departmentEvaluationsInRegions,
  departmentEvaluationsOfOrganizations,
  goalsOf,
} from '../../db/queries/department';
import type { DepartmentEvaluationRow } from '../../db/rows/departmentEvaluation';
import { batchByGroup, grouped, type Batcher, type YearKey } from './batch';

/** The evaluations in and beneath a region for a year, with the row fields the selection reads. */
export interface RegionEvaluationsKey extends YearKey<string> {
  fields: readonly (keyof DepartmentEvaluationRow)[];
}

export function departmentLoaders(b: Batcher) {
  return {
    departmentEvaluation: b.byIds(departmentEvaluationsByIds, (r) => r.id),
    // The keys of one year are one statement reading the union of their fields.
    departmentEvaluationsInRegion: b.loader<RegionEvaluationsKey, Awaited<ReturnType<typeof departmentEvaluationsInRegions>>>(
      (keys) =>
        batchByGroup(
          keys,
          (k) => String(k.year),
          async (group) => {
            const codes = [...new Set(group.map((k) => k.id))];
            const fields = [...new Set(group.flatMap((k) => k.fields))];
            const lists = grouped(codes, await departmentEvaluationsInRegions(b.reader, codes, group[0]!.year, fields), (r) => r.key);
            return new Map(group.map((k) => [k, lists[codes.indexOf(k.id)]!]));
          },
        ),
      (k) => `${k.id}|${k.year}|${k.fields.join(',')}`,
    ),
    departmentEvaluationsOfOrganization: b.listsOf(departmentEvaluationsOfOrganizations, (r) => r.organizationId),
    goals: b.listsOf(goalsOf, (r) => r.evaluationId),
  };
}
