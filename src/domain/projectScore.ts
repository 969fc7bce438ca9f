/**
 * Project (and department-wide) totals, scoring.md §4 and §6.
 * - Total = budget score + Σ indicator scores; budget weight + indicator weights should be 100
 *   ("各项指标得分加总得出该项目绩效自评的总分", 001 注 1); when they are not, a note says so.
 * - Qualitative indicators: the rule gives a band, not a point. The point counted in the total is
 *   the reported score clamped into the band — the reported score itself when it lies inside the
 *   band (the evaluator's choice within the rule), the nearest band edge when it does not. With no
 *   reported score there is no point and so no total.
 * - Constraint indicators (约束性指标, 003): no weight; a serious finding caps the total at 60.
 * - Score rate of a first-level indicator (得分率, 001 汇总表) = its scores / its weights.
 * - Department-wide evaluations with weighted annual goals (003 "年度目标1…(18分)") are the same
 *   computation over the goals' indicators, with each goal's indicator weights checked against it.
 */
import { budgetExecution, type BudgetExecution } from './budgetExecution';
import { gradeFor, type Grade } from './grade';
import {
  scoreIndicatorValues,
  type IndicatorInput,
  type IndicatorScore,
} from './indicatorScore';
import { clamp, round } from './numbers';
import { normalizeValueText, parseExecutionRate, parseRateCell, parseReportedValue, parseScoreCell } from './reportedValue';
import { templateWeights, type EvaluationTemplate, type FirstLevel, type RuleSet } from './ruleSet';

/** One indicator row of a project table. */
export interface ProjectIndicatorInput extends IndicatorInput {
  level1?: string | null; // 一级指标 as written, e.g. "产出指标 (40分)"
  reportedScore?: string | null; // 得分 as written
  description?: string | null; // 指标说明 as written (003), checked against the target
  /** 约束性指标: carries no weight, only caps the total (003). Detected from level2/name when omitted. */
  constraint?: boolean;
  /** Key of the annual goal (年度目标) the indicator belongs to, department-wide Hubei template. */
  goal?: string | null;
}

/** A weighted annual goal (年度目标), e.g. { key: '1', weight: 18 }. */
export interface GoalInput {
  key: string;
  name?: string | null;
  weight: number;
}

export interface ProjectInput {
  template?: EvaluationTemplate;
  /** 全年预算数 (万元). */
  budget: number | null;
  /** 年初预算数 (万元). */
  initialBudget?: number | null;
  /** 执行数 (万元). */
  executed: number | null;
  /** The budget-execution weight the document prints ("(20分)", 分值 10). */
  budgetWeight?: number | null;
  reportedExecutionRate?: string | null; // 执行率 as written
  reportedBudgetScore?: string | null; // budget 得分 as written
  reportedTotalScore?: string | null; // 总分 / 自评得分 as written
  indicators: ProjectIndicatorInput[];
  goals?: GoalInput[];
  /** A constraint indicator found a serious problem (审计等部门重点披露的问题, 003). */
  seriousConstraintFinding?: boolean;
}

/** Where the point counted in the total comes from. */
export type PointsSource = 'COMPUTED' | 'REPORTED_IN_BAND' | 'REPORTED_CLAMPED' | 'REPORTED';

export interface ScoredIndicator extends IndicatorScore {
  index: number;
  name: string;
  level1: string | null;
  level2: string | null;
  firstLevel: FirstLevel | null;
  goal: string | null;
  constraint: boolean;
  /** Weight as reported. */
  reportedWeight: number | null;
  /** Weight the score is out of, after any not-applicable rescaling. */
  weight: number | null;
  reportedScore: number | null;
  /** The point counted in the total; null when there is none. */
  points: number | null;
  pointsSource: PointsSource | null;
}

export interface FirstLevelRate {
  level: FirstLevel;
  /** Σ weights of its indicators. */
  weight: number;
  /** The weight printed in the label, e.g. 40 for "产出指标 (40分)". */
  statedWeight: number | null;
  /** The rule set's template weight for this level. */
  templateWeight: number | null;
  /** Σ points; null when an indicator has none. */
  score: number | null;
  rate: number | null;
  reportedScore: number | null;
  reportedRate: number | null;
}

export interface ProjectScore {
  execution: BudgetExecution;
  reportedExecutionRate: number | null;
  reportedBudgetScore: number | null;
  /** The budget part of the total: the computed budget score, else the reported one (noted). */
  budgetPoints: number | null;
  indicators: ScoredIndicator[];
  /** Budget weight + Σ indicator weights; null when some indicator has no weight. */
  weightSum: number | null;
  totalScore: number | null;
  /** The range the rules allow for the total (qualitative bands at their edges). */
  totalMin: number | null;
  totalMax: number | null;
  reportedTotalScore: number | null;
  /** The constraint cap lowered the total. */
  capped: boolean;
  grade: Grade | null;
  firstLevels: FirstLevelRate[];
  notes: string[];
}

/** The word of each first-level indicator (一级指标), as labels and prose write it. */
export const FIRST_LEVEL_WORDS: ReadonlyArray<[string, FirstLevel]> = [
  ['满意度', 'SATISFACTION'],
  ['产出', 'OUTPUT'],
  ['效益', 'BENEFIT'],
  ['投入', 'INPUT'],
  ['过程', 'PROCESS'],
];
const OUTPUT_LEVEL2 = ['数量', '质量', '时效', '成本'];

/**
 * First-level indicator of a row: from the level-1 label ("产出指标 (40分)" → OUTPUT, stated 40);
 * a level-2 "满意度指标" is SATISFACTION whatever the level-1 column says (000 专家津贴); a row with
 * no level-1 label falls back on its level-2 (数量/质量/时效/成本指标 → OUTPUT, …效益 → BENEFIT).
 */
export function classifyFirstLevel(
  level1: string | null | undefined,
  level2: string | null | undefined,
): { level: FirstLevel | null; statedWeight: number | null } {
  const l1 = normalizeValueText(level1 ?? '');
  const l2 = normalizeValueText(level2 ?? '');
  const stated = /\((\d+(?:\.\d+)?)分\)/.exec(l1);
  const statedWeight = stated ? Number(stated[1]) : null;
  if (l2.includes('满意度')) return { level: 'SATISFACTION', statedWeight: l1.includes('满意度') ? statedWeight : null };
  const fromL1 = FIRST_LEVEL_WORDS.find(([word]) => l1.includes(word));
  if (fromL1) return { level: fromL1[1], statedWeight };
  const fromL2 = FIRST_LEVEL_WORDS.find(([word]) => l2.includes(word));
  if (fromL2) return { level: fromL2[1], statedWeight: null };
  if (OUTPUT_LEVEL2.some((w) => l2.startsWith(w))) return { level: 'OUTPUT', statedWeight: null };
  return { level: null, statedWeight: null };
}

function isConstraint(row: ProjectIndicatorInput): boolean {
  if (row.constraint !== undefined) return row.constraint;
  return `${row.level2 ?? ''}${row.name}`.includes('约束性');
}

function reportedNumber(text: string | null | undefined): number | null {
  return parseScoreCell(text ?? '').value;
}

function sumOrNull(values: Array<number | null>): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

function points(score: IndicatorScore, reported: number | null): { points: number | null; source: PointsSource | null } {
  if (score.score !== null) return { points: score.score, source: 'COMPUTED' };
  if (reported === null) return { points: null, source: null };
  if (score.scoreMin === null || score.scoreMax === null) return { points: reported, source: 'REPORTED' };
  const p = clamp(reported, score.scoreMin, score.scoreMax);
  return { points: p, source: Math.abs(p - reported) < 1e-9 ? 'REPORTED_IN_BAND' : 'REPORTED_CLAMPED' };
}

function usableWeight(w: number | null): w is number {
  return w !== null && Number.isFinite(w) && w >= 0;
}

/** Computes a project's (or department-wide evaluation's) scores under a rule set. */
export function computeProjectScore(input: ProjectInput, ruleSet: RuleSet): ProjectScore {
  const template = input.template ?? 'PROJECT';
  const weights = templateWeights(ruleSet, template);
  const notes: string[] = [];
  const execution = budgetExecution(
    { budget: input.budget, initialBudget: input.initialBudget ?? null, executed: input.executed, weight: input.budgetWeight ?? null },
    ruleSet,
    template,
  );
  if (execution.note) notes.push(execution.note);
  if (typeof input.budgetWeight === 'number' && input.budgetWeight !== weights.budgetWeight) {
    notes.push(`The document weighs budget execution ${input.budgetWeight}; the ${ruleSet.name} template weighs it ${weights.budgetWeight}.`);
  }
  const reportedRateCell = parseExecutionRate(input.reportedExecutionRate ?? '', input.budget ?? input.initialBudget ?? null, input.executed).value;
  const reportedBudgetScore = reportedNumber(input.reportedBudgetScore);
  let budgetPoints = execution.score;
  if (budgetPoints === null && reportedBudgetScore !== null) {
    budgetPoints = reportedBudgetScore;
    notes.push('Budget score not computable; the reported budget score is counted in the total.');
  }

  // Not-applicable handling (§7): rescale the remaining weights to the total, or score 0.
  const rows = input.indicators;
  const weighted = rows.filter((r) => !isConstraint(r) && usableWeight(r.weight));
  const originalSum = weighted.reduce((s, r) => s + (r.weight ?? 0), 0);
  const applicableSum = weighted.filter((r) => !r.notApplicable).reduce((s, r) => s + (r.weight ?? 0), 0);
  const rescale = ruleSet.notApplicable === 'rescale' && applicableSum > 0 && applicableSum < originalSum;
  const factor = rescale ? originalSum / applicableSum : 1;
  if (rescale) notes.push(`Not-applicable indicators removed; remaining weights rescaled by ${round(factor, 4)}.`);

  const indicators: ScoredIndicator[] = rows.map((row, index) => {
    const { level } = classifyFirstLevel(row.level1, row.level2);
    const target = parseReportedValue(row.target ?? '');
    const actual = parseReportedValue(row.actual ?? '');
    const reportedScore = reportedNumber(row.reportedScore);
    const constraint = isConstraint(row);
    const common = {
      index,
      name: row.name,
      level1: row.level1 ?? null,
      level2: row.level2 ?? null,
      firstLevel: level,
      goal: row.goal ?? null,
      constraint,
      reportedWeight: usableWeight(row.weight) ? row.weight : null,
      reportedScore,
    };
    if (constraint) {
      return {
        ...common,
        method: 'NOT_SCORED',
        score: null,
        scoreMin: null,
        scoreMax: null,
        judgement: null,
        direction: null,
        reason: `constraint indicator (约束性指标): no weight; a serious finding caps the total at ${ruleSet.constraintCap}`,
        target,
        actual,
        weight: null,
        points: null,
        pointsSource: null,
      };
    }
    if (rescale && row.notApplicable && usableWeight(row.weight)) {
      return {
        ...common,
        method: 'NOT_SCORED',
        score: 0,
        scoreMin: 0,
        scoreMax: 0,
        judgement: null,
        direction: null,
        reason: 'not applicable: removed, its weight spread over the other indicators',
        target,
        actual,
        weight: 0,
        points: 0,
        pointsSource: 'COMPUTED',
      };
    }
    const weight = usableWeight(row.weight) ? row.weight * factor : null;
    const score = scoreIndicatorValues(
      { name: row.name, level2: row.level2 ?? null, target, actual, weight, notApplicable: row.notApplicable ?? false },
      ruleSet,
    );
    const p = points(score, reportedScore);
    // Object.assign, not `{ ...common, ...score, weight … }`: Node 20's V8 defines every property
    // written after a spread in an object literal on a slow path (about 0.7 µs each).
    return Object.assign({}, common, score, { weight, points: p.points, pointsSource: p.source });
  });

  const scored = indicators.filter((i) => !i.constraint);
  const missingWeights = scored.filter((i) => i.reportedWeight === null).length;
  const weightSum = missingWeights === 0 ? execution.weight + originalSum : null;
  if (missingWeights > 0) {
    notes.push(`${missingWeights} indicator(s) have no weight (分值); the weight sum is not checked and their reported scores are counted as written.`);
  } else if (Math.abs(execution.weight + originalSum - ruleSet.fullMarks) > 1e-9) {
    notes.push(`Budget weight ${execution.weight} + indicator weights ${round(originalSum, 4)} = ${round(execution.weight + originalSum, 4)}, not ${ruleSet.fullMarks}.`);
  }
  checkGoals(input.goals ?? [], scored, notes);

  const withoutPoints = scored.filter((i) => i.points === null);
  if (withoutPoints.length > 0) {
    notes.push(`No score for ${withoutPoints.map((i) => `"${i.name}"`).join(', ')}: the total cannot be computed.`);
  }
  const indicatorPoints = sumOrNull(scored.map((i) => i.points));
  let totalScore = budgetPoints === null || indicatorPoints === null ? null : budgetPoints + indicatorPoints;
  let totalMin = budgetPoints === null ? null : sumOrNull([budgetPoints, ...scored.map((i) => i.scoreMin ?? i.points)]);
  let totalMax = budgetPoints === null ? null : sumOrNull([budgetPoints, ...scored.map((i) => i.scoreMax ?? i.points)]);
  let capped = false;
  // No total leaves the scale ("得分不得突破权重总额"): parts taken as reported can add up to more.
  if (totalScore !== null && totalScore > ruleSet.fullMarks) {
    notes.push(`The parts add up to ${round(totalScore, 2)}, more than the full marks ${ruleSet.fullMarks}: the total is held at ${ruleSet.fullMarks}.`);
    totalScore = ruleSet.fullMarks;
    totalMin = totalMin === null ? null : Math.min(totalMin, ruleSet.fullMarks);
    totalMax = totalMax === null ? null : Math.min(totalMax, ruleSet.fullMarks);
  }
  if (input.seriousConstraintFinding) {
    const cap = ruleSet.constraintCap;
    capped = totalScore !== null && totalScore > cap;
    totalScore = totalScore === null ? null : Math.min(totalScore, cap);
    totalMin = totalMin === null ? null : Math.min(totalMin, cap);
    totalMax = totalMax === null ? null : Math.min(totalMax, cap);
    notes.push(`A constraint indicator (约束性指标) found a serious problem: the total is capped at ${cap}.`);
  }

  return {
    execution,
    reportedExecutionRate: reportedRateCell,
    reportedBudgetScore,
    budgetPoints,
    indicators,
    weightSum,
    totalScore,
    totalMin,
    totalMax,
    reportedTotalScore: reportedNumber(input.reportedTotalScore),
    capped,
    grade: gradeFor(totalScore, ruleSet),
    firstLevels: firstLevelRates(input.indicators, scored, weights.firstLevelWeights, notes),
    notes,
  };
}

function checkGoals(goals: GoalInput[], scored: ScoredIndicator[], notes: string[]): void {
  for (const goal of goals) {
    const inGoal = scored.filter((i) => i.goal === goal.key);
    const sum = sumOrNull(inGoal.map((i) => i.reportedWeight));
    if (sum !== null && Math.abs(sum - goal.weight) > 1e-9) {
      notes.push(`Annual goal ${goal.key} (年度目标) weighs ${goal.weight}, its indicators ${round(sum, 4)}.`);
    }
  }
}

function firstLevelRates(
  rows: ProjectIndicatorInput[],
  scored: ScoredIndicator[],
  templateLevels: Partial<Record<FirstLevel, number>>,
  notes: string[],
): FirstLevelRate[] {
  const order: FirstLevel[] = ['INPUT', 'PROCESS', 'OUTPUT', 'BENEFIT', 'SATISFACTION'];
  const result: FirstLevelRate[] = [];
  for (const level of order) {
    const members = scored.filter((i) => i.firstLevel === level && i.weight !== null);
    if (members.length === 0) continue;
    const stated = members
      .map((i) => classifyFirstLevel(rows[i.index]?.level1, rows[i.index]?.level2).statedWeight)
      .find((w): w is number => w !== null);
    const weight = members.reduce((s, i) => s + (i.weight ?? 0), 0);
    const reportedWeight = sumOrNull(members.map((i) => i.reportedWeight));
    if (stated !== undefined && reportedWeight !== null && Math.abs(reportedWeight - stated) > 1e-9) {
      notes.push(`${level} indicators weigh ${round(reportedWeight, 4)} but the label says ${stated}分.`);
    }
    const score = sumOrNull(members.map((i) => i.points));
    const reportedScore = sumOrNull(members.map((i) => i.reportedScore));
    result.push({
      level,
      weight,
      statedWeight: stated ?? null,
      templateWeight: templateLevels[level] ?? null,
      score,
      rate: score !== null && weight > 0 ? score / weight : null,
      reportedScore,
      reportedRate: reportedScore !== null && weight > 0 ? reportedScore / weight : null,
    });
  }
  return result;
}
