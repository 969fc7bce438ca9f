/** Discrepancies (reported figures the rules disagree with): of projects, evaluations and summary rows, and pages per region. */
import {
  discrepanciesInRegions,
  discrepanciesOf,
  type DiscrepancyFilter,
  type DiscrepancyOwner,
  type DiscrepancyRow,
} from '../../db/queries/discrepancy';
import { batchByGroup, perValue, type Batcher } from './batch';

const OWNER_COLUMN = { project: 'projectId', departmentEvaluation: 'departmentEvaluationId', summaryRow: 'summaryRowId' } as const;

type RegionPageKey = { code: string; year: number; offset: number; limit: number; filter: DiscrepancyFilter };

const filterKey = (f: DiscrepancyFilter) => `${[...(f.kinds ?? [])].sort()}|${[...(f.severities ?? [])].sort()}|${f.problemsOnly ?? false}`;

export function discrepancyLoaders(b: Batcher) {
  return {
    discrepancies: perValue(Object.keys(OWNER_COLUMN) as DiscrepancyOwner[], (owner) =>
      b.listsOf(
        (prisma, ids: readonly number[]) => discrepanciesOf(prisma, owner, ids),
        (r: DiscrepancyRow) => r[OWNER_COLUMN[owner]]!,
      ),
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
              b.prisma,
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
