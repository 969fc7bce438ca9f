import { describe, expect, it } from 'vitest';
import {
  HENAN,
  HUBEI,
  parseScoreCell,
  projectDiscrepancies,
  scoreAgrees,
  summaryRowDiscrepancies,
  type Discrepancy,
  type ProjectInput,
} from '../../src/domain';
import {
  HUANGSHI_EMPLOYMENT_SUBSIDY,
  XINXIANG_LABOUR_INSPECTION_OFFICE,
  XINXIANG_PERSONNEL_BUREAU,
  XINXIANG_POVERTY_WORKER_AWARDS,
  XINXIANG_SOCIAL_INSURANCE_OFFICE,
} from './seedProjects';

function fields(ds: Discrepancy[]): string[] {
  return ds.map((d) => d.field);
}

function budgetOnly(budget: number, executed: number, rate: string, score: string): ProjectInput {
  return { budget, executed, reportedExecutionRate: rate, reportedBudgetScore: score, indicators: [] };
}

describe('reported scores rounded to whole points agree within ±0.5; decimals within ±0.01 (scoring.md §1, §7)', () => {
  it('000 "12333信息平台建设经费": 44.3 / 45 = 98.44% gives 19.69; the reported 20 agrees', () => {
    expect(projectDiscrepancies(budgetOnly(45, 44.3, '98.44%', '20'), HUBEI)).toEqual([]);
  });

  it('000 "就业配套补助经费": 16.32%, 3.26 — and the whole table adds up to 83.26', () => {
    expect(projectDiscrepancies(HUANGSHI_EMPLOYMENT_SUBSIDY, HUBEI)).toEqual([]);
  });

  it('001 "社会保险经办工作经费": 7.94 of 10, the reported 8 agrees; the reported rate 80% does not (3.97 / 5 = 79.40%)', () => {
    const ds = projectDiscrepancies(XINXIANG_SOCIAL_INSURANCE_OFFICE, HENAN);
    expect(fields(ds)).toEqual(['executionRate']);
    expect(ds[0]).toMatchObject({ reported: '80%', computed: '79.40%' });
  });

  it('000 劳动保障监察办案: 19.4 / 25 = 77.60% gives 15.52; 15.53 agrees (±0.01), the rate 77.64 does not', () => {
    const ds = projectDiscrepancies(budgetOnly(25, 19.4, '77.64', '15.53'), HUBEI);
    expect(fields(ds)).toEqual(['executionRate']);
  });

  it('whole numbers round: 000 91.32% → 18 and 63.63% → 13 agree', () => {
    expect(projectDiscrepancies(budgetOnly(25, 22.83, '91.32%', '18'), HUBEI)).toEqual([]);
    expect(projectDiscrepancies(budgetOnly(24, 15.27, '63.63%', '13'), HUBEI)).toEqual([]);
  });

  it('the tolerance follows the written precision', () => {
    expect(scoreAgrees(parseScoreCell('20'), 19.6, HUBEI)).toBe(true);
    expect(scoreAgrees(parseScoreCell('20.00'), 19.6, HUBEI)).toBe(false);
    expect(scoreAgrees(parseScoreCell('9.9'), 9.89, HENAN)).toBe(true);
  });
});

describe('what disagrees is listed, with a message a person can act on', () => {
  it('000 "专家津贴": budget 33, executed 0, rate 0.00%, reported budget score 20', () => {
    const ds = projectDiscrepancies(budgetOnly(33, 0, '0.00%', '20'), HUBEI);
    expect(ds).toEqual([
      {
        field: 'budgetScore',
        reported: '20',
        computed: '0.00',
        kind: 'RULE',
        severity: 'MAJOR',
        causedBy: null,
        message: 'Reported budget score 20 (得分) but execution rate 0.00% gives 0.00 of 20.',
        messageZh: '预算执行得分填报20，但执行率0.00%对应得分为0.00（满分20）。',
      },
    ]);
  });

  it('001 "建档立卡": the rate 80.3% was taken against the initial budget 20, not the adjusted 16.06', () => {
    const ds = projectDiscrepancies(XINXIANG_POVERTY_WORKER_AWARDS, HENAN);
    const rate = ds.find((d) => d.field === 'executionRate');
    expect(rate).toMatchObject({ reported: '80.3%', computed: '100.00%' });
    expect(rate?.message).toMatch(/initial budget \(年初预算数\) 20/);
    expect(ds.find((d) => d.field === 'budgetScore')).toMatchObject({ reported: '8', computed: '10.00' });
    // 8 + 50 + 9 + 9.5 + 9.47 = 85.97, reported 96.97.
    expect(ds.find((d) => d.field === 'reportedTotalScore')).toMatchObject({ reported: '96.97', computed: '85.97' });
  });

  it('001 "人事局工作经费": the indicator scores and the budget score don\'t add up to the reported total', () => {
    const ds = projectDiscrepancies(XINXIANG_PERSONNEL_BUREAU, HENAN);
    const sum = ds.find((d) => d.field === 'reportedTotalScore');
    expect(sum).toMatchObject({ reported: '91.79', computed: '81.96' });
    expect(sum?.message).toBe(
      'Reported budget score 7.14 + reported indicator scores 74.82 = 81.96, but the reported total (总分) is 91.79.',
    );
    // 支出标准费用 "<10 万 元" kept at 7.14万元 is a met ceiling: the rule gives 10, the document 7.14.
    const cost = ds.find((d) => d.field === 'indicators[3].score');
    expect(cost).toMatchObject({ reported: '7.14', computed: '10.00' });
    expect(cost?.message).toMatch(/ceiling, 反向指标/);
    // 社会公众满意度 ≥95% / 92% with weight 20 gives 19.37; the document used 10 (the label's 满意度 (10分)).
    expect(ds.find((d) => d.field === 'indicators[6].score')).toMatchObject({ reported: '9.68', computed: '19.37' });
    expect(ds.find((d) => d.field === 'totalScore')).toMatchObject({ reported: '91.79', computed: '94.51' });
  });

  it('a score above its weight, and a qualitative score outside its band, are listed', () => {
    const ds = projectDiscrepancies(
      {
        budget: 10,
        executed: 10,
        reportedBudgetScore: '10',
        indicators: [
          { name: '提高办公效率', target: '提高', actual: '提高', weight: 15, reportedScore: '16' },
          { name: '保障单位工作正常开展', target: '保障', actual: '提高', weight: 15, reportedScore: '10' },
        ],
      },
      HENAN,
    );
    // The made-up table weighs 10 + 15 + 15: its weight sum is listed too (ARITHMETIC), apart from the rules.
    expect(ds.filter((d) => d.kind === 'ARITHMETIC').map((d) => d.field)).toEqual(['weightSum']);
    expect(ds.filter((d) => d.kind === 'RULE').map((d) => [d.field, d.computed])).toEqual([
      ['indicators[0].score', '0–15.00'],
      ['indicators[1].score', '12.00–15.00'],
    ]);
    expect(ds.find((d) => d.field === 'indicators[1].score')?.message).toMatch(/outside the ACHIEVED band 12.00–15.00/);
  });
});

describe('a score without a weight that no weight could give (000: 得分 = 权重 × B/A, the weight within its block)', () => {
  const skills = (target: string, actual: string, reportedScore: string, level1: string | null = '产出指标 (40分)') =>
    projectDiscrepancies(
      {
        budget: 45,
        executed: 26.99,
        reportedExecutionRate: '59.98%',
        reportedBudgetScore: '12',
        budgetWeight: 20,
        indicators: [{ name: '完成专项职业能力考核', level1, level2: '数量指标', target, actual, weight: null, reportedScore }],
      },
      HUBEI,
    ).filter((d) => d.field === 'indicators[0].score');
  it('000 line 275: 3 points for 69 of 5000余人 — even the block’s whole 40 gives 0.55 (RULE, MAJOR)', () => {
    expect(skills('5000余人', '69人', '3').map((d) => [d.kind, d.severity, d.reported, d.computed])).toEqual([
      ['RULE', 'MAJOR', '3', '0–0.55'],
    ]);
  });
  it('not when some weight within the block could give it (16 of 20 for 10: 32 possible), without a heading, or when the target is met', () => {
    expect(skills('20', '16', '10')).toEqual([]);
    expect(skills('5000余人', '69人', '3', null)).toEqual([]);
    expect(skills('500人', '600人', '10')).toEqual([]);
    expect(skills('5000余人', '69人', '0.5')).toEqual([]);
  });
});

describe('项目支出自评汇总表 rows against their project tables (001)', () => {
  it('劳动保障监察大队 summary, row 2 "劳动保障监察日常办公经费": 13.3% against 4.49 / 4.54', () => {
    const ds = summaryRowDiscrepancies(
      {
        budget: '4.54',
        executed: '4.49',
        executionRate: '13.3%',
        outputScoreRate: '99%',
        benefitScoreRate: '100%',
        satisfactionScoreRate: '100%',
        totalScore: '100',
      },
      XINXIANG_LABOUR_INSPECTION_OFFICE,
      HENAN,
    );
    expect(ds.find((d) => d.field === 'summary.executionRate')).toEqual({
      field: 'summary.executionRate',
      reported: '13.3%',
      computed: '98.90%',
      kind: 'CROSS_TABLE',
      severity: 'MAJOR',
      causedBy: null,
      message: "Summary table execution rate 13.3% (执行率) but the project table's 4.49 / 4.54 = 98.90%.",
      messageZh: '汇总表执行率13.3%，但项目自评表执行数4.49÷预算数4.54＝98.90%。',
    });
    // 产出 15 + 15 + 10 + 9 = 49 of 50 = 98%, the summary says 99%; the table's total is 99, the summary's 100.
    expect(ds.find((d) => d.field === 'summary.outputScoreRate')).toMatchObject({ reported: '99%', computed: '98.00%' });
    expect(ds.find((d) => d.field === 'summary.totalScore')).toMatchObject({ reported: '100', computed: '99' });
    expect(fields(ds)).not.toContain('summary.budget');
  });

  it('the project table itself: rate 99% and budget score 9.9 agree; the cost indicator and total do not', () => {
    const ds = projectDiscrepancies(XINXIANG_LABOUR_INSPECTION_OFFICE, HENAN);
    expect(fields(ds)).toEqual(['indicators[3].score', 'totalScore']);
  });

  it('department summary row 1 "建档立卡": 80.3% and 效益指标得分率 91.67% disagree with the project table', () => {
    const ds = summaryRowDiscrepancies(
      {
        budget: '16.06',
        executed: '16.06',
        executionRate: '80.3%',
        outputScoreRate: '100%',
        benefitScoreRate: '91.67%',
        satisfactionScoreRate: '94.7%',
        totalScore: '96.97',
      },
      XINXIANG_POVERTY_WORKER_AWARDS,
      HENAN,
    );
    expect(fields(ds)).toEqual(['summary.executionRate', 'summary.benefitScoreRate']);
  });

  it('a summary rate written as the fraction a spreadsheet stores (0.989, 1) agrees with the project table', () => {
    const row = (executionRate: string, budget: string, executed: string) =>
      summaryRowDiscrepancies(
        { budget, executed, executionRate },
        { budget: Number(budget), executed: Number(executed), indicators: [] },
        HENAN,
      );
    expect(fields(row('0.989', '4.54', '4.49'))).toEqual([]);
    expect(fields(row('1', '880', '880'))).toEqual([]);
    // A bare number that is not the amounts' quotient is read as a percentage written without its sign, as before.
    expect(row('13.3', '4.54', '4.49').map((d) => [d.field, d.reported])).toEqual([['summary.executionRate', '13.3']]);
  });

  it('a summary budget that differs from the project table: 20.4 against 20.04 (其他普惠发展支出)', () => {
    const ds = summaryRowDiscrepancies({ budget: '20.4', executed: '20.4' }, { budget: 20.04, executed: 20.04, indicators: [] }, HENAN);
    expect(ds.map((d) => [d.field, d.reported, d.computed])).toEqual([
      ['summary.budget', '20.4', '20.04'],
      ['summary.executed', '20.4', '20.04'],
    ]);
  });
});
