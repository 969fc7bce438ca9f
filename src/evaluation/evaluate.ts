/**
 * From what a reader found to what is stored: cells parsed into numbers by the domain's cell
 * parsers, each project and department-wide evaluation scored by the jurisdiction's rule set,
 * indicators parsed and matched to concepts, discrepancies listed. Pure: no database here.
 */
import {
  classifyFirstLevel,
  computeProjectScore,
  parseMoneyWan,
  parseExecutionRate,
  parseRateCell,
  parseReportedValue,
  parseScoreCell,
  projectDiscrepancies,
  summaryRowDiscrepancies,
  type CellResult,
  type Discrepancy,
  type ProjectIndicatorInput,
  type ProjectInput,
  type ProjectScore,
  type ReportedValue,
  type RuleSet,
  type SummaryRowInput,
} from '../domain';
import { gradeFor } from '../domain/grade';
import { round } from '../domain/numbers';
import { matchConcept } from '../domain/indicatorConcepts';
import type { DepartmentEvaluationRow } from '../db/rows/departmentEvaluation';
import type { GoalRow } from '../db/rows/departmentGoal';
import type { IndicatorFields } from '../db/rows/indicator';
import type { ProjectRow } from '../db/rows/projectEvaluation';
import type { ReportedText } from '../db/rows/row';
import type { SummaryRowRow } from '../db/rows/summaryRow';
import type { Cell, FundingLine, ParsedDepartmentEvaluation, ParsedIndicator, ParsedProjectEvaluation, ParsedSummaryRow } from '../templates/parsed';

/** A cell that should hold a number but holds something else. */
export interface CellProblem {
  line: number;
  text: string;
  reason: string;
}

/**
 * The largest magnitudes the database columns hold (numeric(16,4) amounts in 万元, numeric(12,6)
 * rates, numeric(20,6) indicator values, numeric(10,4) scores): a figure beyond them is refused
 * with its line, not left to fail the transaction.
 */
export const STORABLE = { amount: 1e12, rate: 1e6, value: 1e14, score: 1e6 } as const;

/** Whether a number fits a column whose magnitude stays below `limit` (NaN and ∞ do not). */
export function storable(value: number | null, limit: number): boolean {
  return value === null || Math.abs(value) < limit;
}

export class CellReader {
  readonly problems: CellProblem[] = [];

  private read(cell: Cell | null, parse: (text: string) => CellResult, what: string): number | null {
    if (!cell) return null;
    const result = parse(cell.text);
    if (result.status === 'INVALID') {
      this.problems.push({ line: cell.line, text: cell.text, reason: `${what}: ${result.reason}` });
      return null;
    }
    return result.value;
  }

  money(cell: Cell | null, what: string): number | null {
    const value = this.read(cell, parseMoneyWan, what);
    if (value !== null && value < 0 && cell) {
      this.problems.push({ line: cell.line, text: cell.text, reason: `${what}: a negative amount is impossible` });
      return null;
    }
    if (!storable(value, STORABLE.amount) && cell) {
      this.problems.push({ line: cell.line, text: cell.text, reason: `${what}: too large an amount (at most 10¹² 万元 can be stored)` });
      return null;
    }
    return value;
  }

  /** `amounts`: the row's 预算数 and 执行数, which may say that a bare rate is a fraction (parseExecutionRate). */
  rate(cell: Cell | null, what: string, amounts?: { budget: number | null; executed: number | null }): number | null {
    const value = this.read(cell, amounts ? (text) => parseExecutionRate(text, amounts.budget, amounts.executed) : parseRateCell, what);
    if (!storable(value, STORABLE.rate) && cell) {
      this.problems.push({ line: cell.line, text: cell.text, reason: `${what}: too large a rate to store` });
      return null;
    }
    return value;
  }

  score(cell: Cell | null, what: string, max = 100): number | null {
    const value = this.read(cell, parseScoreCell, what);
    if (value !== null && cell && (value < 0 || value > max)) {
      this.problems.push({ line: cell.line, text: cell.text, reason: `${what}: ${value} is outside 0–${max} points` });
      return null;
    }
    return value;
  }
}

function text(cell: Cell | null): string | null {
  return cell?.text ?? null;
}

/** Unit of a parsed value as stored: rates as "rate", others as written (人, 元, 次 …). */
function storedUnit(value: ReportedValue): string | null {
  if (value.kind !== 'NUMBER') return null;
  return value.unit === '%' ? 'rate' : value.unit;
}

/** An indicator row as stored (src/db/rows/indicator.ts), with the position of its goal (年度目标) if any. */
export type EvaluatedIndicator = IndicatorFields & { goalPosition: number | null };

function indicatorInput(i: ParsedIndicator, cells: CellReader, goal: number | null): ProjectIndicatorInput {
  return {
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    target: text(i.target),
    actual: text(i.actual),
    weight: cells.score(i.weight, `weight (分值) of ${i.name}`),
    reportedScore: text(i.score),
    description: i.description,
    goal: goal === null ? null : String(goal),
  };
}

function evaluatedIndicators(
  parsed: { indicator: ParsedIndicator; goal: number | null }[],
  inputs: ProjectIndicatorInput[],
  score: ProjectScore,
): EvaluatedIndicator[] {
  return parsed.map(({ indicator: i, goal }, index) => {
    const scored = score.indicators[index]!;
    const input = inputs[index]!;
    const target = parseReportedValue(i.target?.text ?? '');
    const actual = parseReportedValue(i.actual?.text ?? '');
    const concept = matchConcept(i.name);
    const written = storedUnit(actual) ?? storedUnit(target);
    // A bare count ("31000") of a concept counted in persons or times is in that unit, unless the
    // name itself names a scale or another unit (社保卡持卡数达到260万张).
    const bareCount =
      written === null &&
      concept !== null &&
      (concept.unit === '人' || concept.unit === '次') &&
      (actual.kind === 'NUMBER' || target.kind === 'NUMBER') &&
      !/[万亿千百张元]/u.test(i.name);
    const unit = bareCount ? concept.unit : written;
    return {
      position: index + 1,
      level1: i.level1,
      level1Kind: classifyFirstLevel(i.level1, i.level2).level,
      level2: i.level2,
      name: i.name,
      description: i.description,
      scoringRule: i.scoringRule,
      targetText: text(i.target),
      actualText: text(i.actual),
      targetValue: target.kind === 'NUMBER' ? target.value : null,
      actualValue: actual.kind === 'NUMBER' ? actual.value : null,
      unit,
      comparator: target.kind === 'NUMBER' ? target.comparator : null,
      weight: input.weight,
      weightText: text(i.weight),
      reportedScore: scored.reportedScore,
      reportedScoreText: text(i.score),
      deviationNote: i.deviationNote,
      lineStart: i.lines.start,
      lineEnd: i.lines.end,
      // A concept's values are only comparable in its unit; a match in another unit is still kept.
      conceptKey: concept?.key ?? null,
      direction: scored.method === 'QUALITATIVE' ? 'QUALITATIVE' : scored.direction,
      scoreMethod: scored.method,
      score: scored.points ?? scored.score,
      scoreMin: scored.scoreMin,
      scoreMax: scored.scoreMax,
      judgement: scored.judgement,
      scoreNote: bareCount ? `${scored.reason}; bare numbers read in ${concept.unit}, the unit of ${concept.name}` : scored.reason,
      goalPosition: goal,
    };
  });
}

function firstLevelRate(score: ProjectScore, level: string): number | null {
  return score.firstLevels.find((f) => f.level === level)?.rate ?? null;
}

function reportedCells(fields: Record<string, Cell | null | undefined>): ReportedText {
  return Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, c ? { text: c.text, line: c.line } : null]));
}

/** A project as evaluated: its stored figures (src/db/rows/projectEvaluation.ts) with what they came from. */
export interface EvaluatedProject extends Pick<
  ProjectRow,
  | 'initialBudget'
  | 'fullYearBudget'
  | 'executed'
  | 'budgetWeight'
  | 'reportedExecutionRate'
  | 'reportedBudgetScore'
  | 'reportedTotalScore'
  | 'reportedText'
  | 'outputScoreRate'
  | 'benefitScoreRate'
  | 'satisfactionScoreRate'
  | 'reportedGrade'
> {
  parsed: ParsedProjectEvaluation;
  input: ProjectInput;
  score: ProjectScore;
  funds: Record<'currentYear' | 'carryOver' | 'other', { budget: number | null; executed: number | null }>;
  indicators: EvaluatedIndicator[];
  discrepancies: (Discrepancy & { line: number })[];
}

function fundLine(line: FundingLine | null, cells: CellReader, what: string) {
  return { budget: cells.money(line?.budget ?? null, `${what} budget`), executed: cells.money(line?.executed ?? null, `${what} executed`) };
}

/** Where a discrepancy's reported figure is written, for citing it. */
function lineOf(
  field: string,
  cells: { executionRate: Cell | null; budgetScore: Cell | null; totalScore: Cell | null },
  indicators: ParsedIndicator[],
  fallback: number,
  goals: { position: number; lines: { start: number } }[] = [],
): number {
  if (field === 'executionRate') return cells.executionRate?.line ?? fallback;
  if (field === 'budgetScore') return cells.budgetScore?.line ?? fallback;
  if (field === 'totalScore' || field === 'reportedTotalScore' || field === 'weightSum') return cells.totalScore?.line ?? fallback;
  const indicator = /indicators?\[(\d+)\]/.exec(field);
  if (indicator) return indicators[Number(indicator[1])]?.lines.start ?? fallback;
  const block = /^blocks\[(\w+)\]/.exec(field);
  if (block) return indicators.find((i) => classifyFirstLevel(i.level1, i.level2).level === block[1])?.lines.start ?? fallback;
  const goal = /^goals\[(\d+)\]/.exec(field);
  if (goal) return goals.find((g) => g.position === Number(goal[1]))?.lines.start ?? fallback;
  return fallback;
}

export function evaluateProject(p: ParsedProjectEvaluation, ruleSet: RuleSet, cells: CellReader): EvaluatedProject {
  const weight = cells.score(p.budgetWeight ?? p.total.weight, 'budget-execution weight (分值)') ?? ruleSet.project.budgetWeight;
  const parsed = p.indicators.map((indicator) => ({ indicator, goal: null }));
  const inputs = parsed.map(({ indicator }) => indicatorInput(indicator, cells, null));
  const fullYearBudget = cells.money(p.total.budget, 'budget (预算数)');
  const initialBudget = cells.money(p.total.initialBudget, 'initial budget (年初预算数)');
  const executed = cells.money(p.total.executed, 'executed (执行数)');
  const input: ProjectInput = {
    template: 'PROJECT',
    budget: fullYearBudget,
    initialBudget,
    executed,
    budgetWeight: weight,
    reportedExecutionRate: text(p.total.executionRate),
    reportedBudgetScore: text(p.total.score),
    reportedTotalScore: text(p.reportedTotalScore),
    indicators: inputs,
  };
  const score = computeProjectScore(input, ruleSet);
  const reportedTotalScore = cells.score(p.reportedTotalScore, 'total score (总分)');
  return {
    parsed: p,
    input,
    score,
    initialBudget,
    fullYearBudget,
    executed,
    funds: {
      currentYear: fundLine(p.currentYearFunds, cells, '当年财政拨款'),
      carryOver: fundLine(p.carryOverFunds, cells, '上年结转资金'),
      other: fundLine(p.otherFunds, cells, '其他资金'),
    },
    budgetWeight: weight,
    reportedExecutionRate: cells.rate(p.total.executionRate, 'execution rate (执行率)', { budget: fullYearBudget ?? initialBudget, executed }),
    reportedBudgetScore: cells.score(p.total.score, 'budget score (得分)', weight),
    reportedTotalScore,
    reportedText: reportedCells({
      initialBudget: p.total.initialBudget,
      budget: p.total.budget,
      executed: p.total.executed,
      executionRate: p.total.executionRate,
      budgetWeight: p.budgetWeight ?? p.total.weight,
      budgetScore: p.total.score,
      totalScore: p.reportedTotalScore,
    }),
    indicators: evaluatedIndicators(parsed, inputs, score),
    discrepancies: projectDiscrepancies(input, ruleSet, score).map((d) => ({
      ...d,
      line: lineOf(
        d.field,
        { executionRate: p.total.executionRate, budgetScore: p.total.score, totalScore: p.reportedTotalScore },
        p.indicators,
        p.lines.start,
      ),
    })),
    outputScoreRate: firstLevelRate(score, 'OUTPUT'),
    benefitScoreRate: firstLevelRate(score, 'BENEFIT'),
    satisfactionScoreRate: firstLevelRate(score, 'SATISFACTION'),
    reportedGrade: gradeFor(reportedTotalScore, ruleSet),
  };
}

/** A department-wide evaluation as evaluated: its stored figures (src/db/rows/departmentEvaluation.ts) with what they came from. */
export interface EvaluatedDepartment extends Pick<
  DepartmentEvaluationRow,
  | 'basicExpenditure'
  | 'projectExpenditure'
  | 'initialBudget'
  | 'budget'
  | 'executed'
  | 'budgetWeight'
  | 'reportedExecutionRate'
  | 'reportedBudgetScore'
  | 'reportedTotalScore'
  | 'tableScoreSum'
  | 'reportedText'
> {
  parsed: ParsedDepartmentEvaluation;
  score: ProjectScore;
  indicators: EvaluatedIndicator[];
  goals: Pick<GoalRow, 'position' | 'name' | 'weight' | 'weightText' | 'lineStart' | 'lineEnd'>[];
  discrepancies: (Discrepancy & { line: number })[];
}

export function evaluateDepartment(e: ParsedDepartmentEvaluation, ruleSet: RuleSet, cells: CellReader): EvaluatedDepartment {
  const parsed = [
    ...e.indicators.map((indicator) => ({ indicator, goal: null as number | null })),
    ...e.goals.flatMap((g) => g.indicators.map((indicator) => ({ indicator, goal: g.position as number | null }))),
  ];
  const inputs = parsed.map(({ indicator, goal }) => indicatorInput(indicator, cells, goal));
  const budgetWeight = e.budgetWeight ? cells.score(e.budgetWeight, 'budget-execution weight (分值)') : null;
  const goals = e.goals.map((g) => ({
    position: g.position,
    name: g.name,
    weight: cells.score(g.weight, `weight of 年度目标${g.position}`),
    weightText: text(g.weight),
    lineStart: g.lines.start,
    lineEnd: g.lines.end,
  }));
  const budget = cells.money(e.budget, 'budget (预算数)');
  const executed = cells.money(e.executed, 'executed (执行数)');
  const input: ProjectInput = {
    template: 'DEPARTMENT',
    budget,
    executed,
    budgetWeight: budgetWeight ?? (e.goals.length > 0 ? ruleSet.department.budgetWeight : 0),
    reportedExecutionRate: text(e.executionRate),
    reportedBudgetScore: text(e.budgetScore),
    reportedTotalScore: text(e.reportedTotalScore),
    indicators: inputs,
    goals: goals.filter((g) => g.weight !== null).map((g) => ({ key: String(g.position), name: g.name, weight: g.weight! })),
  };
  const score = computeProjectScore(input, ruleSet);
  const indicators = evaluatedIndicators(parsed, inputs, score);
  const reportedBudgetScore = cells.score(e.budgetScore, 'budget score (得分)');
  const scores = indicators.flatMap((i) => (i.reportedScore === null ? [] : [i.reportedScore]));
  return {
    parsed: e,
    score,
    basicExpenditure: cells.money(e.basicExpenditure, 'basic expenditure (基本支出总额)'),
    projectExpenditure: cells.money(e.projectExpenditure, 'project expenditure (项目支出总额)'),
    budget,
    initialBudget: cells.money(e.initialBudget ?? null, 'initial budget (年初预算数)'),
    executed,
    budgetWeight,
    reportedExecutionRate: cells.rate(e.executionRate, 'execution rate (执行率)', { budget, executed }),
    reportedBudgetScore,
    reportedTotalScore: cells.score(e.reportedTotalScore, 'total score (自评得分)'),
    tableScoreSum:
      scores.length === 0
        ? null
        : round(
            scores.reduce((s, x) => s + x, reportedBudgetScore ?? 0),
            4,
          ),
    reportedText: reportedCells({
      basicExpenditure: e.basicExpenditure,
      projectExpenditure: e.projectExpenditure,
      initialBudget: e.initialBudget ?? null,
      budget: e.budget,
      executed: e.executed,
      executionRate: e.executionRate,
      budgetWeight: e.budgetWeight,
      budgetScore: e.budgetScore,
      totalScore: e.reportedTotalScore,
    }),
    indicators,
    goals,
    discrepancies: projectDiscrepancies(input, ruleSet, score).map((d) => ({
      ...d,
      line: lineOf(
        d.field,
        { executionRate: e.executionRate, budgetScore: e.budgetScore, totalScore: e.reportedTotalScore },
        parsed.map((x) => x.indicator),
        e.lines.start,
        e.goals,
      ),
    })),
  };
}

/** A summary row as evaluated: its stored figures (src/db/rows/summaryRow.ts) with what they came from. */
export interface EvaluatedSummaryRow extends Pick<
  SummaryRowRow,
  'budget' | 'executed' | 'executionRate' | 'outputScoreRate' | 'benefitScoreRate' | 'satisfactionScoreRate' | 'totalScore' | 'reportedText'
> {
  parsed: ParsedSummaryRow;
  /** Index of the matched project in the document, if any. */
  projectIndex: number | null;
  discrepancies: (Discrepancy & { line: number })[];
}

/** A project name without spaces, quotes and brackets. */
const bareProjectName = (s: string) => s.replace(/[\s“”"‘’'（）()]/gu, '');

/** Project names compared without spaces, quotes and brackets (“三支一扶” and ”三支一扶” are one). */
export function sameProjectName(a: string, b: string): boolean {
  return bareProjectName(a) === bareProjectName(b);
}

/** A summary row's cells as written. */
export function summaryRowText(row: ParsedSummaryRow): SummaryRowInput {
  return {
    budget: text(row.budget),
    executed: text(row.executed),
    executionRate: text(row.executionRate),
    outputScoreRate: text(row.outputScoreRate),
    benefitScoreRate: text(row.benefitScoreRate),
    satisfactionScoreRate: text(row.satisfactionScoreRate),
    totalScore: text(row.totalScore),
  };
}

/**
 * The unit whose summary table lists a project, for a project table that names no unit; the most
 * specific one (not the department) when both the unit's and the department's tables list it.
 */
export function listingUnit(
  tables: readonly { unitName: string; rows: readonly { projectName: string }[] }[],
  projectName: string,
  departmentName: string,
  names: { resolve(name: string): string },
): string | null {
  const listing = tables.filter((t) => t.rows.some((r) => sameProjectName(r.projectName, projectName)));
  return (listing.find((t) => names.resolve(t.unitName) !== departmentName) ?? listing[0])?.unitName ?? null;
}

/**
 * A summary row against the project table of the same name in the document (budget, executed,
 * rate, score rates, total); a row with no project table is checked against its own figures.
 */
export function evaluateSummaryRow(
  row: ParsedSummaryRow,
  projects: EvaluatedProject[],
  ruleSet: RuleSet,
  cells: CellReader,
): EvaluatedSummaryRow {
  const matches = projects.map((p, i) => [p, i] as const).filter(([p]) => sameProjectName(p.parsed.name, row.projectName));
  const match = matches.length === 1 ? matches[0]! : null;
  const written = summaryRowText(row);
  const budget = cells.money(row.budget, `summary budget of ${row.projectName}`);
  const executed = cells.money(row.executed, `summary executed of ${row.projectName}`);
  const against: ProjectInput = match
    ? match[0].input
    : { template: 'PROJECT', budget, executed, indicators: [], reportedTotalScore: written.totalScore };
  const discrepancies = summaryRowDiscrepancies(written, against, ruleSet, match?.[0].score).map((d) => ({
    ...d,
    line: row.lines.start,
  }));
  return {
    parsed: row,
    budget,
    executed,
    executionRate: cells.rate(row.executionRate, `summary execution rate of ${row.projectName}`, { budget, executed }),
    outputScoreRate: cells.rate(row.outputScoreRate, `summary output score rate of ${row.projectName}`),
    benefitScoreRate: cells.rate(row.benefitScoreRate, `summary benefit score rate of ${row.projectName}`),
    satisfactionScoreRate: cells.rate(row.satisfactionScoreRate, `summary satisfaction score rate of ${row.projectName}`),
    totalScore: cells.score(row.totalScore, `summary total of ${row.projectName}`),
    reportedText: reportedCells({
      budget: row.budget,
      executed: row.executed,
      executionRate: row.executionRate,
      outputScoreRate: row.outputScoreRate,
      benefitScoreRate: row.benefitScoreRate,
      satisfactionScoreRate: row.satisfactionScoreRate,
      totalScore: row.totalScore,
    }),
    projectIndex: match ? match[1] : null,
    discrepancies,
  };
}
