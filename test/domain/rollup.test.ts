import { describe, expect, it } from 'vitest';
import {
  aggregateIndicator,
  HENAN,
  HUBEI,
  mean,
  NATIONAL,
  ratioOfSums,
  round,
  rollup,
  ruleSetForRegion,
  sum,
  weightedMean,
} from '../../src/domain';

describe('汇总: money summed, Σexecuted / Σbudget, fund-weighted scores (scoring.md §5)', () => {
  // 001 新乡县人力资源和社会保障局 summary (first four projects), computed totals as reported.
  const bureau = [
    { budget: 16.06, executed: 16.06, score: 96.97 },
    { budget: 10, executed: 1.33, score: 99.6 },
    { budget: 10, executed: 7.14, score: 91.79 },
    { budget: 20.7, executed: 1.57, score: 97.22 },
  ];

  it('the execution rate of a group is Σexecuted / Σbudget, not the mean of the rates', () => {
    const r = rollup(bureau);
    expect(round(r.budget ?? NaN, 2)).toBe(56.76);
    expect(round(r.executed ?? NaN, 2)).toBe(26.1);
    expect(round(r.executionRate ?? NaN, 4)).toBe(round(26.1 / 56.76, 4));
    // 45.98%, where the mean of the four rates would say 48.07%.
    expect(round(r.executionRate ?? NaN, 4)).toBe(0.4598);
    expect(round(mean(bureau.map((b) => b.executed / b.budget)) ?? NaN, 4)).toBe(0.4807);
  });

  it('"以资金额度为权重" (000 备注 3): Σ(score × budget) / Σbudget beside the plain mean', () => {
    const r = rollup(bureau);
    const weighted = (96.97 * 16.06 + 99.6 * 10 + 91.79 * 10 + 97.22 * 20.7) / 56.76;
    expect(r.weightedScore).toBeCloseTo(weighted, 9);
    expect(r.meanScore).toBeCloseTo((96.97 + 99.6 + 91.79 + 97.22) / 4, 9);
  });

  it('a missing value is skipped, never a zero (000 备注 4: satisfaction may be left out)', () => {
    expect(sum([1, null, 2, undefined])).toBe(3);
    expect(sum([null])).toBeNull();
    expect(mean([80, null, 100])).toBe(90);
    expect(mean([])).toBeNull();
    expect(weightedMean([{ value: 80, weight: 10 }, { value: null, weight: 90 }, { value: 100, weight: null }])).toBe(80);
    expect(weightedMean([{ value: 80, weight: 0 }])).toBeNull();
    expect(ratioOfSums([{ numerator: 5, denominator: 10 }, { numerator: null, denominator: 90 }])).toBe(0.5);
    expect(ratioOfSums([{ numerator: 5, denominator: 0 }])).toBeNull();
    const r = rollup([{ budget: 10, executed: 5, score: null, reportedScore: 90 }]);
    expect(r).toMatchObject({ weightedScore: null, meanScore: null, reportedWeightedScore: 90, reportedMeanScore: 90 });
  });
});

describe('one indicator across entities: "绝对值直接累加计算，相对值按照资金额度加权平均计算" (000 备注 2)', () => {
  it('absolute values are summed, in base units, and then scored: 城镇新增就业', () => {
    // 003 十堰市 3.5万人 → 4.97万人; a county reporting 1000人 → 800人.
    const a = aggregateIndicator(
      [
        { target: '3.5万人', actual: '4.97万人', funds: 2478.73, source: '十堰市 全年城镇新增就业人数' },
        { target: '1000人', actual: '800人', funds: 10, source: 'county' },
      ],
      { name: '城镇新增就业人数', weight: 2, ruleSet: HUBEI },
    );
    expect(a).toMatchObject({ unit: '人', relative: false, used: [0, 1], skipped: [] });
    expect(a.target?.value).toBe(36_000);
    expect(a.actual?.value).toBe(50_500);
    expect(a.score).toMatchObject({ method: 'POSITIVE', score: 2 });
  });

  it('rates are weighted by funds, then scored with the rule (the score is not an average of scores)', () => {
    const a = aggregateIndicator(
      [
        { target: '≥95%', actual: '90%', funds: 30 },
        { target: '≥95%', actual: '100%', funds: 10 },
      ],
      { name: '服务对象满意度', weight: 10, ruleSet: NATIONAL },
    );
    expect(a.relative).toBe(true);
    expect(a.actual?.value).toBeCloseTo(0.925, 9);
    expect(a.target).toMatchObject({ value: 0.95, comparator: 'GE' });
    expect(a.score?.score).toBeCloseTo(10 * (0.925 / 0.95), 9);
    // Averaging the two scores would give (9.47 + 10) / 2 weighted: a different figure.
    expect(a.score?.score).not.toBeCloseTo((30 * 10 * (0.9 / 0.95) + 10 * 10) / 40, 3);
  });

  it('values that cannot be aggregated are listed with the reason', () => {
    const a = aggregateIndicator(
      [
        { target: '100人', actual: '120人', funds: 10 },
        { target: '达标', actual: '达标', funds: 10, source: 'qualitative' },
        { target: '5万人', actual: '62.27', funds: 10, source: '003 units differ' },
        { target: '2次', actual: '2次', funds: 10, source: 'other unit' },
      ],
      { name: '参保人数', weight: null, ruleSet: HENAN },
    );
    expect(a.used).toEqual([0]);
    expect(a.skipped.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(a.skipped[2]?.reason).toMatch(/differs from 人/);
    expect(a.score).toBeNull();
  });

  it('nothing usable: no unit, no values, no score', () => {
    expect(aggregateIndicator([{ target: '达标', actual: '达标', funds: 1 }], { name: 'x', weight: 2, ruleSet: HUBEI })).toMatchObject({
      unit: null,
      target: null,
      actual: null,
      score: null,
    });
  });
});

describe('rule sets by GB/T 2260 code (scoring.md: rules are per jurisdiction)', () => {
  it.each([
    ['420000', 'HUBEI'],
    ['420200', 'HUBEI'], // 黄石市
    ['421222', 'HUBEI'], // 通城县
    ['410721', 'HENAN'], // 新乡县
    ['110000', 'NATIONAL'],
    ['garbage', 'NATIONAL'],
  ])('%s → %s', (code, id) => {
    expect(ruleSetForRegion(code).id).toBe(id);
  });

  it('budget weight 20 in Hubei, 10 in Henan and nationally; national first-level 50 / 30 / 10', () => {
    expect(HUBEI.project.budgetWeight).toBe(20);
    expect(HENAN.project.budgetWeight).toBe(10);
    expect(NATIONAL.project).toEqual({ budgetWeight: 10, firstLevelWeights: { OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 } });
    expect(HENAN.department.firstLevelWeights).toEqual({ INPUT: 15, PROCESS: 25, OUTPUT: 30, BENEFIT: 30 });
  });
});
