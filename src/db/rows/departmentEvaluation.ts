/** The department_evaluation table (部门整体支出绩效自评): its row and select list. */
import type { DepartmentEvaluation } from '../../generated/prisma';
import { columnsOf, type ReportedText, type Row } from './row';

export type DepartmentEvaluationRow = Row<DepartmentEvaluation, { reportedText: ReportedText }>;

export const departmentEvaluationColumns = columnsOf('DepartmentEvaluation', 'e');
