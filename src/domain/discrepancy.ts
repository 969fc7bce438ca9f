/**
 * Reported versus computed figures (scoring.md §1, §5: "Reported and computed figures are both
 * kept … every disagreement is listed with where it comes from"; §7 agreement tolerance).
 * - A reported score written as a whole number agrees within ±0.5 (000: 91.32% → 18); one with
 *   decimals within ±0.01, or half its last digit when coarser (19.5 → ±0.05).
 * - Rates and amounts agree at the reported precision: 13.3% agrees with 13.25%–13.35%.
 */
import { reportedWithinBand } from './indicatorScore';
import { fixed, percent } from './numbers';
import { computeProjectScore, type ProjectInput, type ProjectScore, type ScoredIndicator } from './projectScore';
import { describeValue, parseMoneyWan, parseRateCell, parseScoreCell, type CellResult } from './reportedValue';
import type { FirstLevel, RuleSet } from './ruleSet';

export interface Discrepancy {
  /** What disagrees: 'executionRate', 'budgetScore', 'indicators[3].score', 'totalScore', 'summary.budget' … */
  field: string;
  reported: string;
  computed: string;
  /** What disagrees and why, with the Chinese term of the document. */
  message: string;
}

const EPSILON = 1e-9;

/** The tolerance for a reported score written with `decimals` digits (scoring.md §7). */
export function scoreTolerance(decimals: number, ruleSet: RuleSet): number {
  if (decimals <= 0) return ruleSet.tolerance.wholeNumber;
  return Math.max(ruleSet.tolerance.decimal, 0.5 * 10 ** -decimals);
}

/** Half a unit of the last written digit: the tolerance for rates and amounts. */
export function precisionTolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Whether a reported score agrees with a computed one. */
export function scoreAgrees(reported: CellResult, computed: number, ruleSet: RuleSet): boolean {
  if (reported.status !== 'OK') return true;
  return Math.abs(reported.value - computed) <= scoreTolerance(reported.decimals, ruleSet) + EPSILON;
}

/** Whether a reported rate or amount agrees with a computed one at the reported precision. */
export function precisionAgrees(reported: CellResult, computed: number): boolean {
  if (reported.status !== 'OK') return true;
  return Math.abs(reported.value - computed) <= precisionTolerance(reported.decimals) + EPSILON;
}

function shown(cell: CellResult): string {
  return cell.raw.trim();
}

function pts(x: number): string {
  return fixed(x, 2);
}

function indicatorLabel(i: ScoredIndicator): string {
  return `"${i.name.replace(/\s+/g, '')}"`;
}

function indicatorDiscrepancy(i: ScoredIndicator, text: string, ruleSet: RuleSet): Discrepancy | null {
  const reported = parseScoreCell(text);
  if (reported.status !== 'OK') return null;
  const field = `indicators[${i.index}].score`;
  const r = shown(reported);
  const weight = i.weight;
  if (weight !== null && (reported.value < -EPSILON || reported.value > weight + EPSILON)) {
    return {
      field,
      reported: r,
      computed: `0–${pts(weight)}`,
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} is outside 0–${pts(weight)}, its weight (分值); a score may not exceed its weight (得分不得突破权重总额).`,
    };
  }
  if ((i.method === 'POSITIVE' || i.method === 'NEGATIVE') && i.score !== null && weight !== null) {
    if (scoreAgrees(reported, i.score, ruleSet)) return null;
    const side = i.method === 'POSITIVE' ? 'floor, 正向指标' : 'ceiling, 反向指标';
    return {
      field,
      reported: r,
      computed: pts(i.score),
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} but target ${describeValue(i.target)} (${side}) and actual ${describeValue(i.actual)} give ${pts(i.score)} of ${pts(weight)}.`,
    };
  }
  if (i.method === 'QUALITATIVE' && i.judgement !== null && i.scoreMin !== null && i.scoreMax !== null) {
    if (reportedWithinBand(reported.value, { min: i.scoreMin, max: i.scoreMax })) return null;
    const band = `${pts(i.scoreMin)}–${pts(i.scoreMax)}`;
    return {
      field,
      reported: r,
      computed: band,
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} lies outside the ${i.judgement} band ${band} of its weight ${pts(weight ?? 0)} (定性指标, actual "${i.actual.raw.trim()}").`,
    };
  }
  return null;
}

/**
 * Everything in a project table that disagrees with the rules or with itself: the execution
 * rate, the budget score, each indicator score (outside [0, weight], outside its qualitative band,
 * or different from the quantitative computation), the reported parts not adding up to the
 * reported total, and the reported total against the computed one.
 */
export function projectDiscrepancies(
  input: ProjectInput,
  ruleSet: RuleSet,
  score: ProjectScore = computeProjectScore(input, ruleSet),
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const { execution } = score;
  const rateCell = parseRateCell(input.reportedExecutionRate ?? '');
  if (rateCell.status === 'OK') {
    const r = shown(rateCell);
    if (execution.executionRate === null) {
      out.push({
        field: 'executionRate',
        reported: r,
        computed: '—',
        message: `Reported execution rate ${r} (执行率) but no rate can be computed: ${execution.note ?? 'no budget'}`,
      });
    } else if (!precisionAgrees(rateCell, execution.executionRate)) {
      const initial = input.initialBudget;
      const hint =
        execution.basis === 'FULL_YEAR' && typeof initial === 'number' && initial > 0 && execution.executed !== null &&
        precisionAgrees(rateCell, execution.executed / initial)
          ? `; the reported rate is executed / initial budget (年初预算数) ${initial}, but the adjusted full-year budget (全年预算数) is the basis`
          : '';
      out.push({
        field: 'executionRate',
        reported: r,
        computed: percent(execution.executionRate),
        message: `Reported execution rate ${r} (执行率) but executed ${execution.executed} / budget ${execution.budget} = ${percent(execution.executionRate)}${hint}.`,
      });
    }
  }
  const budgetCell = parseScoreCell(input.reportedBudgetScore ?? '');
  if (budgetCell.status === 'OK' && execution.score !== null && execution.executionRate !== null) {
    if (!scoreAgrees(budgetCell, execution.score, ruleSet)) {
      const r = shown(budgetCell);
      out.push({
        field: 'budgetScore',
        reported: r,
        computed: pts(execution.score),
        message: `Reported budget score ${r} (得分) but execution rate ${percent(execution.executionRate)} gives ${pts(execution.score)} of ${execution.weight}.`,
      });
    }
  }
  for (const i of score.indicators) {
    const text = input.indicators[i.index]?.reportedScore;
    if (text) {
      const d = indicatorDiscrepancy(i, text, ruleSet);
      if (d) out.push(d);
    }
  }
  const totalCell = parseScoreCell(input.reportedTotalScore ?? '');
  if (totalCell.status === 'OK') {
    const r = shown(totalCell);
    const scored = score.indicators.filter((i) => !i.constraint);
    const parts = scored.map((i) => i.reportedScore);
    if (score.reportedBudgetScore !== null && parts.every((p): p is number => p !== null)) {
      const indicatorSum = parts.reduce((s, p) => s + p, 0);
      const sum = score.reportedBudgetScore + indicatorSum;
      if (!scoreAgrees(totalCell, sum, ruleSet)) {
        out.push({
          field: 'reportedTotalScore',
          reported: r,
          computed: pts(sum),
          message: `Reported budget score ${score.reportedBudgetScore} + reported indicator scores ${pts(indicatorSum)} = ${pts(sum)}, but the reported total (总分) is ${r}.`,
        });
      }
    }
    if (score.totalScore !== null && !scoreAgrees(totalCell, score.totalScore, ruleSet)) {
      const indicatorPoints = score.totalScore - (score.budgetPoints ?? 0);
      out.push({
        field: 'totalScore',
        reported: r,
        computed: pts(score.totalScore),
        message: `Reported total ${r} (总分) but the rules give ${pts(score.totalScore)} (budget ${pts(score.budgetPoints ?? 0)} + indicators ${pts(indicatorPoints)}${score.capped ? `, capped at ${ruleSet.constraintCap}` : ''}).`,
      });
    }
  }
  return out;
}

/** A row of a 项目支出自评汇总表, as written. */
export interface SummaryRowInput {
  budget?: string | null; // 全年预算数
  executed?: string | null; // 执行数
  executionRate?: string | null; // 执行率
  outputScoreRate?: string | null; // 产出指标得分率
  benefitScoreRate?: string | null; // 效益指标得分率
  satisfactionScoreRate?: string | null; // 满意度指标得分率
  totalScore?: string | null; // 自评得分
}

const RATE_FIELDS: ReadonlyArray<[keyof SummaryRowInput, FirstLevel, string, string]> = [
  ['outputScoreRate', 'OUTPUT', 'output', '产出指标得分率'],
  ['benefitScoreRate', 'BENEFIT', 'benefit', '效益指标得分率'],
  ['satisfactionScoreRate', 'SATISFACTION', 'satisfaction', '满意度指标得分率'],
];

function amountDiscrepancy(field: string, term: string, english: string, text: string | null | undefined, project: number | null): Discrepancy | null {
  const cell = parseMoneyWan(text ?? '');
  if (cell.status !== 'OK' || project === null || precisionAgrees(cell, project)) return null;
  const r = shown(cell);
  return {
    field,
    reported: r,
    computed: String(project),
    message: `Summary table ${english} ${r} (${term}) but the project table says ${project}.`,
  };
}

/**
 * A summary-table row against its project table: budget, executed, execution rate (against the
 * rate the project's figures give), first-level score rates (against the project's reported
 * scores) and the total (against the project's reported total, else the computed one).
 */
export function summaryRowDiscrepancies(
  row: SummaryRowInput,
  project: ProjectInput,
  ruleSet: RuleSet,
  score: ProjectScore = computeProjectScore(project, ruleSet),
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const { execution } = score;
  const budget = amountDiscrepancy('summary.budget', '全年预算数', 'budget', row.budget, execution.budget);
  if (budget) out.push(budget);
  const executed = amountDiscrepancy('summary.executed', '执行数', 'executed', row.executed, execution.executed);
  if (executed) out.push(executed);
  const rateCell = parseRateCell(row.executionRate ?? '');
  if (rateCell.status === 'OK' && execution.executionRate !== null && !precisionAgrees(rateCell, execution.executionRate)) {
    const r = shown(rateCell);
    out.push({
      field: 'summary.executionRate',
      reported: r,
      computed: percent(execution.executionRate),
      message: `Summary table execution rate ${r} (执行率) but the project table's ${execution.executed} / ${execution.budget} = ${percent(execution.executionRate)}.`,
    });
  }
  for (const [key, level, english, term] of RATE_FIELDS) {
    const cell = parseRateCell(row[key] ?? '');
    const rates = score.firstLevels.find((f) => f.level === level);
    const rate = rates?.reportedRate ?? rates?.rate ?? null;
    if (cell.status !== 'OK' || rate === null || precisionAgrees(cell, rate)) continue;
    const r = shown(cell);
    out.push({
      field: `summary.${key}`,
      reported: r,
      computed: percent(rate),
      message: `Summary table ${english} score rate ${r} (${term}) but the project table's ${english} scores give ${percent(rate)} (${pts((rates?.reportedScore ?? rates?.score) ?? 0)} of ${pts(rates?.weight ?? 0)}).`,
    });
  }
  const totalCell = parseScoreCell(row.totalScore ?? '');
  const projectTotal = score.reportedTotalScore ?? score.totalScore;
  if (totalCell.status === 'OK' && projectTotal !== null && !scoreAgrees(totalCell, projectTotal, ruleSet)) {
    const r = shown(totalCell);
    const which = score.reportedTotalScore !== null ? 'reported total (总分)' : 'computed total';
    out.push({
      field: 'summary.totalScore',
      reported: r,
      computed: String(projectTotal),
      message: `Summary table score ${r} (自评得分) but the project table's ${which} is ${projectTotal}.`,
    });
  }
  return out;
}
