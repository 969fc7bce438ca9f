/** The new kinds of discrepancy (issue 12) as pure rules, with the seeds' figures. */
import { describe, expect, it } from 'vitest';
import { HENAN, HUBEI, parseRateCell, projectDiscrepancies, rateWithinAmountRounding } from '../../src/domain';
import { figuresIn } from '../../src/domain/rowDiscrepancy';
import { summaryAgainstSummary } from '../../src/domain/summaryDiscrepancy';

describe('ROUNDING: a rate within the rounding of the amounts it comes from', () => {
  it('19.4 / 25 (one decimal) allows 77.25%–77.96%: 77.64 is rounding, 78.5 is not', () => {
    expect(rateWithinAmountRounding(parseRateCell('77.64'), 19.4, 25)).toBe(true);
    expect(rateWithinAmountRounding(parseRateCell('78.5'), 19.4, 25)).toBe(false);
  });
  it('1.57 / 20.7 = 7.58%: 7.59% is rounding (001 line 144)', () => {
    expect(rateWithinAmountRounding(parseRateCell('7.59%'), 1.57, 20.7)).toBe(true);
  });
});

describe('ARITHMETIC: blocks against their headings', () => {
  it('001 建档立卡: 效益指标 (30分) holds 10 + 10; the weight sum 90 follows from it', () => {
    const ds = projectDiscrepancies(
      {
        budget: 16.06,
        executed: 16.06,
        budgetWeight: 10,
        indicators: [
          { name: '人数', level1: '产出指标 (50分)', level2: '数量指标', target: '47人', actual: '47人', weight: 50, reportedScore: '50' },
          { name: '激励', level1: '效益指标 (30分)', level2: '经济效益指标', target: '提高', actual: '提高', weight: 10, reportedScore: '9' },
          { name: '帮扶', level1: '效益指标 (30分)', level2: '社会效益指标', target: '提高', actual: '提高', weight: 10, reportedScore: '9.5' },
          { name: '满意度', level1: '满意度指标 (10分)', level2: '服务对象满意度指标', target: '≥95%', actual: '90%', weight: 10, reportedScore: '9.47' },
        ],
      },
      HENAN,
    );
    expect(ds.filter((d) => d.kind === 'ARITHMETIC').map((d) => [d.field, d.reported, d.computed, d.severity, d.causedBy])).toEqual([
      ['blocks[BENEFIT].weight', '30', '20', 'MAJOR', null],
      ['weightSum', '90', '100', 'INFO', 'blocks[BENEFIT].weight'],
    ]);
  });

  it('000 without weights: the scores of a block may not exceed its heading', () => {
    const ds = projectDiscrepancies(
      {
        budget: 10,
        executed: 10,
        indicators: [
          { name: 'a', level1: '效益指标 (20分)', target: '达标', actual: '达标', weight: null, reportedScore: '15' },
          { name: 'b', level1: '效益指标 (20分)', target: '达标', actual: '达标', weight: null, reportedScore: '15' },
        ],
      },
      HUBEI,
    );
    expect(ds.map((d) => [d.kind, d.field, d.computed])).toEqual([['ARITHMETIC', 'blocks[BENEFIT].score', '30']]);
  });
});

describe('WITHIN_ROW and CROSS_TABLE', () => {
  it('figures with units are read from a note', () => {
    expect(figuresIn('参加城镇职工基本养老保险人数37.89万人').map((f) => [f.value, f.unit])).toEqual([[37.89, '万人']]);
  });
  it('two summary tables: 13.3% against 99% is MAJOR, 7.59% against 7.6% ROUNDING', () => {
    expect(summaryAgainstSummary({ executionRate: '99%' }, { executionRate: '13.3%' }, '新乡县劳动保障监察大队', 499)[0]).toMatchObject({
      kind: 'CROSS_TABLE',
      severity: 'MAJOR',
    });
    expect(summaryAgainstSummary({ executionRate: '7.6%' }, { executionRate: '7.59%' }, '新乡县人力资源和社会保障局', 144)[0]).toMatchObject({
      severity: 'ROUNDING',
    });
  });
});
