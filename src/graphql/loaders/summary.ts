/** Reported summary tables (项目支出自评汇总表) in regions, and their rows. */
import { summaryRowsOf, summaryTablesInRegions } from '../../db/queries/summary';
import type { Batcher } from './batch';

export function summaryLoaders(b: Batcher) {
  return {
    summaryTablesInRegion: b.regionYearLists(summaryTablesInRegions),
    summaryRows: b.listsOf(summaryRowsOf, (r) => r.tableId),
  };
}
