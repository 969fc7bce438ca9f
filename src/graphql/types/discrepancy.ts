import type { DiscrepancyRow } from '../../db/queries/discrepancy';
import { builder } from '../builder';
import { DepartmentEvaluationRef } from './departmentEvaluation';
import { ProjectRef } from './project';

export const DiscrepancyRef = builder.objectRef<DiscrepancyRow>('Discrepancy');

DiscrepancyRef.implement({
  description: '不一致项: a reported figure that disagrees with what the rules compute, beyond the rounding the document uses.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description:
        'Which figure: executionRate, budgetScore, totalScore, reportedTotalScore (the reported parts against the reported total), indicators[N].score (N counted from 0), summary.executionRate …',
    }),
    indicatorPosition: t.int({
      nullable: true,
      description: 'For an indicator’s figure, the indicator’s `position` (1-based) in its table; null otherwise.',
      resolve: (d) => {
        const match = /^indicators?\[(\d+)\]/.exec(d.field);
        return match ? Number(match[1]) + 1 : null;
      },
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project evaluation the figure belongs to, if it is one’s.',
      resolve: async (d, _a, ctx) => (d.projectId ? ((await ctx.loaders.project.load(d.projectId)) ?? null) : null),
    }),
    departmentEvaluation: t.field({
      type: DepartmentEvaluationRef,
      nullable: true,
      description: 'The department-wide evaluation the figure belongs to, if it is one’s.',
      resolve: async (d, _a, ctx) =>
        d.departmentEvaluationId ? ((await ctx.loaders.departmentEvaluation.load(d.departmentEvaluationId)) ?? null) : null,
    }),
    reported: t.exposeString('reported', { description: 'The reported value, as written.' }),
    computed: t.exposeString('computed', { description: 'What the rules give.' }),
    message: t.exposeString('message', { description: 'What is wrong, in words a person can act on.' }),
    line: t.exposeInt('line', { nullable: true, description: 'Source line of the reported figure.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year (年度) of the record.' }),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code of the region the record belongs to.' }),
  }),
});
