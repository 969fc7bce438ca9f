/**
 * Figures the template requires that are absent (issue 12, kind MISSING): a table that weighs
 * budget execution ("预算执行情况(万元)(20分)", 003) but gives neither budget nor executed amount
 * — no rate, no budget score, and so no total can be computed from the rules.
 */
import type { Discrepancy } from './discrepancy';
import type { ProjectInput } from './projectScore';

export function missingDiscrepancies(input: ProjectInput): Discrepancy[] {
  const weight = input.budgetWeight ?? 0;
  if (weight <= 0 || input.budget !== null || input.executed !== null || input.reportedExecutionRate || input.reportedBudgetScore) return [];
  return [
    {
      field: 'budget',
      reported: '—',
      computed: `0–${weight}`,
      kind: 'MISSING',
      severity: 'MAJOR',
      causedBy: null,
      message: `Budget execution (预算执行情况) weighs ${weight} points but neither the budget (预算数) nor the executed amount (执行数) is given: the rate, the budget score and the total cannot be computed.`,
      messageZh: `预算执行情况占${weight}分，但未填列预算数和执行数：无法计算执行率、预算执行得分和总分。`,
    },
  ];
}
