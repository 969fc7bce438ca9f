/** Reported summary tables (项目支出自评汇总表) and their rows. */
import type { SqlReader } from '../reader';
import { summaryRowColumns, type SummaryRowRow } from '../rows/summaryRow';
import { summaryTableColumns, type SummaryTableRow } from '../rows/summaryTable';

export type { SummaryRowRow, SummaryTableRow };

export async function summaryTablesInRegions(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
): Promise<(SummaryTableRow & { key: string })[]> {
  return reader.$queryRaw`
    SELECT c.ancestor_code::text AS key, ${summaryTableColumns}
    FROM region_closure c
    JOIN source_document d ON d.region_code = c.descendant_code AND d.fiscal_year = ${year}
    JOIN summary_table t ON t.document_id = d.id
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) ORDER BY c.ancestor_code, t.id`;
}

export async function summaryRowsOf(reader: SqlReader, tableIds: readonly number[]): Promise<SummaryRowRow[]> {
  return reader.$queryRaw`
    SELECT ${summaryRowColumns}
    FROM summary_row r WHERE r.table_id = ANY(${[...tableIds]}::int[]) ORDER BY r.table_id, r.position`;
}
