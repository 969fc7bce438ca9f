/** The project_evaluation table (项目支出绩效自评): its row and select list. */
import type { ProjectEvaluation } from '../../generated/prisma';
import { columnsOf, type ReportedText, type Row } from './row';

export type { Grade } from '../../generated/prisma';

export type ProjectRow = Row<ProjectEvaluation, { reportedText: ReportedText }>;

export const projectColumns = columnsOf('ProjectEvaluation', 'p');
