/** The summary_table table (项目支出自评汇总表): its row and select list. */
import type { SummaryTable } from '../../generated/prisma';
import { columnsOf, type Row } from './row';

export type SummaryTableRow = Row<SummaryTable>;

export const summaryTableColumns = columnsOf('SummaryTable', 't');
