import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateIndicator,
  HENAN,
  HUBEI,
  NATIONAL,
  negativeScore,
  positiveScore,
  rollup,
  scoreIndicatorValues,
  weightedMean,
  type Comparator,
  type NumericValue,
  type RuleSet,
} from '../../src/domain';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const comparator = fc.constantFrom<Comparator>('GE', 'GT', 'LE', 'LT', 'EQ', 'ABOUT');
const ruleSet = fc.constantFrom<RuleSet>(HUBEI, HENAN, NATIONAL, { ...NATIONAL, negativeFormula: 'linear-2x' });

function num(value: number, c: Comparator, unit: string | null): NumericValue {
  return { kind: 'NUMBER', raw: String(value), value, unit, comparator: c, note: null };
}

describe('properties of the rules', () => {
  it('a score never leaves [0, weight] ("得分不得突破权重总额")', () => {
    fc.assert(
      fc.property(finite(0, 100), finite(-1e6, 1e6), finite(-1e6, 1e6), comparator, ruleSet, fc.constantFrom('成本指标', '数量指标'), (weight, t, a, c, rs, level2) => {
        const s = scoreIndicatorValues({ name: '指标', level2, target: num(t, c, '人'), actual: num(a, 'EQ', '人'), weight }, rs);
        expect(s.score).not.toBeNull();
        expect(s.score ?? NaN).toBeGreaterThanOrEqual(0);
        expect(s.score ?? NaN).toBeLessThanOrEqual(weight);
      }),
    );
  });

  it('a positive score never falls when the actual rises; a negative one never rises', () => {
    fc.assert(
      fc.property(finite(0, 100), finite(-1e6, 1e6), finite(-1e6, 1e6), finite(0, 1e6), fc.constantFrom<'ratio' | 'linear-2x'>('ratio', 'linear-2x'), (w, t, a, d, formula) => {
        expect(positiveScore(w, t, a + d)).toBeGreaterThanOrEqual(positiveScore(w, t, a));
        expect(negativeScore(w, t, a + d, formula)).toBeLessThanOrEqual(negativeScore(w, t, a, formula));
      }),
    );
  });

  it('the rollup of one entity is the entity', () => {
    fc.assert(
      fc.property(finite(0.01, 1e6), finite(0, 1e6), finite(0, 100), (budget, executed, score) => {
        const r = rollup([{ budget, executed, score, reportedScore: score }]);
        expect(r.budget).toBe(budget);
        expect(r.executed).toBe(executed);
        expect(r.executionRate).toBe(executed / budget);
        expect(r.weightedScore).toBeCloseTo(score, 9);
        expect(r.meanScore).toBe(score);
        expect(r.reportedWeightedScore).toBeCloseTo(score, 9);
      }),
    );
  });

  it('aggregating one observation of an indicator scores it as the observation itself', () => {
    fc.assert(
      fc.property(finite(0, 1e5), finite(0, 1e5), finite(0.01, 1e4), finite(0, 100), ruleSet, (t, a, funds, weight, rs) => {
        const target = num(t, 'GE', '%');
        const actual = num(a, 'EQ', '%');
        const one = aggregateIndicator([{ target, actual, funds }], { name: '满意度', weight, ruleSet: rs });
        const direct = scoreIndicatorValues({ name: '满意度', target, actual, weight }, rs);
        expect(one.score?.score ?? NaN).toBeCloseTo(direct.score ?? NaN, 6);
      }),
    );
  });

  it('a weighted mean lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: finite(-1e4, 1e4), weight: finite(0.001, 1e4) }), { minLength: 1, maxLength: 30 }), (items) => {
        const m = weightedMean(items) ?? NaN;
        const values = items.map((i) => i.value);
        const tolerance = 1e-9 * Math.max(1, ...values.map(Math.abs));
        expect(m).toBeGreaterThanOrEqual(Math.min(...values) - tolerance);
        expect(m).toBeLessThanOrEqual(Math.max(...values) + tolerance);
      }),
    );
  });
});
