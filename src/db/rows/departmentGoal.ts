/** The department_goal table (年度目标 of a department-wide evaluation): its row and select list. */
import type { DepartmentGoal } from '../../generated/prisma';
import { columnsOf, type Row } from './row';

export type GoalRow = Row<DepartmentGoal>;

export const goalColumns = columnsOf('DepartmentGoal', 'g');
