/**
 * Rollups over units, departments and regions (汇总), scoring.md §5.
 * - Money is summed; a group's execution rate is Σexecuted / Σbudget, not the mean of rates.
 * - Scores are weighted by fund amount ("以资金额度为权重", 000 备注 3): Σ(score × budget) / Σbudget,
 *   with the plain mean beside it. Missing values are skipped, never counted as zero (000 备注 4:
 *   a satisfaction indicator may be left out).
 * - One quantitative indicator across entities ("定量指标完成数汇总原则", 000 备注 2): absolute
 *   values summed, relative values (rates) averaged weighted by funds, then scored from the
 *   aggregated values ("定量指标先汇总完成数，再计算得分").
 */
import { scoreIndicatorValues, type IndicatorScore } from './indicatorScore';
import {
  describeValue,
  parseReportedValue,
  type Comparator,
  type NumericValue,
  type ReportedValue,
} from './reportedValue';
import type { RuleSet } from './ruleSet';

type Maybe = number | null | undefined;

function present(x: Maybe): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Σ of the values present; null when none is. */
export function sum(values: ReadonlyArray<Maybe>): number | null {
  const xs = values.filter(present);
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0);
}

/** Plain mean of the values present; null when none is. */
export function mean(values: ReadonlyArray<Maybe>): number | null {
  const xs = values.filter(present);
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}

/**
 * Σnumerator / Σdenominator over the pairs where both are present (a budget without an executed
 * amount would understate the rate); null when the denominator sum is not positive.
 */
export function ratioOfSums(pairs: ReadonlyArray<{ numerator: Maybe; denominator: Maybe }>): number | null {
  const both = pairs.filter((p) => present(p.numerator) && present(p.denominator));
  const den = both.reduce((s, p) => s + (p.denominator as number), 0);
  if (both.length === 0 || den <= 0) return null;
  return both.reduce((s, p) => s + (p.numerator as number), 0) / den;
}

/** Σ(value × weight) / Σweight over items with a value and a positive weight; null when none. */
export function weightedMean(items: ReadonlyArray<{ value: Maybe; weight: Maybe }>): number | null {
  const usable = items.filter((i) => present(i.value) && present(i.weight) && (i.weight as number) > 0);
  const total = usable.reduce((s, i) => s + (i.weight as number), 0);
  if (total <= 0) return null;
  // Σ value × (weight / Σweight): each share is at most 1, so nothing under- or overflows and a
  // single item's mean is its value exactly.
  return usable.reduce((s, i) => s + (i.value as number) * ((i.weight as number) / total), 0);
}

/** One evaluated entity in a rollup: money in 万元, scores out of 100. */
export interface RollupEntity {
  budget: number | null;
  executed: number | null;
  score: number | null; // computed total
  reportedScore?: number | null; // 总分 as reported
}

export interface Rollup {
  count: number;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  /** Σ(score × budget) / Σbudget. */
  weightedScore: number | null;
  meanScore: number | null;
  reportedWeightedScore: number | null;
  reportedMeanScore: number | null;
  /** The reported score fund-weighted over the entities whose computed score exists: like with like beside `weightedScore`. */
  reportedWeightedScoreOnComputed: number | null;
}

/** The rollup rule in its pure form (the API computes it in SQL, src/db/queries/rollup.ts; test/api/rollupRule.test.ts checks the two agree at every region). Rolls up entities: sums, Σexecuted / Σbudget, fund-weighted and plain mean scores (computed and reported). */
export function rollup(entities: ReadonlyArray<RollupEntity>): Rollup {
  return {
    count: entities.length,
    budget: sum(entities.map((e) => e.budget)),
    executed: sum(entities.map((e) => e.executed)),
    executionRate: ratioOfSums(entities.map((e) => ({ numerator: e.executed, denominator: e.budget }))),
    weightedScore: weightedMean(entities.map((e) => ({ value: e.score, weight: e.budget }))),
    meanScore: mean(entities.map((e) => e.score)),
    reportedWeightedScore: weightedMean(entities.map((e) => ({ value: e.reportedScore, weight: e.budget }))),
    reportedMeanScore: mean(entities.map((e) => e.reportedScore)),
    reportedWeightedScoreOnComputed: weightedMean(
      entities.filter((e) => present(e.score)).map((e) => ({ value: e.reportedScore, weight: e.budget })),
    ),
  };
}

/** One entity's report of an indicator concept. */
export interface IndicatorObservation {
  target: string | ReportedValue;
  actual: string | ReportedValue;
  /** The entity's fund amount (万元), the weight for relative values. */
  funds: number | null;
  /** Where it comes from, for listing (e.g. the project and indicator name). */
  source?: string;
}

export interface AggregatedIndicator {
  /** Base unit of the aggregate ("%" for rates, 人, 元 …); null when nothing could be aggregated. */
  unit: string | null;
  /** Rates are weighted by funds; absolute values are summed. */
  relative: boolean;
  target: NumericValue | null;
  actual: NumericValue | null;
  /** Indices of the observations used. */
  used: number[];
  /** Observations left out, with the reason. */
  skipped: Array<{ index: number; source: string | null; reason: string }>;
  /** The rule applied to the aggregated values; null without a weight or without values. */
  score: IndicatorScore | null;
}

function asValue(v: string | ReportedValue): ReportedValue {
  return typeof v === 'string' ? parseReportedValue(v) : v;
}

function commonComparator(values: NumericValue[]): Comparator {
  const first = values[0]?.comparator ?? 'EQ';
  return values.every((v) => v.comparator === first) ? first : 'EQ';
}

function aggregate(values: NumericValue[], weights: number[], relative: boolean, unit: string | null): NumericValue {
  const value = relative
    ? (weightedMean(values.map((v, i) => ({ value: v.value, weight: weights[i] }))) ?? 0)
    : values.reduce((s, v) => s + v.value, 0);
  const result: NumericValue = { kind: 'NUMBER', raw: '', value, unit, comparator: commonComparator(values), note: null };
  return { ...result, raw: describeValue(result) };
}

/**
 * Aggregates one indicator concept across entities and scores the aggregate with the rule:
 * absolute values summed, rates weighted by funds. Observations whose target or actual is not a
 * number, or whose unit differs from the first usable one, are skipped with a reason.
 */
export function aggregateIndicator(
  observations: ReadonlyArray<IndicatorObservation>,
  rule: { name: string; level2?: string | null; weight: number | null; ruleSet: RuleSet },
): AggregatedIndicator {
  const skipped: AggregatedIndicator['skipped'] = [];
  const used: number[] = [];
  const targets: NumericValue[] = [];
  const actuals: NumericValue[] = [];
  const funds: number[] = [];
  let unit: string | null | undefined;
  observations.forEach((o, index) => {
    const source = o.source ?? null;
    const target = asValue(o.target);
    const actual = asValue(o.actual);
    if (target.kind !== 'NUMBER' || actual.kind !== 'NUMBER') {
      skipped.push({ index, source, reason: 'target or actual is not a number' });
      return;
    }
    if (target.unit !== actual.unit) {
      skipped.push({ index, source, reason: `target unit ${target.unit ?? 'none'} differs from actual unit ${actual.unit ?? 'none'}` });
      return;
    }
    if (unit !== undefined && actual.unit !== unit) {
      skipped.push({ index, source, reason: `unit ${actual.unit ?? 'none'} differs from ${unit ?? 'none'}` });
      return;
    }
    if (actual.unit === '%' && !(present(o.funds) && o.funds > 0)) {
      skipped.push({ index, source, reason: 'a rate without a fund amount cannot be weighted' });
      return;
    }
    unit = actual.unit;
    used.push(index);
    targets.push(target);
    actuals.push(actual);
    funds.push(o.funds ?? 0);
  });
  if (unit === undefined) {
    return { unit: null, relative: false, target: null, actual: null, used, skipped, score: null };
  }
  const relative = unit === '%';
  const target = aggregate(targets, funds, relative, unit);
  const actual = aggregate(actuals, funds, relative, unit);
  const score =
    rule.weight === null
      ? null
      : scoreIndicatorValues({ name: rule.name, level2: rule.level2 ?? null, target, actual, weight: rule.weight }, rule.ruleSet);
  return { unit, relative, target, actual, used, skipped, score };
}
