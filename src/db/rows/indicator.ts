/** The indicator table (绩效指标): its row and select list. */
import type { Indicator } from '../../generated/prisma';
import { columnsOf, tableOf, type Row } from './row';

export type IndicatorRow = Row<Indicator>;

/** An indicator as evaluation makes it, before it belongs to a project, evaluation or goal. */
export type IndicatorFields = Omit<IndicatorRow, 'id' | 'projectId' | 'departmentEvaluationId' | 'goalId'>;

export const indicatorColumns = columnsOf('Indicator', 'i');

/** The indicator row's fields, in table order. */
export const INDICATOR_FIELDS = tableOf('Indicator').columns.map((f) => f.name as keyof IndicatorRow);
