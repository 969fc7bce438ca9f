/**
 * Scoring one performance indicator (绩效指标), scoring.md §2–§3 and §7.
 * - Positive (正向) indicator, target a floor: score = weight × min(actual / target, 1).
 * - Negative (反向) indicator, target a ceiling: score = weight × min(target / actual, 1), or the
 *   'linear-2x' variant; actual 0 scores the full weight.
 * - "得分不得突破权重总额" (000 备注 2): a score stays within [0, weight].
 * - Otherwise (units differ, a side is not a number) the indicator is qualitative: the result is a
 *   band of the weight for the judgement the actual supports, or the whole [0, weight] when the
 *   actual supports none (not judged).
 */
import { clamp } from './numbers';
import { parseReportedValue, type Judgement, type NumericValue, type ReportedValue } from './reportedValue';
import type { NegativeFormula, RuleSet } from './ruleSet';

export type Direction = 'POSITIVE' | 'NEGATIVE';
export type ScoringMethod = 'POSITIVE' | 'NEGATIVE' | 'QUALITATIVE' | 'NOT_SCORED';

export interface DirectionInference {
  direction: Direction;
  reason: string;
}

/** A closed range of points. */
export interface ScoreBand {
  min: number;
  max: number;
}

export interface IndicatorScore {
  method: ScoringMethod;
  /** Points for quantitative methods (and 0 for a not-applicable indicator scored zero); null otherwise. */
  score: number | null;
  /** The range the rule allows: equal to `score` for quantitative methods, the band for qualitative. */
  scoreMin: number | null;
  scoreMax: number | null;
  /** Qualitative judgement the actual supports; null for quantitative or not judged. */
  judgement: Judgement | null;
  /** Direction used for quantitative methods. */
  direction: Direction | null;
  /** Why this method and result, in words a reviewer can check. */
  reason: string;
  target: ReportedValue;
  actual: ReportedValue;
}

/** An indicator as reported: text cells plus its weight (分值), already a number. */
export interface IndicatorInput {
  name: string; // 三级指标
  level2?: string | null; // 二级指标, e.g. 成本指标
  target: string | null; // 年初目标值 / 年度指标值
  actual: string | null; // 实际完成值
  weight: number | null; // 分值
  notApplicable?: boolean;
}

/** The same, with target and actual already parsed. */
export interface IndicatorValues {
  name: string;
  level2?: string | null;
  target: ReportedValue;
  actual: ReportedValue;
  weight: number | null;
  notApplicable?: boolean;
}

/**
 * Measures of a reduction (成本…降低率, 节约率): a higher figure is better, whatever the kind
 * (000 12333: 设计预算成本计划降低率 target 1%, actual 1.60%).
 */
const REDUCTION_WORDING = /(降低|节约|下降|减少|压减|压缩)率/;
/**
 * Kinds whose figure is a ceiling (scoring.md §2): costs, error and failure rates, unemployment,
 * complaint or failure counts. Matched at the end of the name, so that 投诉案件结案率 (a resolution
 * rate, 003) stays positive while 投诉率 / 投诉次数 are ceilings.
 */
const CEILING_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/成本/, 'cost (成本)'],
  [/(差错|错误|故障|事故|失业|投诉|发生|超时|逾期|违规|结转结余|结余|调整)率$/, 'rate of something to avoid'],
  [/(故障|事故|投诉|差错|违规)(次数|数|件数|起数|量)$/, 'count of something to avoid'],
];

/**
 * Direction of a quantitative indicator: the target's comparator first (≥, >, 以上, 大于, 不低于 →
 * positive; ≤, <, 以内, 不超过, 小于 → negative); for a bare figure, the indicator's kind (二级指标
 * 成本指标, or a name naming a cost, an error or failure rate, unemployment, complaints → negative;
 * a reduction rate → positive); else positive (output counts).
 */
export function inferDirection(target: NumericValue, context: { name: string; level2?: string | null }): DirectionInference {
  switch (target.comparator) {
    case 'GE':
    case 'GT':
      return { direction: 'POSITIVE', reason: `target "${target.raw.trim()}" is a floor` };
    case 'LE':
    case 'LT':
      return { direction: 'NEGATIVE', reason: `target "${target.raw.trim()}" is a ceiling` };
    default:
      break;
  }
  const name = context.name.replace(/\s+/g, '');
  const level2 = (context.level2 ?? '').replace(/\s+/g, '');
  if (REDUCTION_WORDING.test(name)) {
    return { direction: 'POSITIVE', reason: `"${name}" measures a reduction: higher is better` };
  }
  if (level2.includes('成本')) {
    return { direction: 'NEGATIVE', reason: 'cost indicator (成本指标): the target is a ceiling' };
  }
  const kind = CEILING_KINDS.find(([pattern]) => pattern.test(name));
  if (kind) return { direction: 'NEGATIVE', reason: `"${name}" is a ${kind[1]}: the target is a ceiling` };
  return { direction: 'POSITIVE', reason: 'bare target: treated as a floor (output count)' };
}

/** weight × min(actual / target, 1) in [0, weight]; a target ≤ 0 is met by any actual ≥ target (§7). */
export function positiveScore(weight: number, target: number, actual: number): number {
  if (target <= 0) return actual >= target ? weight : 0;
  return weight * clamp(actual / target, 0, 1);
}

/**
 * Ceiling indicator. 'ratio': weight × min(target / actual, 1), actual ≤ 0 scores the full weight.
 * 'linear-2x': actual ≤ target → weight; target < actual < 2·target → weight × (1 − (actual −
 * target) / target); beyond → 0.
 */
export function negativeScore(weight: number, target: number, actual: number, formula: NegativeFormula): number {
  if (actual <= target) return weight;
  if (target <= 0) return 0;
  if (formula === 'ratio') return weight * clamp(target / actual, 0, 1);
  return weight * clamp(1 - (actual - target) / target, 0, 1);
}

/** The points a judgement allows under the rule set (Hubei achieved: [0.8w, w]). */
export function qualitativeBand(judgement: Judgement, weight: number, ruleSet: RuleSet): ScoreBand {
  const share =
    judgement === 'ACHIEVED'
      ? ruleSet.qualitativeBands.achieved
      : judgement === 'PARTLY'
        ? ruleSet.qualitativeBands.partly
        : ruleSet.qualitativeBands.notAchieved;
  return { min: weight * share[0], max: weight * share[1] };
}

/** Whether a reported score lies inside a band, allowing `tolerance` either side. */
export function reportedWithinBand(reported: number, band: ScoreBand, tolerance = 0): boolean {
  return reported >= band.min - tolerance - 1e-9 && reported <= band.max + tolerance + 1e-9;
}

function compactText(v: ReportedValue): string {
  return v.raw.replace(/\s+/g, '').replace(/[。.]$/, '');
}

/** The judgement an actual supports: its own word, or "restates the target" (法定时效内 / 法定时效内). */
function judgementFromActual(target: ReportedValue, actual: ReportedValue): { judgement: Judgement | null; why: string } {
  if (actual.kind === 'QUALITATIVE') return { judgement: actual.judgement, why: `actual "${actual.raw.trim()}"` };
  const a = compactText(actual);
  const t = compactText(target);
  if (t !== '' && (a === t || a === `已${t}` || a === `${t}了`)) {
    return { judgement: 'ACHIEVED', why: 'the actual restates the target' };
  }
  const detail = actual.kind === 'TEXT' ? actual.reason : 'a number without a comparable target';
  return { judgement: null, why: `actual "${actual.raw.trim()}" is not a judgement (${detail})` };
}

function unitLabel(unit: string | null): string {
  return unit ?? 'no unit';
}

/** An indicator the rules do not score: no score (no weight), or 0 (not applicable), for `reason`. */
function notScored({ target, actual }: IndicatorValues, score: 0 | null, reason: string): IndicatorScore {
  return { target, actual, judgement: null, direction: null, method: 'NOT_SCORED', score, scoreMin: score, scoreMax: score, reason };
}

/** A weighted indicator that cannot be judged: anywhere from 0 to its weight, for `reason`. */
function notJudged({ target, actual }: IndicatorValues, weight: number, reason: string): IndicatorScore {
  return { target, actual, judgement: null, direction: null, method: 'QUALITATIVE', score: null, scoreMin: 0, scoreMax: weight, reason };
}

/** Scores an indicator whose target and actual are already parsed. */
export function scoreIndicatorValues(input: IndicatorValues, ruleSet: RuleSet): IndicatorScore {
  const { target, actual, weight } = input;
  // Each result written out whole, not as a shared part spread into it: Node 20's V8 defines every
  // property written after a spread in an object literal on a slow path (about 0.7 µs each), and
  // this runs for every indicator row.
  if (weight === null || !Number.isFinite(weight) || weight < 0) return notScored(input, null, 'no weight (分值) reported');
  if (input.notApplicable) return notScored(input, 0, 'not applicable: scores 0 under this rule set');
  if (target.kind === 'NUMBER' && actual.kind === 'NUMBER') {
    if (target.unit === actual.unit) {
      const { direction, reason } = inferDirection(target, input);
      const score =
        direction === 'POSITIVE'
          ? positiveScore(weight, target.value, actual.value)
          : negativeScore(weight, target.value, actual.value, ruleSet.negativeFormula);
      return { target, actual, judgement: null, direction, method: direction, score, scoreMin: score, scoreMax: score, reason };
    }
    return notJudged(
      input,
      weight,
      `units differ (target ${unitLabel(target.unit)}, actual ${unitLabel(actual.unit)}): not compared, not judged`,
    );
  }
  const { judgement, why } = judgementFromActual(target, actual);
  const notNumeric = target.kind !== 'NUMBER' ? 'target is not a number' : 'actual is not a number';
  if (judgement === null) {
    return notJudged(input, weight, `${notNumeric}; ${why}: not judged`);
  }
  const band = qualitativeBand(judgement, weight, ruleSet);
  return {
    target,
    actual,
    judgement,
    direction: null,
    method: 'QUALITATIVE',
    score: null,
    scoreMin: band.min,
    scoreMax: band.max,
    reason: `${notNumeric}; ${why} → ${judgement}`,
  };
}

/** Scores an indicator from its reported text (target and actual as written). */
export function scoreIndicator(input: IndicatorInput, ruleSet: RuleSet): IndicatorScore {
  return scoreIndicatorValues(
    {
      name: input.name,
      level2: input.level2 ?? null,
      target: parseReportedValue(input.target ?? ''),
      actual: parseReportedValue(input.actual ?? ''),
      weight: input.weight,
      notApplicable: input.notApplicable ?? false,
    },
    ruleSet,
  );
}
