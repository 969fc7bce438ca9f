/** Discrepancies (reported figures the rules disagree with): of projects, evaluations and summary rows, and pages per region. */
import { discrepanciesInRegions, discrepanciesOf, type DiscrepancyFilter, type DiscrepancyRow } from '../../db/queries/discrepancy';
import { batchByGroup, type Batcher } from './batch';

type RegionPageKey = { code: string; year: number; offset: number; limit: number; filter: DiscrepancyFilter };

const filterKey = (f: DiscrepancyFilter) => `${[...(f.kinds ?? [])].sort()}|${[...(f.severities ?? [])].sort()}|${f.problemsOnly ?? false}`;

export function discrepancyLoaders(b: Batcher) {
  return {
    discrepancies: b.listsByOwner(
      {
        project: (r: DiscrepancyRow) => r.projectId,
        departmentEvaluation: (r: DiscrepancyRow) => r.departmentEvaluationId,
        summaryRow: (r: DiscrepancyRow) => r.summaryRowId,
      },
      discrepanciesOf,
    ),
    /** Pages of one year, offset, limit and filter are one statement for all their regions. */
    regionDiscrepancies: b.loader<RegionPageKey, { rows: DiscrepancyRow[]; totalCount: number; hasNextPage: boolean }>(
      (keys) =>
        batchByGroup(
          keys,
          (k) => `${k.year}|${k.offset}|${k.limit}|${filterKey(k.filter)}`,
          async (group) => {
            const { year, offset, limit, filter } = group[0]!;
            const pages = await discrepanciesInRegions(
              b.reader,
              group.map((k) => k.code),
              year,
              offset,
              limit,
              filter,
            );
            return new Map(group.map((k) => [k, pages.get(k.code)!]));
          },
        ),
      (k) => `${k.code}|${k.year}|${k.offset}|${k.limit}|${filterKey(k.filter)}`,
    ),
  };
}
