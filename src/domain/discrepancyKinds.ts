/**
 * A discrepancy's shape, its kinds and severities (issue 12) and their Chinese names — pure data,
 * shared by the API and the dashboard (which imports this file alone), and by the checks of
 * src/domain/*Discrepancy.ts, which src/domain/discrepancy.ts runs (so they import nothing from it).
 */

/**
 * What was compared with what:
 * - ARITHMETIC: the document's own numbers do not add up (parts against a stated total);
 * - RULE: a reported figure against what the jurisdiction's rules compute;
 * - CROSS_TABLE: two tables of the same documents disagree;
 * - NARRATIVE: a figure in the prose against the same figure in a table;
 * - WITHIN_ROW: one row contradicts itself;
 * - MISSING: a figure the template requires is absent.
 */
export const DISCREPANCY_KINDS = ['ARITHMETIC', 'RULE', 'CROSS_TABLE', 'NARRATIVE', 'WITHIN_ROW', 'MISSING'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/**
 * - MAJOR: changes a score, a rate or a grade beyond rounding;
 * - MINOR: beyond rounding, but no score, rate or grade changes with it;
 * - ROUNDING: within the document's own rounding (the decimals it shows) — listed, never a problem;
 * - INFO: follows from another discrepancy, or a note for the reader — never a problem.
 */
export const SEVERITIES = ['MAJOR', 'MINOR', 'ROUNDING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const KIND_ZH: Record<DiscrepancyKind, string> = {
  ARITHMETIC: '计算不符',
  RULE: '评分规则不符',
  CROSS_TABLE: '表间不符',
  NARRATIVE: '文表不符',
  WITHIN_ROW: '行内矛盾',
  MISSING: '缺项',
};

export const SEVERITY_ZH: Record<Severity, string> = {
  MAJOR: '重大',
  MINOR: '一般',
  ROUNDING: '舍入差异',
  INFO: '提示',
};

/** Whether a discrepancy of this severity is counted as a problem (rounding and notes are not). */
export function isProblem(severity: Severity): boolean {
  return severity === 'MAJOR' || severity === 'MINOR';
}

export interface Discrepancy {
  /** What disagrees: 'executionRate', 'budgetScore', 'indicators[3].score', 'totalScore', 'summary.budget' … */
  field: string;
  reported: string;
  computed: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** The `field` of the discrepancy this one follows from ('project.executionRate' for another table's), or null. */
  causedBy: string | null;
  /** What disagrees and why, in English with the Chinese term of the document. */
  message: string;
  /** The same, in Chinese. */
  messageZh: string;
}
