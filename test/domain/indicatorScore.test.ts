import { describe, expect, it } from 'vitest';
import {
  HENAN,
  HUBEI,
  NATIONAL,
  negativeScore,
  positiveScore,
  qualitativeBand,
  reportedWithinBand,
  round,
  scoreIndicator,
  type RuleSet,
} from '../../src/domain';

describe('定量指标: positive indicators score weight × min(actual / target, 1) (000 备注 2)', () => {
  it('000 12333 全年话务总量 8万 → 11.3万: full weight, never more', () => {
    const s = scoreIndicator({ name: '全年话务总量', level2: '数量指标', target: '8万', actual: '11.3万', weight: 10 }, HUBEI);
    expect(s).toMatchObject({ method: 'POSITIVE', score: 10, scoreMin: 10, scoreMax: 10 });
  });

  it('000 职业技能专项经费 完成专项职业能力考核 5000余人 → 69人: in proportion', () => {
    const s = scoreIndicator({ name: '完成专项职业能力考核', target: '5000余人', actual: '69人', weight: 10 }, HUBEI);
    expect(s.method).toBe('POSITIVE');
    expect(round(s.score ?? NaN, 2)).toBe(0.14);
  });

  it('001 建档立卡 受益贫困人口满意度 ≥95% → 90%: 9.47 of 10, as reported', () => {
    const s = scoreIndicator({ name: '受益贫困人口满意度', target: '≥95%', actual: '90%', weight: 10 }, HENAN);
    expect(round(s.score ?? NaN, 2)).toBe(9.47);
  });

  it('000 社保局 服务档案查询利用 3000人次 → 3000人次> (at least the target): full weight', () => {
    const s = scoreIndicator({ name: '服务档案查询利用', target: '3000人次', actual: '3000人次>', weight: 10 }, HUBEI);
    expect(s.score).toBe(10);
  });

  it('a reduction rate is positive even under 成本指标: 000 设计预算成本计划降低率', () => {
    // 12333信息平台: target 1%, actual 1.60% → over-achieved, full weight.
    const over = scoreIndicator({ name: '设计预算成本计划降低率', level2: '成本指标', target: '1%', actual: '1.60%', weight: 10 }, HUBEI);
    expect(over).toMatchObject({ method: 'POSITIVE', score: 10 });
    expect(over.reason).toMatch(/reduction/);
    // 人社信息化运维: target 1%, actual 0.30% → 30% of the weight.
    const under = scoreIndicator({ name: '设计预算成本计划降低率', level2: '成本指标', target: '1%', actual: '0.30%', weight: 10 }, HUBEI);
    expect(under.score).toBeCloseTo(3, 9);
  });

  it('target 0 on a positive indicator: met as stated, no division by zero (§7)', () => {
    expect(positiveScore(10, 0, 0)).toBe(10);
    expect(positiveScore(10, 0, 5)).toBe(10);
  });
});

describe('定量指标: negative indicators score weight × min(target / actual, 1) (000 备注 2)', () => {
  it('003 城镇登记失业率 4.5%以内, actual 3.30%: a ceiling met, full weight 2', () => {
    const s = scoreIndicator({ name: '城镇登记失业率', level2: '质量指标', target: '4.5%以内', actual: '3.30%', weight: 2 }, HUBEI);
    expect(s).toMatchObject({ method: 'NEGATIVE', direction: 'NEGATIVE', score: 2 });
  });

  it('000 就业配套 城镇登记失业率 ≤5.5%, actual 3%: full weight', () => {
    expect(scoreIndicator({ name: '城镇登记失业率', target: '≤5.5%', actual: '3%', weight: 8 }, HUBEI).score).toBe(8);
  });

  it('a bare unemployment rate is still a ceiling (kind: 失业率)', () => {
    const s = scoreIndicator({ name: '城镇登记失业率', target: '4.5%', actual: '5%', weight: 2 }, HUBEI);
    expect(s.method).toBe('NEGATIVE');
    expect(s.score).toBeCloseTo(1.8, 9);
  });

  it('003 劳动保障监察举报投诉案件结案率 98% → 100% is a resolution rate, not a complaint count: positive', () => {
    const s = scoreIndicator({ name: '劳动保障监察举报投诉案件结案率', level2: '数量指标', target: '98% (新目标)', actual: '100%', weight: 2 }, HUBEI);
    expect(s).toMatchObject({ method: 'POSITIVE', score: 2 });
    expect(scoreIndicator({ name: '服务投诉次数', target: '5次', actual: '10次', weight: 2 }, HUBEI)).toMatchObject({ method: 'NEGATIVE', score: 1 });
  });

  it('003 全年各类人事考试差错率 0% → 0%: actual 0 scores the full weight', () => {
    expect(scoreIndicator({ name: '全年各类人事考试差错率', target: '0%', actual: '0%', weight: 1 }, HUBEI)).toMatchObject({
      method: 'NEGATIVE',
      score: 1,
    });
  });

  it('001 人事局工作经费 支出标准费用 "<10 万 元" vs "7.14 万 元": the rule gives 10 of 10; the document scored 7.14', () => {
    // The document scored actual / ceiling (7.14 / 10 × 10), as if spending were an output. Under
    // the rule a ceiling that is kept earns the full weight.
    const s = scoreIndicator({ name: '支出标准费用', level2: '成本指标', target: '<10 万 元', actual: '7.14 万 元', weight: 10 }, HENAN);
    expect(s).toMatchObject({ method: 'NEGATIVE', score: 10 });
  });

  it('000 劳动争议仲裁 办案经费 25万元 → 22.83万元 (成本指标): under budget, full weight', () => {
    const s = scoreIndicator({ name: '办案经费', level2: '成本指标', target: '25万元', actual: '22.83万元', weight: 10 }, HUBEI);
    expect(s).toMatchObject({ method: 'NEGATIVE', score: 10 });
  });

  it("a cost overrun is scored by the rule set's formula: ratio or linear-2x (§7)", () => {
    const input = { name: '项目成本控制', level2: '成本指标', target: '≤5 万元', actual: '6万元', weight: 10 };
    expect(scoreIndicator(input, HUBEI).score).toBeCloseTo(10 * (5 / 6), 9);
    const linear: RuleSet = { ...NATIONAL, negativeFormula: 'linear-2x' };
    expect(scoreIndicator(input, linear).score).toBeCloseTo(8, 9);
    expect(negativeScore(10, 5, 10, 'linear-2x')).toBe(0);
    expect(negativeScore(10, 5, 12, 'linear-2x')).toBe(0);
    expect(negativeScore(10, 0, 1, 'ratio')).toBe(0);
    expect(negativeScore(10, 0, 0, 'ratio')).toBe(10);
  });
});

describe('定性指标: a band of the weight for the judgement the actual supports (scoring.md §3)', () => {
  it('Hubei bands 80–100 / 50–80 / 0–50, Henan 80–100 / 60–80 / 0–60', () => {
    expect(qualitativeBand('ACHIEVED', 10, HUBEI)).toEqual({ min: 8, max: 10 });
    expect(qualitativeBand('PARTLY', 10, HUBEI)).toEqual({ min: 5, max: 8 });
    expect(qualitativeBand('NOT_ACHIEVED', 10, HUBEI)).toEqual({ min: 0, max: 5 });
    expect(qualitativeBand('PARTLY', 10, HENAN)).toEqual({ min: 6, max: 8 });
    expect(qualitativeBand('NOT_ACHIEVED', 10, HENAN)).toEqual({ min: 0, max: 6 });
  });

  it('001 社会效益 保障 → 保障, weight 15: achieved, 12–15; the reported 14 lies inside', () => {
    const s = scoreIndicator({ name: '促进劳动关系的和谐稳定', target: '保障', actual: '保障', weight: 15 }, HENAN);
    expect(s).toMatchObject({ method: 'QUALITATIVE', judgement: 'ACHIEVED', score: null, scoreMin: 12, scoreMax: 15 });
    expect(reportedWithinBand(14, { min: s.scoreMin ?? NaN, max: s.scoreMax ?? NaN })).toBe(true);
  });

  it('003 北京院士专家十堰行, weight 6, actual 未开展: not achieved, 0–3; the reported 3 is at the edge', () => {
    const s = scoreIndicator(
      {
        name: '深入开展“北京院士专家十堰行”活动',
        target: '开展2021年“北京院士专家十堰行”活动，拟分2-3批次。（方案待市级批复）',
        actual: '受疫情影响本年未开展“北京院士专家行活动”',
        weight: 6,
      },
      HUBEI,
    );
    expect(s).toMatchObject({ method: 'QUALITATIVE', judgement: 'NOT_ACHIEVED', scoreMin: 0, scoreMax: 3 });
    expect(reportedWithinBand(3, { min: 0, max: 3 })).toBe(true);
    expect(reportedWithinBand(3.5, { min: 0, max: 3 })).toBe(false);
  });

  it('000 人社信息化运维 各项目故障率小于3次 → 全年无故障: a number against words, judged achieved', () => {
    const s = scoreIndicator({ name: '所建设信息化项目当年正常运行', target: '各项目故障率小于3次', actual: '全年无故障', weight: 10 }, HUBEI);
    expect(s).toMatchObject({ method: 'QUALITATIVE', judgement: 'ACHIEVED', scoreMin: 8, scoreMax: 10 });
  });

  it('an actual that restates a non-numeric target is achieved: 000 案件办理时效 法定时效内', () => {
    const s = scoreIndicator({ name: '案件办理时效', target: '法定时效内', actual: '法定时效内', weight: 5 }, HUBEI);
    expect(s).toMatchObject({ judgement: 'ACHIEVED', scoreMin: 4, scoreMax: 5 });
    expect(s.reason).toMatch(/restates/);
  });

  it('units must match: 003 城镇职工养老保险 57.89万人 vs 62.27 is not compared, and not judged', () => {
    const s = scoreIndicator({ name: '参加城镇职工基本养老保险人数', target: '57.89万人', actual: '62.27', weight: 2 }, HUBEI);
    expect(s).toMatchObject({ method: 'QUALITATIVE', judgement: null, score: null, scoreMin: 0, scoreMax: 2 });
    expect(s.reason).toMatch(/units differ/);
  });

  it('000 三支一扶 全年 → 已完成 is judged achieved; 000 就业局 达标 → 26 (a count against a word) is not judged', () => {
    const s = scoreIndicator({ name: '热情周到服务“三支一扶”人员', target: '全年', actual: '已完成', weight: 20 }, HUBEI);
    expect(s.judgement).toBe('ACHIEVED');
    const n = scoreIndicator({ name: '系统修改升级、功能开发次数', target: '达标', actual: '26', weight: 8 }, HUBEI);
    expect(n).toMatchObject({ method: 'QUALITATIVE', judgement: null });
    expect(n.reason).toMatch(/not judged/);
  });

  it('no weight: not scored; not applicable: 0 under the default rule set', () => {
    expect(scoreIndicator({ name: '全年话务总量', target: '8万', actual: '11.3万', weight: null }, HUBEI)).toMatchObject({
      method: 'NOT_SCORED',
      score: null,
    });
    expect(
      scoreIndicator({ name: '职业技能鉴定补贴人均标准', target: '按技能鉴定实际缴费给予补贴', actual: '0 元', weight: 1, notApplicable: true }, HENAN),
    ).toMatchObject({ method: 'NOT_SCORED', score: 0 });
  });
});
