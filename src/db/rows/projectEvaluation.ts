/** The project_evaluation table (项目支出绩效自评): its row and select list. */
import type { ProjectEvaluation } from '../../generated/prisma';
import { columnsOf, tableOf, type ReportedText, type Row } from './row';

export type { Grade } from '../../generated/prisma';

export type ProjectRow = Row<ProjectEvaluation, { reportedText: ReportedText }>;

export const projectColumns = columnsOf('ProjectEvaluation', 'p');

/** The project row's fields, in table order. */
export const PROJECT_FIELDS = tableOf('ProjectEvaluation').columns.map((f) => f.name as keyof ProjectRow);
