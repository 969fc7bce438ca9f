/**
 * Grade (等次), scoring.md §4: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 by default; the cut-offs are
 * a rule-set parameter (§7: some provinces use 中 ≥ 70).
 */
import type { RuleSet } from './ruleSet';

export type Grade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';

/** The grade of a total score; null when there is no total. */
export function gradeFor(total: number | null, ruleSet: RuleSet): Grade | null {
  if (total === null || !Number.isFinite(total)) return null;
  const { excellent, good, fair } = ruleSet.gradeCutoffs;
  if (total >= excellent) return 'EXCELLENT';
  if (total >= good) return 'GOOD';
  if (total >= fair) return 'FAIR';
  return 'POOR';
}
