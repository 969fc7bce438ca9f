/** The department_evaluation table (部门整体支出绩效自评): its row and select list. */
import type { DepartmentEvaluation } from '../../generated/prisma';
import { columnsOf, tableOf, type ReportedText, type Row } from './row';

export type DepartmentEvaluationRow = Row<DepartmentEvaluation, { reportedText: ReportedText }>;

export const departmentEvaluationColumns = columnsOf('DepartmentEvaluation', 'e');

/** The row's fields, in table order. */
export const DEPARTMENT_EVALUATION_FIELDS = tableOf('DepartmentEvaluation').columns.map((f) => f.name as keyof DepartmentEvaluationRow);

/**
 * The template of an evaluation with weighted annual goals (年度目标, Hubei's form): written where
 * and only where the evaluation has goals (src/db/writes/documentRows.ts), so that one without
 * them needs no statement to say so.
 */
export const GOALS_TEMPLATE = 'HUBEI_GOALS';
/** The template of an evaluation without goals (Henan's four levels, and every form without 年度目标). */
export const NO_GOALS_TEMPLATE = 'HENAN_FOUR_LEVEL';
