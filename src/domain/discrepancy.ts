/**
 * Reported versus computed figures (scoring.md §1, §5: "Reported and computed figures are both
 * kept … every disagreement is listed with where it comes from"; §7 agreement tolerance).
 * - A reported score written as a whole number agrees within ±0.5 (000: 91.32% → 18); one with
 *   decimals within ±0.01, or half its last digit when coarser (19.5 → ±0.05).
 * - Rates and amounts agree at the reported precision: 13.3% agrees with 13.25%–13.35%.
 * Each discrepancy has a kind (what was compared with what), a severity, and — when it only
 * follows from another one (a total off because a part was scored differently) — `causedBy`,
 * so that a mistake counts once, at its cause (issue 12).
 */
import { blockDiscrepancies, goalDiscrepancies } from './arithmeticDiscrepancy';
import { inferDirection, positiveScore, reportedWithinBand } from './indicatorScore';
import { missingDiscrepancies } from './missingDiscrepancy';
import { rowDiscrepancies } from './rowDiscrepancy';
import { decimalsWritten, fixed, percent } from './numbers';
import { classifyFirstLevel, computeProjectScore, type ProjectInput, type ProjectScore, type ScoredIndicator } from './projectScore';
import { describeValue, parseExecutionRate, parseMoneyWan, parseRateCell, parseScoreCell, type CellResult } from './reportedValue';
import type { FirstLevel, RuleSet } from './ruleSet';

import { isProblem, type Discrepancy, type DiscrepancyKind, type Severity } from './discrepancyKinds';

export * from './discrepancyKinds';

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

function indicatorLabelZh(i: ScoredIndicator): string {
  return `“${i.name.replace(/\s+/g, '')}”`;
}

/** Decimals the document writes its amounts with, for a row's execution figures (45 and 44.3 → 1). */
function amountDecimals(...amounts: (number | null | undefined)[]): number {
  return Math.max(0, ...amounts.filter((a): a is number => typeof a === 'number').map((a) => decimalsWritten(String(a))));
}

/**
 * Whether a reported rate lies within the rounding of the amounts it is computed from: 19.4 / 25
 * written with one decimal may be anything from 19.35 / 25.05 to 19.45 / 24.95 (77.25%–77.96%),
 * so 77.64 is the document's rounding, not a mistake.
 */
export function rateWithinAmountRounding(rate: CellResult, executed: number, budget: number): boolean {
  if (rate.status !== 'OK' || budget <= 0) return false;
  const half = 0.5 * 10 ** -amountDecimals(executed, budget);
  const low = Math.max(0, executed - half) / (budget + half);
  const high = (executed + half) / Math.max(budget - half, EPSILON);
  const tolerance = precisionTolerance(rate.decimals);
  return rate.value + tolerance >= low - EPSILON && rate.value - tolerance <= high + EPSILON;
}

/**
 * A score without a weight (分值, 000) that no weight could give: a positive (正向) indicator scores
 * weight × B/A, and its weight is at most its block's heading ("产出指标 (40分)"). 000 line 275:
 * 5000余人 planned, 69人 done, 3 points — the whole 40 would give 0.55.
 */
function unweightedBound(i: ScoredIndicator, heading: number | null, reported: CellResult, ruleSet: RuleSet): Discrepancy | null {
  if (reported.status !== 'OK' || i.weight !== null || heading === null) return null;
  const { target, actual } = i;
  if (target.kind !== 'NUMBER' || actual.kind !== 'NUMBER' || target.unit !== actual.unit || target.value <= 0) return null;
  if (actual.value >= target.value || inferDirection(target, { name: i.name, level2: i.level2 }).direction !== 'POSITIVE') return null;
  const bound = positiveScore(heading, target.value, actual.value);
  if (reported.value <= bound + scoreTolerance(reported.decimals, ruleSet) + EPSILON) return null;
  const r = shown(reported);
  const done = `${describeValue(actual)} / ${describeValue(target)}`;
  return {
    field: `indicators[${i.index}].score`,
    reported: r,
    computed: `0–${pts(bound)}`,
    kind: 'RULE',
    severity: 'MAJOR',
    causedBy: null,
    message: `Reported score ${r} (得分) for ${indicatorLabel(i)}, whose weight (分值) is not given: a positive indicator (正向指标) scores weight × B/A, and with ${done} even the block's whole ${pts(heading)} would give ${pts(bound)}.`,
    messageZh: `指标${indicatorLabelZh(i)}未填列分值，填报得分${r}；正向指标得分＝权重×B/A，实际完成${done}，即使以所在一级指标全部${pts(heading)}分计也仅得${pts(bound)}分。`,
  };
}

function indicatorDiscrepancy(i: ScoredIndicator, text: string, ruleSet: RuleSet, heading: number | null): Discrepancy | null {
  const reported = parseScoreCell(text);
  if (reported.status !== 'OK') return null;
  const field = `indicators[${i.index}].score`;
  const r = shown(reported);
  const weight = i.weight;
  const base = { field, reported: r, kind: 'RULE' as const, severity: 'MAJOR' as const, causedBy: null };
  const unweighted = unweightedBound(i, heading, reported, ruleSet);
  if (unweighted) return unweighted;
  if (weight !== null && (reported.value < -EPSILON || reported.value > weight + EPSILON)) {
    return {
      ...base,
      computed: `0–${pts(weight)}`,
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} is outside 0–${pts(weight)}, its weight (分值); a score may not exceed its weight (得分不得突破权重总额).`,
      messageZh: `指标${indicatorLabelZh(i)}的得分${r}超出0–${pts(weight)}分（分值）范围：得分不得突破权重总额。`,
    };
  }
  if ((i.method === 'POSITIVE' || i.method === 'NEGATIVE') && i.score !== null && weight !== null) {
    if (scoreAgrees(reported, i.score, ruleSet)) return null;
    const side = i.method === 'POSITIVE' ? 'floor, 正向指标' : 'ceiling, 反向指标';
    const sideZh = i.method === 'POSITIVE' ? '正向指标' : '反向指标';
    return {
      ...base,
      computed: pts(i.score),
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} but target ${describeValue(i.target)} (${side}) and actual ${describeValue(i.actual)} give ${pts(i.score)} of ${pts(weight)}.`,
      messageZh: `指标${indicatorLabelZh(i)}填报得分${r}，但按目标值${describeValue(i.target)}（${sideZh}）与实际完成值${describeValue(i.actual)}计算应得${pts(i.score)}分（分值${pts(weight)}）。`,
    };
  }
  if (i.method === 'QUALITATIVE' && i.judgement !== null && i.scoreMin !== null && i.scoreMax !== null) {
    if (reportedWithinBand(reported.value, { min: i.scoreMin, max: i.scoreMax })) return null;
    const band = `${pts(i.scoreMin)}–${pts(i.scoreMax)}`;
    return {
      ...base,
      computed: band,
      message: `Reported score ${r} (得分) for ${indicatorLabel(i)} lies outside the ${i.judgement} band ${band} of its weight ${pts(weight ?? 0)} (定性指标, actual "${i.actual.raw.trim()}").`,
      messageZh: `定性指标${indicatorLabelZh(i)}实际完成值为“${i.actual.raw.trim()}”，得分应在${band}分之间（分值${pts(weight ?? 0)}），填报得分${r}不在此区间。`,
    };
  }
  return null;
}

/** The part of a project table's budget execution that disagrees with the rules: rate, then score. */
function executionDiscrepancies(input: ProjectInput, ruleSet: RuleSet, score: ProjectScore): Discrepancy[] {
  const out: Discrepancy[] = [];
  const { execution } = score;
  const rateCell = parseExecutionRate(input.reportedExecutionRate ?? '', input.budget ?? input.initialBudget ?? null, input.executed);
  let rateWrong = false;
  if (rateCell.status === 'OK') {
    const r = shown(rateCell);
    if (execution.executionRate === null) {
      rateWrong = true;
      out.push({
        field: 'executionRate',
        reported: r,
        computed: '—',
        kind: 'MISSING',
        severity: 'MAJOR',
        causedBy: null,
        message: `Reported execution rate ${r} (执行率) but no rate can be computed: ${execution.note ?? 'no budget'}`,
        messageZh: `填报执行率${r}，但预算数缺失或为0，无法计算执行率。`,
      });
    } else if (!precisionAgrees(rateCell, execution.executionRate)) {
      const initial = input.initialBudget;
      const onInitial =
        execution.basis === 'FULL_YEAR' && typeof initial === 'number' && initial > 0 && execution.executed !== null &&
        precisionAgrees(rateCell, execution.executed / initial);
      const hint = onInitial
        ? `; the reported rate is executed / initial budget (年初预算数) ${initial}, but the adjusted full-year budget (全年预算数) is the basis`
        : '';
      const rounding =
        execution.executed !== null && execution.budget !== null && rateWithinAmountRounding(rateCell, execution.executed, execution.budget);
      rateWrong = !rounding;
      out.push({
        field: 'executionRate',
        reported: r,
        computed: percent(execution.executionRate),
        kind: 'RULE',
        severity: rounding ? 'ROUNDING' : 'MAJOR',
        causedBy: null,
        message: `Reported execution rate ${r} (执行率) but executed ${execution.executed} / budget ${execution.budget} = ${percent(execution.executionRate)}${hint}${rounding ? ', within the rounding of the amounts as written' : ''}.`,
        messageZh: `填报执行率${r}，但执行数${execution.executed}÷预算数${execution.budget}＝${percent(execution.executionRate)}${onInitial ? `；填报执行率按年初预算数${initial}计算，应以调整后的全年预算数为准` : ''}${rounding ? '；差异在金额填列精度的舍入范围内' : ''}。`,
      });
    }
  }
  const budgetCell = parseScoreCell(input.reportedBudgetScore ?? '');
  if (budgetCell.status === 'OK' && execution.score !== null && execution.executionRate !== null) {
    if (!scoreAgrees(budgetCell, execution.score, ruleSet)) {
      const r = shown(budgetCell);
      // The score follows the reported rate: the mistake is the rate's, counted there.
      const followsRate = rateWrong && rateCell.status === 'OK' && scoreAgrees(budgetCell, execution.weight * Math.min(rateCell.value, 1), ruleSet);
      out.push({
        field: 'budgetScore',
        reported: r,
        computed: pts(execution.score),
        kind: 'RULE',
        severity: followsRate ? 'INFO' : 'MAJOR',
        causedBy: followsRate ? 'executionRate' : null,
        message: `Reported budget score ${r} (得分) but execution rate ${percent(execution.executionRate)} gives ${pts(execution.score)} of ${execution.weight}.${followsRate ? ' It follows from the reported execution rate.' : ''}`,
        messageZh: `预算执行得分填报${r}，但执行率${percent(execution.executionRate)}对应得分为${pts(execution.score)}（满分${execution.weight}）。${followsRate ? '该差异源于填报的执行率。' : ''}`,
      });
    }
  }
  return out;
}

/**
 * Everything in a project table that disagrees with the rules or with itself: the execution
 * rate, the budget score, each indicator score (outside [0, weight], outside its qualitative band,
 * or different from the quantitative computation), the reported parts not adding up to the
 * reported total (ARITHMETIC, against the reported parts), and the reported total against the
 * computed one (RULE; a note that follows from its parts when they explain it).
 */
export function projectDiscrepancies(
  input: ProjectInput,
  ruleSet: RuleSet,
  score: ProjectScore = computeProjectScore(input, ruleSet),
): Discrepancy[] {
  const out = [...missingDiscrepancies(input), ...executionDiscrepancies(input, ruleSet, score)];
  out.push(...blockDiscrepancies(input, score, ruleSet), ...goalDiscrepancies(input, score, ruleSet), ...rowDiscrepancies(input, score));
  for (const i of score.indicators) {
    const text = input.indicators[i.index]?.reportedScore;
    if (text) {
      const heading = classifyFirstLevel(input.indicators[i.index]?.level1, null).statedWeight;
      const d = indicatorDiscrepancy(i, text, ruleSet, heading);
      if (d) out.push(d);
    }
  }
  const totalCell = parseScoreCell(input.reportedTotalScore ?? '');
  if (totalCell.status === 'OK') {
    const r = shown(totalCell);
    const scored = score.indicators.filter((i) => !i.constraint);
    const parts = scored.map((i) => i.reportedScore);
    const allReported = score.reportedBudgetScore !== null && parts.every((p): p is number => p !== null);
    if (allReported) {
      const indicatorSum = (parts as number[]).reduce((s, p) => s + p, 0);
      const sum = score.reportedBudgetScore! + indicatorSum;
      if (!scoreAgrees(totalCell, sum, ruleSet)) {
        out.push({
          field: 'reportedTotalScore',
          reported: r,
          computed: pts(sum),
          kind: 'ARITHMETIC',
          severity: 'MAJOR',
          causedBy: null,
          message: `Reported budget score ${score.reportedBudgetScore} + reported indicator scores ${pts(indicatorSum)} = ${pts(sum)}, but the reported total (总分) is ${r}.`,
          messageZh: `填报的预算执行得分${score.reportedBudgetScore}加各指标得分合计${pts(indicatorSum)}为${pts(sum)}分，但填报总分为${r}。`,
        });
      }
    }
    if (score.totalScore !== null && !scoreAgrees(totalCell, score.totalScore, ruleSet)) {
      const indicatorPoints = score.totalScore - (score.budgetPoints ?? 0);
      const causes = out.filter((d) => isProblem(d.severity) && d.causedBy === null && d.kind !== 'WITHIN_ROW').map((d) => d.field);
      // With every part reported, reported − computed total = the arithmetic gap + the parts' gaps:
      // the total follows from its causes, or (none listed) from the parts' rounding.
      const severity: Severity = allReported ? (causes.length > 0 ? 'INFO' : 'ROUNDING') : 'MAJOR';
      const because = severity === 'INFO' ? ` It follows from ${causes.join(', ')}.` : severity === 'ROUNDING' ? ' Each part agrees within rounding; the gap is their rounding added up.' : '';
      out.push({
        field: 'totalScore',
        reported: r,
        computed: pts(score.totalScore),
        kind: 'RULE',
        severity,
        causedBy: severity === 'INFO' ? causes.join(',') : null,
        message: `Reported total ${r} (总分) but the rules give ${pts(score.totalScore)} (budget ${pts(score.budgetPoints ?? 0)} + indicators ${pts(indicatorPoints)}${score.capped ? `, capped at ${ruleSet.constraintCap}` : ''}).${because}`,
        messageZh: `填报总分${r}，按评分规则计算为${pts(score.totalScore)}分（预算执行${pts(score.budgetPoints ?? 0)}＋指标${pts(indicatorPoints)}${score.capped ? `，封顶${ruleSet.constraintCap}分` : ''}）。${severity === 'INFO' ? `该差异源于${causes.join('、')}。` : severity === 'ROUNDING' ? '各分项均在舍入范围内，差异为舍入累计。' : ''}`,
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
    kind: 'CROSS_TABLE',
    severity: 'MAJOR',
    causedBy: null,
    message: `Summary table ${english} ${r} (${term}) but the project table says ${project}.`,
    messageZh: `汇总表${term}为${r}，但项目自评表为${project}。`,
  };
}

/**
 * A summary-table row against its project table: budget, executed, execution rate, first-level
 * score rates (against the project's reported scores) and the total (against the project's
 * reported total, else the computed one). A summary figure that repeats the project table's own
 * reported figure is no second mistake: it is listed as following from the project's.
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
  const summaryBudget = parseMoneyWan(row.budget ?? '');
  const summaryExecuted = parseMoneyWan(row.executed ?? '');
  // (A bare 0.985 beside amounts whose quotient it is, is that fraction: parseExecutionRate.)
  const rateCell = parseExecutionRate(row.executionRate ?? '', summaryBudget.value, summaryExecuted.value);
  if (rateCell.status === 'OK' && execution.executionRate !== null && !precisionAgrees(rateCell, execution.executionRate)) {
    const r = shown(rateCell);
    const projectRate = parseExecutionRate(project.reportedExecutionRate ?? '', execution.budget, execution.executed);
    const ownFigures =
      (budget !== null || executed !== null) && summaryBudget.status === 'OK' && summaryExecuted.status === 'OK' &&
      rateWithinAmountRounding(rateCell, summaryExecuted.value, summaryBudget.value);
    const repeatsProject = projectRate.status === 'OK' && precisionAgrees(rateCell, projectRate.value);
    const rounding = execution.executed !== null && execution.budget !== null && rateWithinAmountRounding(rateCell, execution.executed, execution.budget);
    const causedBy = ownFigures ? (budget ? 'summary.budget' : 'summary.executed') : repeatsProject ? 'project.executionRate' : null;
    out.push({
      field: 'summary.executionRate',
      reported: r,
      computed: percent(execution.executionRate),
      kind: 'CROSS_TABLE',
      severity: rounding ? 'ROUNDING' : causedBy ? 'INFO' : 'MAJOR',
      causedBy: rounding ? null : causedBy,
      message: `Summary table execution rate ${r} (执行率) but the project table's ${execution.executed} / ${execution.budget} = ${percent(execution.executionRate)}.`,
      messageZh: `汇总表执行率${r}，但项目自评表执行数${execution.executed}÷预算数${execution.budget}＝${percent(execution.executionRate)}。${
        rounding ? '差异在金额填列精度的舍入范围内。' : causedBy === 'project.executionRate' ? '汇总表沿用了项目自评表填报的执行率。' : causedBy ? '汇总表执行率与其自身填列的金额一致，差异源于金额。' : ''
      }`,
    });
  }
  for (const [key, level, english, term] of RATE_FIELDS) {
    const cell = parseRateCell(row[key] ?? '');
    const rates = score.firstLevels.find((f) => f.level === level);
    const rate = rates?.reportedRate ?? rates?.rate ?? null;
    if (cell.status !== 'OK' || rate === null || precisionAgrees(cell, rate)) continue;
    const r = shown(cell);
    const got = pts((rates?.reportedScore ?? rates?.score) ?? 0);
    const of = pts(rates?.weight ?? 0);
    out.push({
      field: `summary.${key}`,
      reported: r,
      computed: percent(rate),
      kind: 'CROSS_TABLE',
      severity: 'MAJOR',
      causedBy: null,
      message: `Summary table ${english} score rate ${r} (${term}) but the project table's ${english} scores give ${percent(rate)} (${got} of ${of}).`,
      messageZh: `汇总表${term}为${r}，但项目自评表该类指标得分${got}／分值${of}＝${percent(rate)}。`,
    });
  }
  const totalCell = parseScoreCell(row.totalScore ?? '');
  const projectTotal = score.reportedTotalScore ?? score.totalScore;
  if (totalCell.status === 'OK' && projectTotal !== null && !scoreAgrees(totalCell, projectTotal, ruleSet)) {
    const r = shown(totalCell);
    const reportedTotal = score.reportedTotalScore !== null;
    const which = reportedTotal ? 'reported total (总分)' : 'computed total';
    out.push({
      field: 'summary.totalScore',
      reported: r,
      computed: String(projectTotal),
      kind: 'CROSS_TABLE',
      severity: 'MAJOR',
      causedBy: null,
      message: `Summary table score ${r} (自评得分) but the project table's ${which} is ${projectTotal}.`,
      messageZh: `汇总表自评得分${r}，但项目自评表${reportedTotal ? '填报总分' : '计算总分'}为${projectTotal}。`,
    });
  }
  return out;
}
