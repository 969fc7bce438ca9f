/** The summary_row table (one row of a 项目支出自评汇总表): its row and select list. */
import type { SummaryRow } from '../../generated/prisma';
import { columnsOf, type ReportedText, type Row } from './row';

export type SummaryRowRow = Row<SummaryRow, { reportedText: ReportedText }>;

export const summaryRowColumns = columnsOf('SummaryRow', 'r');
