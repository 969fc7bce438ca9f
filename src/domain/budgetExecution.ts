/**
 * Budget execution (预算执行), scoring.md §1.
 * - executionRate = executed / budget, budget being the adjusted full-year budget (全年预算数:
 *   "预算数为调整后财政资金总额（包括上年结余结转）", 000 备注 1), the initial budget (年初预算数)
 *   only when no adjusted budget was reported.
 * - budgetScore = weight × min(executionRate, 1): "得分 (20分*执行率)" (Hubei), "分值 10" (Henan).
 * - Budget 0 or missing: the rate is null, never 0, never a division error.
 */
import { templateWeights, type EvaluationTemplate, type RuleSet } from './ruleSet';

/** Which budget the rate was computed against. */
export type BudgetBasis = 'FULL_YEAR' | 'INITIAL' | 'NONE';

export interface BudgetExecutionInput {
  /** 全年预算数 / 预算数(A), in 万元. */
  budget: number | null;
  /** 年初预算数, in 万元 (Henan template). */
  initialBudget?: number | null;
  /** 全年执行数 / 执行数(B), in 万元. */
  executed: number | null;
  /** The weight printed by the document ("(20分)", 分值 10); the rule set's when absent. */
  weight?: number | null;
}

export interface BudgetExecution {
  basis: BudgetBasis;
  /** The budget the rate was computed against (万元), null when none usable. */
  budget: number | null;
  executed: number | null;
  /** Fraction (0.9844); null when budget is 0/missing or executed is missing. */
  executionRate: number | null;
  weight: number;
  /** weight × min(rate, 1), never below 0; null when the rate is null. */
  score: number | null;
  /** Why the rate is null, or that the initial budget was used; null when nothing to say. */
  note: string | null;
}

function usable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** executed / budget, or null when the budget is missing, 0 or negative, or executed is missing. */
export function executionRate(executed: number | null, budget: number | null): number | null {
  if (!usable(executed) || !usable(budget) || budget <= 0) return null;
  return executed / budget;
}

/** Budget score: weight × min(rate, 1), floored at 0; null for a null rate. */
export function budgetScore(rate: number | null, weight: number): number | null {
  if (rate === null) return null;
  return weight * Math.max(0, Math.min(rate, 1));
}

/** Execution rate and score of one project (or department-wide evaluation) under a rule set. */
export function budgetExecution(
  input: BudgetExecutionInput,
  ruleSet: RuleSet,
  template: EvaluationTemplate = 'PROJECT',
): BudgetExecution {
  const weight = usable(input.weight) ? input.weight : templateWeights(ruleSet, template).budgetWeight;
  const executed = usable(input.executed) ? input.executed : null;
  let basis: BudgetBasis = 'NONE';
  let budget: number | null = null;
  let note: string | null = null;
  if (usable(input.budget)) {
    basis = 'FULL_YEAR';
    budget = input.budget;
  } else if (usable(input.initialBudget)) {
    basis = 'INITIAL';
    budget = input.initialBudget;
    note = 'No adjusted full-year budget (全年预算数) reported; rate computed against the initial budget (年初预算数).';
  }
  const rate = executionRate(executed, budget);
  if (rate === null) {
    if (budget === null) note = 'No budget (预算数) reported: execution rate cannot be computed.';
    else if (budget <= 0) note = `Budget (预算数) is ${budget}: execution rate undefined.`;
    else note = 'No executed amount (执行数) reported: execution rate cannot be computed.';
  }
  return { basis, budget, executed, executionRate: rate, weight, score: budgetScore(rate, weight), note };
}
