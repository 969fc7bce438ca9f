import type { DiscrepancyRow } from '../../db/queries/discrepancy';
import { builder } from '../builder';

export const DiscrepancyRef = builder.objectRef<DiscrepancyRow>('Discrepancy');

DiscrepancyRef.implement({
  description: '不一致项: a reported figure that disagrees with what the rules compute, beyond the rounding the document uses.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Which figure, e.g. budgetScore, executionRate, totalScore, indicator[3].score.' }),
    reported: t.exposeString('reported', { description: 'The reported value, as written.' }),
    computed: t.exposeString('computed', { description: 'What the rules give.' }),
    message: t.exposeString('message', { description: 'What is wrong, in words a person can act on.' }),
    line: t.exposeInt('line', { nullable: true, description: 'Source line of the reported figure.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year (年度) of the record.' }),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code of the region the record belongs to.' }),
  }),
});
