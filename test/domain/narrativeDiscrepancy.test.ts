/** Prose against tables, tables against tables, missing figures (issue 12) as pure rules, with the seeds' words and figures. */
import { describe, expect, it } from 'vitest';
import { finalAccountsDiscrepancies } from '../../src/domain/finalAccountsDiscrepancy';
import { fundingPartsDiscrepancies } from '../../src/domain/fundingDiscrepancy';
import { goalTargetDiscrepancies } from '../../src/domain/goalTargetDiscrepancy';
import { missingDiscrepancies, missingTotalDiscrepancy, missingUnitDiscrepancy } from '../../src/domain/missingDiscrepancy';
import { narrativeDiscrepancies, type NarrativeTable } from '../../src/domain/narrativeDiscrepancy';
import { HUBEI, projectDiscrepancies } from '../../src/domain';
import { nameVariants } from '../../src/domain/nameVariant';
import { proseSumDiscrepancies } from '../../src/domain/proseArithmetic';
import { proseFigures, proseIndicatorPoints, proseLevelScores } from '../../src/domain/proseFigures';

const lines = (start: number, ...texts: string[]) => texts.map((text, k) => ({ line: start + k, text }));

/** 001 lines 813–815 and 823, as written. */
const REPORT_001 = [
  ...lines(
    813,
    '根据整体支出绩效定性目标和定量目标的要求。通过一年来上下的共同努力，无论是定性目标和定量目标，都按要求完成，自评表综合得分评价得分 94.99 分。其中，投入指标得分 15 分，；过程指标得分 25 分；产出指标得满分 30',
    '',
    '分；效益指标得满分 25.5 分，其中：履职效益的经济效益 5 分。',
  ),
  ...lines(
    823,
    '新乡县人力资源和社会保障局部门整体预算总额：1693.24 万元（分为基本支出 690.71 万元和项目支出 1002.53 万元）。实际支出总额为 1687.4 万元（包含年末财政收回资金），结余资金为：5.84 万元，预算执行率为 96.66%。',
  ),
];

describe('proseFigures: what the prose states, at its line', () => {
  it('001: the total 94.99 (line 813), the budget, its split and the rate (line 823)', () => {
    const f = proseFigures(REPORT_001, 2021);
    expect(f.map((x) => [x.field, x.raw, x.line])).toEqual([
      ['totalScore', '94.99', 813],
      ['budget', '1693.24万元', 823],
      ['executed', '1687.4万元', 823],
      ['basicExpenditure', '690.71万元', 823],
      ['projectExpenditure', '1002.53万元', 823],
      ['executionRate', '96.66%', 823],
    ]);
    expect(f.find((x) => x.field === 'executionRate')).toMatchObject({ value: 0.9666, decimals: 4 });
  });

  it('002: prose broken over lines is read as one text', () => {
    const f = proseFigures(
      lines(1610, '1.执行率情况。2023年人社局部门项目财政预算', '', '21468.3万元，实际执行数21468.3万元，执行率100%。'),
      2023,
    );
    expect(f.map((x) => [x.field, x.raw, x.line])).toEqual([
      ['budget', '21468.3万元', 1612],
      ['executed', '21468.3万元', 1612],
      ['executionRate', '100%', 1612],
    ]);
  });

  it('a sentence about another year is not this report’s (000: 2020 年度…自评得分 98 分); nor a subset of projects (002 line 1696)', () => {
    expect(proseFigures(lines(409, '2020 年度该项目资金执行率 100%，自评得分 98 分。'), 2021)).toEqual([]);
    expect(proseFigures(lines(1696, '人社局下属二级单位共有6个项目支出共计70万元'), 2023)).toEqual([]);
    // 政府采购执行率 is not the budget's execution rate (001 line 861).
    expect(proseFigures(lines(861, '政府采购执行率100%，该项指标得2分。'), 2021)).toEqual([]);
  });

  it('levels: "产出指标得分 50", "效益指标得满分 25.5 分", and "满意度指标 10 分" at the end of a list of scores (001 line 330)', () => {
    expect(proseLevelScores(REPORT_001, 2021).map((s) => [s.level, s.raw, s.line])).toEqual([
      ['INPUT', '15', 813],
      ['PROCESS', '25', 813],
      ['OUTPUT', '30', 813],
      ['BENEFIT', '25.5', 815],
    ]);
    const l330 = lines(330, '自评分为 100 分，预算执行率得分 10 分，产出指标得分 50 分，效益指标得分 30 分，满意度指标 10 分。');
    expect(proseLevelScores(l330, 2021).map((s) => [s.level, s.value])).toEqual([
      ['OUTPUT', 50],
      ['BENEFIT', 30],
      ['SATISFACTION', 10],
    ]);
    // "投入指标 15 分；过程指标 25 分" (line 799) are weights, not scores.
    expect(
      proseLevelScores(lines(799, '绩效指标设定：投入指标 15 分；过程指标 25 分；产出指标 30 分；效益指标 30 分，合计 100 分。'), 2021),
    ).toEqual([]);
  });

  it('an indicator’s points and score: "⑥决算真实性（1分）：…该项指标得1分" (001 line 863)', () => {
    expect(
      proseIndicatorPoints(
        lines(863, '⑥决算真实性（1分）：2021年决算数据根据当年实际数据编列，数据真实、准确。根据评分标准，本部门该项指标得1分。'),
      ),
    ).toEqual([{ name: '决算真实性', weight: 1, score: 1, line: 863 }]);
  });
});

describe('NARRATIVE: the prose against its table', () => {
  const table: NarrativeTable = {
    figures: {
      totalScore: { value: 95.5, raw: '95.5', decimals: 2, line: 740 },
      budget: { value: 1687.4, raw: '1687.40', decimals: 2, line: 692 },
      basicExpenditure: { value: 782.69, raw: '782.69', decimals: 2, line: 695 },
      projectExpenditure: { value: 904.71, raw: '904.71', decimals: 2, line: 696 },
      executionRate: { value: 0.9966, raw: '99.66%', decimals: 4, line: 703 },
    },
    levels: { INPUT: { value: 15, raw: '15', decimals: 2, line: 699 }, BENEFIT: { value: 25.5, raw: '25.5', decimals: 2, line: 733 } },
    indicators: [{ index: 10, name: '决算真实性', weight: 2, score: 2, actual: '真实', line: 708 }],
  };

  it('001: 94.99 against 95.5, 1693.24 against 1687.40, 96.66% against 99.66% — once each although the report says them twice', () => {
    const twice = [...REPORT_001, ...REPORT_001.map((l) => ({ ...l, line: l.line + 30 }))];
    const ds = narrativeDiscrepancies(twice, table, 2021);
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [813, 'totalScore', '94.99', '95.5', 'MAJOR'],
      [823, 'budget', '1693.24万元', '1687.40', 'MAJOR'],
      [823, 'basicExpenditure', '690.71万元', '782.69', 'MINOR'],
      [823, 'projectExpenditure', '1002.53万元', '904.71', 'MINOR'],
      [823, 'executionRate', '96.66%', '99.66%', 'MAJOR'],
    ]);
    expect(ds.every((d) => d.kind === 'NARRATIVE')).toBe(true);
  });

  it('001 line 863: the points differ (1 against 2); the full-marks score follows from them (INFO)', () => {
    const ds = narrativeDiscrepancies(lines(863, '⑥决算真实性（1分）：数据真实、准确。根据评分标准，本部门该项指标得1分。'), table, 2021);
    expect(ds.map((d) => [d.field, d.reported, d.computed, d.severity, d.causedBy])).toEqual([
      ['indicators[10].weight', '1', '2', 'MAJOR', null],
      ['indicators[10].score', '1', '2', 'INFO', 'indicators[10].weight'],
    ]);
  });

  it('001 lines 572–574 (a word broken over lines): 项目资金执行得分 10 against 9.9 is within the whole number written (ROUNDING)', () => {
    const ds = narrativeDiscrepancies(
      lines(572, '项目支出自评分数 99 分，总体执行情况良好。其中项', '', '目资金执行得分 10 分，产出指标得分 49，效益指标得分 30 分'),
      { figures: { budgetScore: { value: 9.9, raw: '9.9', decimals: 1, line: 428 } }, levels: {}, indicators: [] },
      2021,
    );
    expect(ds.map((d) => [d.line, d.field, d.severity])).toEqual([[574, 'budgetScore', 'ROUNDING']]);
  });

  it('002 line 2048: 弥补工伤保险基金缺口73万 against the goal’s 730 万; a bound (≥96%) is not compared with 100%', () => {
    const goal7: NarrativeTable = {
      figures: {},
      levels: {},
      indicators: [
        { index: 44, name: '弥补工伤保险基金缺口', weight: null, score: 1, actual: '730 万', line: 1503 },
        { index: 5, name: '服务对象满意度', weight: null, score: 2, actual: '≥96%', line: 1079 },
      ],
    };
    const prose = lines(2048, '愿者21人，完成率100%；弥补工伤保险基金缺口73万，弥补', '服务对象满意度为100%。');
    expect(narrativeDiscrepancies(prose, goal7, 2023).map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [2048, 'indicators[44].actual', '73万', '730万', 'MINOR'],
    ]);
  });
});

describe('CROSS_TABLE: the department-wide table against the 决算 and the project tables', () => {
  it('002: 基本支出总额 1807.08 against 2544.29, 项目支出总额 21468.3 against 275.77', () => {
    const ds = finalAccountsDiscrepancies(
      {
        basicExpenditure: { value: 1807.08, raw: '1807.08', decimals: 2, line: 996 },
        projectExpenditure: { value: 21468.3, raw: '21468.3', decimals: 1, line: 996 },
      },
      {
        basicExpenditure: { value: 2544.29, raw: '2544.29', decimals: 2, line: 182 },
        projectExpenditure: { value: 275.77, raw: '275.77', decimals: 2, line: 184 },
      },
    );
    expect(ds.map((d) => [d.field, d.reported, d.computed, d.kind, d.severity])).toEqual([
      ['basicExpenditure', '1807.08', '2544.29', 'CROSS_TABLE', 'MINOR'],
      ['projectExpenditure', '21468.3', '275.77', 'CROSS_TABLE', 'MINOR'],
    ]);
    // Within the rounding either side writes, the same amount.
    const same = { value: 275.8, raw: '275.8', decimals: 1, line: 996 };
    expect(
      finalAccountsDiscrepancies(
        { projectExpenditure: same },
        { projectExpenditure: { ...same, value: 275.77, raw: '275.77', decimals: 2 } },
      )[0]!.severity,
    ).toBe('ROUNDING');
  });

  it('002: 年度目标1 sets 事业单位工作人员录取人数 at 118 人, the project at 32 人; 7.34 万人 and 73439 人 agree when another project says 7.34 万人', () => {
    const projects = [
      {
        name: '事业单位公开招聘工作人员及引进高层次人才考试招聘费',
        indicators: [{ index: 0, name: '2023 年事业单位工作人员录取人数', target: '32 人', line: 3070 }],
      },
      { name: '城乡居民养老保险运行经费', indicators: [{ index: 0, name: '到龄人员享受待遇人数', target: '73439 人', line: 3728 }] },
      { name: '城乡居民养老保险加发基础养老金', indicators: [{ index: 0, name: '到龄人员享受待遇人数', target: '7.34 万人', line: 4762 }] },
      {
        name: '农民工工资清欠专项工作经费',
        indicators: [{ index: 5, name: '妥善处置拖欠农民工工资案件清欠率', target: '≥96%', line: 2440 }],
      },
    ];
    const goals = [
      { index: 0, name: '事业单位工作人员录取人数', target: '118 人', line: 1049 },
      { index: 7, name: '到龄人员享受待遇人数', target: '7.34 万人', line: 1119 },
      { index: 16, name: '妥善处置拖欠农民工工资案件清欠率', target: '≥90%', line: 1185 },
      { index: 17, name: '社保服务对象满意度', target: '满意', line: 1143 },
    ];
    expect(goalTargetDiscrepancies(goals, projects).map((d) => [d.line, d.field, d.reported, d.computed, d.kind])).toEqual([
      [1049, 'indicators[0].target', '118人', '32人', 'CROSS_TABLE'],
      [1185, 'indicators[16].target', '≥90%', '≥96%', 'CROSS_TABLE'],
    ]);
  });
});

describe('ARITHMETIC: funding parts against 年度资金总额', () => {
  it('001 其他就业补助经费支出: 828.44 beside both parts; 创业贷款贴息 6.26 + 6.26 against 24.52; 3.81 + 0.68 = 4.49 agrees', () => {
    expect(
      fundingPartsDiscrepancies({ budget: 828.44, executed: 828.44 }, [
        { budget: 804.05, executed: 828.44 },
        { budget: 24.39, executed: 828.44 },
        { budget: 0, executed: 0 },
      ]).map((d) => [d.field, d.reported, d.computed, d.kind]),
    ).toEqual([['funds.executed', '828.44 + 828.44 + 0', '828.44', 'ARITHMETIC']]);
    expect(
      fundingPartsDiscrepancies({ budget: 24.52, executed: 24.52 }, [
        { budget: 6.26, executed: 24.52 },
        { budget: 6.26, executed: 24.52 },
      ]).map((d) => d.field),
    ).toEqual(['funds.budget', 'funds.executed']);
    expect(
      fundingPartsDiscrepancies({ budget: 4.54, executed: 4.49 }, [
        { budget: 3.81, executed: 3.81 },
        { budget: 0.73, executed: 0.68 },
      ]),
    ).toEqual([]);
  });
});

describe('MISSING', () => {
  it('000 12333: 得分 left blank on two rows beside filled ones and a 总分 of 98', () => {
    const row = (name: string, reportedScore: string | null) => ({
      name,
      level1: '产出指标 (40分)',
      level2: '数量指标',
      target: '1',
      actual: '1',
      weight: null,
      reportedScore,
    });
    const ds = missingDiscrepancies({
      budget: 45,
      executed: 44.3,
      budgetWeight: 20,
      reportedTotalScore: '98',
      indicators: [row('全年话务总量', '10'), row('15秒内接通率', '10'), row('设计预算成本计划降低率', null), row('服务满意度', '')],
    });
    expect(ds.map((d) => [d.field, d.kind, d.severity])).toEqual([
      ['indicators[2].score', 'MISSING', 'MINOR'],
      ['indicators[3].score', 'MISSING', 'MINOR'],
    ]);
    // No 总分 reported: nothing to check the parts against, nothing missing.
    expect(missingDiscrepancies({ budget: 45, executed: 44.3, budgetWeight: 20, indicators: [row('a', '10'), row('b', null)] })).toEqual(
      [],
    );
  });

  it('001 劳动监察执法服装: both unit rows blank, its 汇总表 names 新乡县劳动保障监察大队; 003: an empty 合计 row, 97 in the header', () => {
    expect(missingUnitDiscrepancy(null, '', '新乡县劳动保障监察大队')).toMatchObject({
      field: 'organization',
      computed: '新乡县劳动保障监察大队',
      kind: 'MISSING',
    });
    expect(missingUnitDiscrepancy('新乡县人力资源和社会保障局', null, null)).toBeNull();
    expect(missingTotalDiscrepancy({ text: '97', line: 7 })).toMatchObject({
      field: 'totalScore',
      reported: '—',
      computed: '97',
      kind: 'MISSING',
    });
  });
});

describe('ARITHMETIC within the prose', () => {
  it('002 line 301: 公用经费 227.67 万元 against its items’ 227.70 (ROUNDING); line 1886: 515 人 against 5 + 120 + 129 + 234 = 488', () => {
    const ds = proseSumDiscrepancies([
      ...lines(
        301,
        '公用经费 227.67 万元，主要包括：办公费 88.69 万元、印刷费 6.35 万元、手续费 0.08 万元、水费 0.57 万元、电',
        '',
        '费 14.33 万元、邮电费 4.99 万元、物业管理费 3.6 万元、差旅费 5.49 万元、维修(护)费 5.88 万元、租赁费 2.81 万元、会议费 0.65 万元、培训费 0.31 万元、公务接待费 12.09万元、被装购置费 3.15 万元、劳务费 5.39 万元、委托业务费 6.99 万元、工会经费 17.07 万元、福利费 18.07 万元、公务用车运行维护费 2.52 万元、其他交通费用 3.2 万元、税金及附加费用 1.95 万元、其他商品和服务支出 21.28 万元、办公设备购置 2.24 万元。',
      ),
      ...lines(
        1886,
        '今年为企事业单位申报、评审职称共515人（正高级5人，',
        '高级120人，中级129人，初级234人），其中事业单位488人，企业27人。',
      ),
    ]);
    expect(ds.map((d) => [d.line, d.reported, d.computed, d.kind, d.severity])).toEqual([
      [301, '227.67', '227.70', 'ARITHMETIC', 'ROUNDING'],
      [1886, '515人', '488人', 'ARITHMETIC', 'MINOR'],
    ]);
  });
});

describe('ARITHMETIC within the prose: totals of parts, restated figures, a rate beside its amounts', () => {
  it('002 line 281: 基本支出 2544.29 万元 against the heads of its two item lists, 2316.61 + 227.67 = 2544.28 (ROUNDING)', () => {
    const ds = proseSumDiscrepancies(
      lines(
        281,
        '2023 年度一般公共预算财政拨款基本支出 2544.29 万元，其中：',
        '人员经费 2316.61 万元，主要包括：基本工资 2000 万元、津贴补贴 316.61 万元。',
        '公用经费 227.67 万元，主要包括：办公费 200 万元、印刷费 27.67 万元。',
      ),
    );
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [281, 'prose.sum', '2544.29', '2544.28', 'ROUNDING'],
    ]);
  });

  it('002 line 258: the parts with their shares are of 支出决算 2820.06, not of the 年初预算 before it: 2820.07 (ROUNDING)', () => {
    const ds = proseSumDiscrepancies(
      lines(
        256,
        '2366.08 万元（不含基金项目 37772.3 万元），支出决算为',
        '2820.06 万元，完成年初预算的 119 %。其中：工资福利支',
        '出 2278.48 万元，占总支出的 80.8 %；对个人和家庭的补助支出 139.95 万元，占总支出的 5 %；商品和服务支出',
        '398.27 万元，占总支出的 14.1 %。资本性支出 3.37 万元，占总支出的 0.1%。',
      ),
    );
    expect(ds.map((d) => [d.line, d.reported, d.computed, d.severity])).toEqual([[257, '2820.06', '2820.07', 'ROUNDING']]);
    // Parts that add up (002 line 182: 2544.29 + 275.77 + 0 = 2820.06), and a total a cent further than rounding allows.
    expect(
      proseSumDiscrepancies(
        lines(
          174,
          '2023年度支出合计 2820.06 万元，增加 216.99 万元。其中：基本支出 2544.29 万元，占本年支出 90 %；项目支出 275.77 万元，占本年支出 10 %；上缴上级支出 0 万元，占本年支出 0 %。',
        ),
      ),
    ).toEqual([]);
    expect(
      proseSumDiscrepancies(
        lines(1, '支出合计 2820.16 万元。其中：基本支出 2544.29 万元，占本年支出 90 %；项目支出 275.77 万元，占本年支出 10 %。'),
      ).map((d) => [d.computed, d.severity]),
    ).toEqual([['2820.06', 'MINOR']]);
  });

  it('002 lines 256 and 270: the same 支出决算 with 年初预算 2366.08 and 2366.07 (one cent apart: ROUNDING; more: MINOR)', () => {
    const text = (second: string) =>
      lines(
        256,
        '年初预算为 2366.08 万元（不含基金项目 37772.3 万元），支出决算为 2820.06 万元，完成年初预算的 119 %。',
        `1.社会保障和就业(类)人力资源和社会保障管理事务（款）。年初预算为 ${second} 万元（不含基金项目 37772.3 万元），支出决算为 2820.06 万元。`,
      );
    expect(proseSumDiscrepancies(text('2366.07')).map((d) => [d.line, d.field, d.reported, d.computed, d.severity])).toEqual([
      [257, 'prose.initialBudget', '2366.07', '2366.08', 'ROUNDING'],
    ]);
    expect(proseSumDiscrepancies(text('2366.08'))).toEqual([]);
    expect(proseSumDiscrepancies(text('2360.08')).map((d) => d.severity)).toEqual(['MINOR']);
  });

  it('001 line 859: “三公经费”控制率 60.8% beside 实际支出 0.94 and 预算 2.4 万元 — 39.2%, the complement named', () => {
    const ds = proseSumDiscrepancies(
      lines(
        859,
        '④三公经费控制率（2分），2021年业务招待费0.14万元，无因公出国出境费用。2021年部门公务用车运行维护费实际支出0.94万元，年初公务用车预算2.4万元。“三公经费”控制率为60.8%。小于指标值，根据评分标准，本部门该项指标得满分2分。',
      ),
    );
    expect(ds.map((d) => [d.line, d.field, d.reported, d.computed, d.kind, d.severity])).toEqual([
      [859, 'prose.threePublicControlRate', '60.8%', '39.2%', 'ARITHMETIC', 'MINOR'],
    ]);
    expect(ds[0]!.messageZh).toContain('节约率而非控制率');
    expect(
      proseSumDiscrepancies(lines(1, '④公务用车运行维护费实际支出0.94万元，年初公务用车预算2.4万元。“三公经费”控制率为39.2%。')),
    ).toEqual([]);
  });
});

describe('NARRATIVE: a project named otherwise in the prose', () => {
  it('001: 其他惠普发展支出 for 其他普惠发展支出 (two neighbours swapped); 002: 社会化管理 for 社会代管理 (one character)', () => {
    const found = nameVariants(
      [
        ...lines(316, '本单位项目支出由 3 个项目构成，分别为：1、其他就业补助经费支出；2、创业贷款贴息经费支出；3、其他惠普发展支出。'),
        ...lines(334, '3、其他惠普发展支出，用于办公耗材采购。'),
        ...lines(610, '12、退休人员社会化管理服务经费：项目全年预算数为'),
        ...lines(1700, '管理服务经费10万元，退休人员社会代管理服务经费项目10'),
      ],
      ['其他就业补助经费支出', '其他普惠发展支出', '退休人员社会代管理服务经费'],
    );
    expect([...found]).toEqual([
      [1, [{ variant: '其他惠普发展支出', line: 316 }]],
      [2, [{ variant: '退休人员社会化管理服务经费', line: 610 }]],
    ]);
  });

  it('another project’s name, a change at either end, two changes apart, or a short name are not slips', () => {
    const text = lines(1, '城乡居民养老保险运行经费与城乡居民养老保险征缴经费；工伤专项经费；其他普惠发展资金；其他普惠拓宽支出。');
    expect([...nameVariants(text, ['城乡居民养老保险运行经费', '城乡居民养老保险征缴经费'])]).toEqual([]);
    expect([...nameVariants(text, ['其他普惠发展支出'])]).toEqual([]);
    expect([...nameVariants(text, ['工伤专项费用', '人社专项经费'])]).toEqual([]);
    expect([...nameVariants(lines(1, '工伤专项经费'), ['工伤专业经费'])]).toEqual([]);
  });
});

describe('WITHIN_ROW: the actual value in another unit than the target', () => {
  const row = (target: string, actual: string) => ({
    name: '处理各类举报投诉案件例数',
    level1: '产出指标',
    level2: '数量指标',
    target,
    actual,
    weight: null,
    reportedScore: '10',
  });
  const within = (target: string, actual: string) =>
    projectDiscrepancies({ budget: 10, executed: 10, budgetWeight: 20, indicators: [row(target, actual)] }, HUBEI).filter(
      (d) => d.kind === 'WITHIN_ROW',
    );
  it('002 line 4264: 250 件 against 317 例; 003 line 24: 57.89万人 against 62.27; 000 line 193: 65人 against 65人%', () => {
    expect(within('250 件', '317 例').map((d) => [d.field, d.reported, d.computed, d.severity])).toEqual([
      ['indicators[0].actual', '317例', '250件', 'MINOR'],
    ]);
    expect(within('57.89万人', '62.27')).toHaveLength(1);
    expect(within('65人', '65人%')).toHaveLength(1);
  });
  it('the same unit, a rate against a period, or 万 for 万元 are not contradictions', () => {
    expect(within('100 例', '126 例')).toEqual([]);
    expect(within('1年', '100%')).toEqual([]);
    expect(within('≤1785.88 万元', '1785.88 万')).toEqual([]);
  });
});
