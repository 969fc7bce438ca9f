import { describe, expect, it } from 'vitest';
import {
  classifyFirstLevel,
  computeProjectScore,
  gradeFor,
  HENAN,
  HUBEI,
  NATIONAL,
  round,
  type ProjectInput,
  type RuleSet,
} from '../../src/domain';
import {
  HUANGSHI_EMPLOYMENT_SUBSIDY,
  XINXIANG_PERSONNEL_BUREAU,
  XINXIANG_POVERTY_WORKER_AWARDS,
  XINXIANG_SOCIAL_INSURANCE_OFFICE,
} from './seedProjects';

describe('总分 = budget score + Σ indicator scores (scoring.md §4)', () => {
  it('001 社会保险经办工作经费: 7.94 + 90 = 97.94, reported 98, grade 优 as the report says', () => {
    const p = computeProjectScore(XINXIANG_SOCIAL_INSURANCE_OFFICE, HENAN);
    expect(round(p.execution.score ?? NaN, 2)).toBe(7.94);
    expect(p.weightSum).toBe(100);
    expect(round(p.totalScore ?? NaN, 2)).toBe(97.94);
    expect(p.reportedTotalScore).toBe(98);
    expect(p.grade).toBe('EXCELLENT');
    // 通信光纤 "固话3台，专网 8条" restated by the actual: achieved, the reported 5 counted.
    expect(p.indicators[0]).toMatchObject({ method: 'QUALITATIVE', judgement: 'ACHIEVED', points: 5, pointsSource: 'REPORTED_IN_BAND' });
    // 通信光纤保障率 "1年" against "100%": units differ, not judged; the reported 3 stands within 0–3.
    expect(p.indicators[3]).toMatchObject({ method: 'QUALITATIVE', judgement: null, points: 3 });
  });

  it('qualitative points are the reported score clamped into the band', () => {
    const p = computeProjectScore(
      {
        budget: 10,
        executed: 10,
        indicators: [
          { level1: '效益指标', name: '提高办公效率', target: '提高', actual: '提高', weight: 15, reportedScore: '10' },
          { level1: '效益指标', name: '保障单位工作正常开展', target: '保障', actual: '未达标', weight: 15, reportedScore: '15' },
          { level1: '产出指标', name: '办案结案率', target: '100%', actual: '100%', weight: 60, reportedScore: '60' },
        ],
      },
      HENAN,
    );
    expect(p.indicators[0]).toMatchObject({ points: 12, pointsSource: 'REPORTED_CLAMPED' });
    expect(p.indicators[1]).toMatchObject({ judgement: 'NOT_ACHIEVED', points: 9, pointsSource: 'REPORTED_CLAMPED' });
    expect(p.totalScore).toBe(10 + 12 + 9 + 60);
    expect(p.totalMin).toBe(10 + 12 + 0 + 60);
    expect(p.totalMax).toBe(10 + 15 + 9 + 60);
  });

  it('000 就业配套补助经费: no per-indicator weights in the Hubei table, so the reported scores count — 3.26 + 80 = 83.26', () => {
    const p = computeProjectScore(HUANGSHI_EMPLOYMENT_SUBSIDY, HUBEI);
    expect(round(p.totalScore ?? NaN, 2)).toBe(83.26);
    expect(p.weightSum).toBeNull();
    expect(p.notes.join(' ')).toMatch(/no weight/);
    expect(p.grade).toBe('GOOD');
  });

  it('weights not adding to 100 are noted: 001 人事局工作经费 gives 满意度 a weight of 20 under "满意度指标 (10分)"', () => {
    const p = computeProjectScore(XINXIANG_PERSONNEL_BUREAU, HENAN);
    expect(p.weightSum).toBe(100);
    expect(p.notes.join(' ')).toMatch(/SATISFACTION indicators weigh 20 but the label says 10分/);
    const short = computeProjectScore({ ...XINXIANG_PERSONNEL_BUREAU, indicators: XINXIANG_PERSONNEL_BUREAU.indicators.slice(1) }, HENAN);
    expect(short.weightSum).toBe(90);
    expect(short.notes.join(' ')).toMatch(/= 90, not 100/);
  });

  it('no score at all for an indicator: no total (null, not a guess)', () => {
    const p = computeProjectScore(
      { budget: 10, executed: 10, indicators: [{ name: '促进社会和谐稳定', target: '达标', actual: '达标', weight: 90, reportedScore: null }] },
      NATIONAL,
    );
    expect(p.totalScore).toBeNull();
    expect(p.grade).toBeNull();
    expect(p.totalMin).toBe(10 + 72);
    expect(p.totalMax).toBe(100);
  });
});

describe('得分率 of first-level indicators = Σscore / Σweight (001 项目支出自评汇总表)', () => {
  it('001 建档立卡: 产出 100%, 效益 92.50% (the summary says 91.67%), 满意度 94.70%', () => {
    const p = computeProjectScore(XINXIANG_POVERTY_WORKER_AWARDS, HENAN);
    const rates = Object.fromEntries(p.firstLevels.map((f) => [f.level, round(f.reportedRate ?? NaN, 4)]));
    expect(rates).toEqual({ OUTPUT: 1, BENEFIT: 0.925, SATISFACTION: 0.947 });
    const benefit = p.firstLevels.find((f) => f.level === 'BENEFIT');
    expect(benefit).toMatchObject({ weight: 20, statedWeight: 30, templateWeight: 30 });
  });

  it.each([
    ['产出指标 (40分)', '数量指标', 'OUTPUT', 40],
    ['满意度指 标 (10分)', '服务对象 满意度指 标', 'SATISFACTION', 10],
    ['效益指标 (20分)', '满意度指标', 'SATISFACTION', null], // 000 专家津贴: 满意度指标 under 效益
    ['投入指标 (15分)', '工作目标', 'INPUT', 15],
    ['过程指标 (25分)', '预算执行', 'PROCESS', 25],
    ['效益指标（分值权重50%）', '社会效益指标', 'BENEFIT', null],
    [null, '成本指标', 'OUTPUT', null],
    [null, '社会效益指标', 'BENEFIT', null],
    [null, null, null, null],
  ])('%s / %s → %s', (level1, level2, level, statedWeight) => {
    expect(classifyFirstLevel(level1, level2)).toEqual({ level, statedWeight });
  });
});

describe('约束性指标 and department-wide evaluations (003, scoring.md §4, §6)', () => {
  const shiyan: ProjectInput = {
    template: 'DEPARTMENT',
    budget: null,
    executed: null,
    reportedBudgetScore: '20',
    reportedTotalScore: '97',
    goals: [
      { key: '5', name: '构建和谐劳动关系。', weight: 10 },
      { key: '7', name: '加强基层基础工作产出及效果。', weight: 4 },
    ],
    indicators: [
      { goal: '5', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '企业劳动合同签订率', target: '90%', actual: '90%', weight: 2, reportedScore: '2' },
      { goal: '5', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '劳动人事争议仲裁结案率', target: '80%', actual: '98%', weight: 2, reportedScore: '2' },
      { goal: '5', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '劳动人事争议调解成功率', target: '50%', actual: '71.98%', weight: 2, reportedScore: '2' },
      { goal: '5', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '劳动保障监察举报投诉案件结案率', target: '98% (新目标)', actual: '100%', weight: 2, reportedScore: '2' },
      { goal: '5', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '拖欠农民工工资举报投诉案件结案率', target: '98% (新目标)', actual: '100%', weight: 2, reportedScore: '2' },
      { goal: '7', level1: '产出指标（分值权重100%）', level2: '数量指标', name: '贫困劳动力转移就业', target: '15000人', actual: '全市41.1万脱贫劳动力实现转移就业33.6万人', weight: 2, reportedScore: '2' },
      { goal: '7', level1: '产出指标（分值权重100%）', level2: '质量指标', name: '建档立卡贫困“两后生”培训率', target: '100%', actual: '100%', weight: 2, reportedScore: '2' },
      { goal: '7', level1: '产出指标（分值权重100%）', level2: '约束性指标', name: '资金管理', target: '—', actual: '—', weight: null, reportedScore: '—' },
    ],
  };

  it('the constraint indicator carries no weight and is left out of the sums', () => {
    const p = computeProjectScore(shiyan, HUBEI);
    const constraint = p.indicators[7];
    expect(constraint).toMatchObject({ constraint: true, method: 'NOT_SCORED', points: null });
    // 003 prints no budget figures: the reported execution score 20 stands in, and is noted.
    expect(p.execution.executionRate).toBeNull();
    expect(p.budgetPoints).toBe(20);
    expect(p.totalScore).toBe(20 + 14);
    expect(p.notes.join(' ')).toMatch(/not computable/);
    expect(p.notes.join(' ')).toMatch(/not 100/);
    // Goal weights agree with their indicators: no goal note.
    expect(p.notes.join(' ')).not.toMatch(/Annual goal/);
  });

  it('a goal whose indicators do not weigh what it says is noted', () => {
    const p = computeProjectScore({ ...shiyan, goals: [{ key: '5', weight: 12 }] }, HUBEI);
    expect(p.notes.join(' ')).toMatch(/Annual goal 5 \(年度目标\) weighs 12, its indicators 10/);
  });

  it('a serious constraint finding caps the total at 60 ("评价总得分不得超过60分")', () => {
    const p = computeProjectScore({ ...XINXIANG_SOCIAL_INSURANCE_OFFICE, seriousConstraintFinding: true }, HENAN);
    expect(p.totalScore).toBe(60);
    expect(p.capped).toBe(true);
    expect(p.grade).toBe('FAIR');
  });
});

describe('§7 variants are rule-set parameters', () => {
  const base: ProjectInput = {
    budget: 100,
    executed: 100,
    indicators: [
      { level1: '产出指标 (50分)', name: '城镇新增就业', target: '100人', actual: '50人', weight: 50, reportedScore: '25' },
      { level1: '效益指标 (30分)', name: '提升就业人员生活质量', target: '提升', actual: '提升', weight: 30, reportedScore: '30' },
      { level1: '满意度指标 (10分)', name: '服务对象满意度', target: '≥90%', actual: '95%', weight: 10, reportedScore: '10', notApplicable: true },
    ],
  };

  it('not applicable, rule set "zero": the indicator scores 0', () => {
    const p = computeProjectScore(base, NATIONAL);
    expect(p.indicators[2]).toMatchObject({ method: 'NOT_SCORED', points: 0 });
    expect(p.totalScore).toBe(10 + 25 + 30);
  });

  it('not applicable, rule set "rescale": removed, the other weights scaled to the total', () => {
    const rescale: RuleSet = { ...NATIONAL, notApplicable: 'rescale' };
    const p = computeProjectScore(base, rescale);
    expect(p.indicators[2]).toMatchObject({ weight: 0, points: 0 });
    expect(p.indicators[0]?.weight).toBeCloseTo(50 * (90 / 80), 9);
    expect(p.indicators[0]?.points).toBeCloseTo(25 * (90 / 80), 9);
    // The qualitative 提升 keeps its reported 30, inside its rescaled band 27–33.75.
    expect(p.indicators[1]).toMatchObject({ scoreMin: 27, scoreMax: 33.75, points: 30 });
    expect(p.totalScore).toBeCloseTo(10 + 25 * (90 / 80) + 30, 9);
  });

  it('grade cut-offs: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60 by default; 中 ≥ 70 where a province says so', () => {
    expect(gradeFor(94.99, HENAN)).toBe('EXCELLENT'); // 001 部门整体: 94.99 分, 等次 "优"
    expect(gradeFor(89.99, HENAN)).toBe('GOOD');
    expect(gradeFor(65, HENAN)).toBe('FAIR');
    expect(gradeFor(59.9, HENAN)).toBe('POOR');
    const strict: RuleSet = { ...NATIONAL, gradeCutoffs: { excellent: 90, good: 80, fair: 70 } };
    expect(gradeFor(65, strict)).toBe('POOR');
    expect(gradeFor(null, strict)).toBeNull();
  });
});
