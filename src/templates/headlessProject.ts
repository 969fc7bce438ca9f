/**
 * The project record of a table whose head the excerpt cut off (src/templates/headlessTail.ts,
 * headlessScoresheet.ts): nothing of its head is known — no name, year, funds or total — only its
 * indicator rows; it is named by the line it starts at, and its problems say why.
 */
import type { ParsedIndicator, ParsedProjectEvaluation } from './parsed';
import type { Template } from './template';

export function headlessProject(
  t: Template,
  lines: { start: number; end: number },
  indicators: ParsedIndicator[],
  problems: { line: number; message: string }[],
): ParsedProjectEvaluation {
  return {
    title: null,
    fiscalYear: null,
    name: `(${t.nameLabels[0]} not written, line ${lines.start})`,
    supervisingDepartment: null,
    implementingUnit: null,
    reportingUnit: null,
    filledOn: null,
    classification: { category: null, attribute: null, type: null },
    budgetWeight: null,
    total: { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null },
    currentYearFunds: null,
    carryOverFunds: null,
    otherFunds: null,
    expectedGoal: null,
    actualOutcome: null,
    indicators,
    reportedTotalScore: null,
    deviationAnalysis: null,
    improvementMeasures: null,
    narrative: null,
    lines,
    templateId: t.id,
    totalRowLine: lines.end,
    readingProblems: problems,
  };
}
