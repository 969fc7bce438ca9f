/**
 * Flattened tables (src/readers/flat.ts): whole tables on one or a few long lines, cells separated
 * by single spaces or glued together, rebuilt from the template's header labels and the cells'
 * shapes — on real excerpts (test/fixtures/documents/, their addresses in the sidecars) and on the
 * synthetic Henan tables flattened by joining their lines. A row whose cells cannot be cut with
 * certainty is reported with its line, never guessed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/ingest/prepare';
import { readDocument } from '../../src/ingest/readDocument';
import type { ParsedIndicator, ParsedProjectEvaluation } from '../../src/templates/parsed';
import { extractDocument } from '../../src/readers';
import { readFlatBlocks } from '../../src/readers/flat';
import { cutFundingRow } from '../../src/readers/flatAmounts';
import { cutRows } from '../../src/readers/flatGluedRows';
import { readTextBlocks } from '../../src/readers/text';
import { syntheticProvince } from '../../src/synthetic';
import { readWithTemplates } from '../../src/templates';
import { indicatorFigures as figures } from '../support/readings';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const fixture = (id: string) => fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
const extracted = (text: string) => ({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const chars = (s: string, line = 1) => [...s].map((ch) => ({ ch, line }));

const funding = (p: ParsedProjectEvaluation) =>
  [p.total.initialBudget, p.total.budget, p.total.executed, p.total.weight, p.total.executionRate, p.total.score].map(
    (c) => c?.text ?? null,
  );

describe('a glued table on one line (四川 中江县 财政衔接资金 绩效目标自评表)', () => {
  const doc = readDocument(extracted(fixture('sichuan-zhongjiang-water-gauges')));
  const p = doc.projects[0]!;

  it('reads the budget row by the only cut whose figures agree: 202010100.00%10 is 20 | 20 | 10 | 100.00% | 10', () => {
    expect(doc.projects).toHaveLength(1);
    expect(p.templateId).toBe('sichuan-linkage-project');
    expect(p.name).toBe('中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装');
    expect(p.fiscalYear).toBe(2022);
    expect(funding(p)).toEqual([null, '20', '20', '10', '100.00%', '10']);
    // 其中:本年财政拨款 2020: 20 | 20, the only cut no larger than the total.
    expect([p.currentYearFunds?.budget?.text, p.currentYearFunds?.executed?.text]).toEqual(['20', '20']);
    expect(p.reportedTotalScore?.text).toBe('100');
  });

  it('cuts the indicator rows (分值 before the values) exactly, each citing its line', () => {
    expect(p.indicators.map(figures)).toEqual([
      ['安装坡面水标尺', '≥266米', '≥266米', '10', '10'],
      ['水标尺宽度', '≥50厘米', '≥50厘米', '10', '10'],
      ['项目(工程)验收合格率', '100%', '100%', '20', '20'],
      ['及时(按期)开工率', '≥90%', '≥90%', '10', '10'],
      ['及时(按期)完工率', '≥90%', '≥90%', '10', '10'],
      ['项目计划总投资', '20万元', '20万元', '10', '10'],
      ['受益脱贫(含监测对象)户人口数', '≥1000人', '≥1000人', '10', '10'],
      ['群众生产生活条件改善状况', '显著提升', '显著提升', '10', '10'],
      ['受益脱贫(含监测对象)户满意度', '≥95%', '≥95%', '10', '10'],
    ]);
    expect(p.indicators.map((i) => [i.level1, i.level2])).toContainEqual(['满意度指标(10分)', '服务对象满意度指标']);
    expect(p.indicators.every((i) => i.lines.start === 1)).toBe(true);
  });

  it('cuts a text written twice between figures into its halves (显著提升显著提升: a target met as written), never elsewhere', () => {
    expect(doc.unread.some((u) => /indicator/.test(u.reason))).toBe(false);
    expect(p.readingProblems).toEqual([]);
    const glued = (s: string) =>
      cutRows(
        chars(s),
        { shapes: ['name', 'score', 'value', 'value', 'score'], mayOmitLast: 0, check: (c) => Number(c[4]) <= Number(c[1]) },
        false,
      );
    expect(glued('群众生产生活条件改善状况10显著提升显著提升10').rows).toEqual([
      [
        { text: '群众生产生活条件改善状况', line: 1 },
        { text: '10', line: 1 },
        { text: '显著提升', line: 1 },
        { text: '显著提升', line: 1 },
        { text: '10', line: 1 },
      ],
    ]);
    // Two different texts glued are still never cut (达标 | 合格, or 达 | 标合格?).
    expect(glued('补助资金10达标合格10').ways).toBe(0);
  });

  it('never cuts a name from a text written twice after it: 成本控制不超过预算不超过预算10 may be that, but 劳动保障监察补助标准符合标准符合 is not', () => {
    const glued = (s: string) =>
      cutRows(
        chars(s),
        { shapes: ['name', 'value', 'value', 'score', 'score'], mayOmitLast: 0, check: (c) => Number(c[4]) <= Number(c[3]) },
        false,
      );
    // The synthetic Henan row 劳动保障监察补助标准 | 符合标准 | 符合 | 10 | 10, glued, reads as a name and 标准符合 twice: not told apart.
    expect(glued('劳动保障监察补助标准符合标准符合1010').ways).toBe(0);
    expect(glued('成本控制不超过预算不超过预算1010').ways).toBe(0);
  });

  it('through the import path the table loads whole', () => {
    const prepared = prepareDocument('zhongjiang.txt', extracted(fixture('sichuan-zhongjiang-water-gauges')));
    expect(prepared.projects.map((x) => x.parsed.indicators.length)).toEqual([9]);
  });
});

describe('a spaced table on one line (安徽 池州市贵池区棠溪镇, a Word file with its metadata in front)', () => {
  const doc = readDocument(extracted(fixture('anhui-guichi-tangxi-entrusted-services')));
  const p = doc.projects[0]!;

  it('reads the name whole (委托业务项目 主管部门 is no 项目主管部门) and the funding rows as written', () => {
    expect(p.name).toBe('委托业务项目');
    expect(p.supervisingDepartment).toBe('219-池州市贵池区棠溪镇人民政府');
    expect(p.fiscalYear).toBe(2022);
    expect(funding(p)).toEqual(['0', '0', '0', '10', '0', '0']);
    expect([p.currentYearFunds?.initialBudget?.text, p.currentYearFunds?.budget?.text, p.currentYearFunds?.executed?.text]).toEqual([
      '90',
      '89.974',
      '89.974',
    ]);
  });

  it('cuts the indicators at their 分值 and 得分; the row cut off by the excerpt is reported, not read', async () => {
    expect(p.indicators.map(figures).slice(0, 3)).toEqual([
      ['基建工程委托业务项目数量', '≥50个', '50', '8', '8'],
      ['委托业务报告合格率', '≥100百分比', '100', '8', '8'],
      ['经费支出合规性', '严格执行相关制度规定', '达成预期指标', '8', '8'],
    ]);
    expect(p.indicators).toHaveLength(9);
    expect(p.indicators[8]!.name).toBe('对推动基建项目“四项制度”健全和落实的持续性影响');
    expect(doc.unread.find((u) => u.text.includes('公众满'))).toMatchObject({ line: 1 });
    expect(p.readingProblems!.length).toBeGreaterThan(0);
    // Read from its bytes as the importer does: the table is found, and left out as cut off (no 总分).
    const bytes = new TextEncoder().encode(fixture('anhui-guichi-tangxi-entrusted-services'));
    const ex = await extractDocument(bytes);
    expect(() => prepareDocument('anhui.txt', ex)).toThrow(/委托业务项目.*no 总分 row/);
  });
});

describe('a glued table over three preview pages (湖南 衡山县 县级专项资金绩效目标自评表)', () => {
  const doc = readDocument(extracted(fixture('hunan-hengshan-county-grain-reserve')));
  const p = doc.projects[0]!;

  it('drops the page numbers (2、 3、), keeps the names as wrapped and each row on its own line', () => {
    expect(funding(p)).toEqual([null, '194.9', '194.9', null, '100%', null]);
    const byName = new Map(p.indicators.map((i) => [i.name, i]));
    expect(figures(byName.get('5000吨稻谷、500吨成 品粮储备到位率')!)).toEqual([
      '5000吨稻谷、500吨成 品粮储备到位率',
      '100%',
      '100%',
      null,
      null,
    ]);
    expect(byName.get('库存数量真实率')!.lines.start).toBe(3);
    expect(byName.get('县级储备粮贷款付 息及时率')!.lines.start).toBe(4);
    expect(figures(byName.get('因粮食市场波动引 起的粮食安全事件 发生数')!)).toEqual([
      '因粮食市场波动引 起的粮食安全事件 发生数',
      '0起',
      '0起',
      null,
      null,
    ]);
  });

  it('reports the figures glued to a name (…变质比例00: 比例 | 0 | 0, or a name ending in 0?) instead of guessing, and reads the rows before it', () => {
    const unread = doc.unread.find((u) => u.text.includes('明显变质比例'));
    expect(unread).toMatchObject({ line: 4 });
    expect(p.indicators.some((i) => i.name.includes('变质比例'))).toBe(false);
    // The rows before that name cut one way only (rowsBeforeLastNamed).
    expect(figures(p.indicators.find((i) => i.name === '县级储备粮管理制 度严格执行率')!)).toEqual([
      '县级储备粮管理制 度严格执行率',
      '100%',
      '100%',
      null,
      null,
    ]);
    expect(p.readingProblems!.some((x) => x.line === 4)).toBe(true);
    // 安全性 / 高高 (a line break before it): a text written twice is the target and the actual, 高 | 高.
    expect(figures(p.indicators.find((i) => i.name === '粮食储备设备维 护及安全性')!)).toEqual([
      '粮食储备设备维 护及安全性',
      '高',
      '高',
      null,
      null,
    ]);
  });
});

describe('an OCR of a scanned table, glued and garbled (宁夏 银川市 本级部门项目支出绩效自评表, 初中公用经费)', () => {
  const text = fixture('ningxia-yinchuan-middle-school-public-funds');
  const doc = readDocument(extracted(text));
  const p = doc.projects[0]!;
  const rows = readFlatBlocks(text, readTextBlocks)!
    .flatMap((b) => (b.kind === 'table' ? b.table.rows : []))
    .map((r) => r.cells);

  it('reads garbled labels as the labels they stand for, their text kept as written (实施第位, 项Fl资金(万兀), 年初预匏数, 调整预算将)', () => {
    const header = rows.find((cells) => cells[0]!.text === '项Fl资金(万兀)')!;
    expect(header.map((c) => [c.text, c.label ?? null])).toEqual([
      ['项Fl资金(万兀)', '项目资金(万元)'],
      ['年初预匏数', '年初预算数'],
      ['调整预算将', '调整预算数'],
      ['全年执行数(B)', null],
      ['执行率(B/A)', null],
    ]);
    expect(p.templateId).toBe('yinchuan-project');
    expect(funding(p)).toEqual(['64.8', '64.8', '64.8', null, '100%', null]);
  });

  it('takes a header cell garbled beyond recognition (考值参分) for the one column its place leaves (考核分值), and no other', () => {
    const header = rows.find((cells) => cells[0]!.text === '一级指标')!;
    expect(header.map((c) => c.label ?? c.text)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '考核分值',
      '指标值(A)',
      '全年实际值(B)',
      '得分',
      '未完成原因分析及改进措施',
    ]);
  });

  it('reads the header total as its figure (自评得分 98, the text glued after it apart)', () => {
    expect(p.reportedTotalScore?.text).toBe('98');
  });

  it('cuts the rows it can be certain of (dates, a text written twice, a weight no more than its level’s) and reports the garbled ones', () => {
    expect(p.indicators.map(figures)).toEqual(
      expect.arrayContaining([
        ['公用经费标准', '符合相关文件要求', '符合相关文件要求', '5', '5'],
        ['公用经费完成时间', '2021年12月完成', '2021年12月完成', '5', '4'],
        // 415万元 after the name is 4 | 15万元 under 成本指标(10分), never 41 | 5万元.
        ['办公所需成本', '15万元', '15万元', '4', '4'],
        ['维修(维护)所需成本', '35万元', '35万元', '3', '3'],
      ]),
    );
    // 3M.8万元 (14.8万元) is OCR debris inside a figure: that row is reported, not read.
    expect(p.indicators.some((i) => i.name.includes('绿化'))).toBe(false);
    // IO, a figure written in letters at the row's end: the row is read without it, the letters reported (flatLetteredFigure.ts).
    expect(p.indicators.filter((i) => i.name === '保障人数').map(figures)).toEqual([['保障人数', '2370人', '2370人', '10', null]]);
    expect(doc.unread.some((u) => u.text === 'IO' && u.line === 3)).toBe(true);
    const problems = (p.readingProblems ?? []).map((x) => x.message).join('\n');
    expect(problems).toMatch(/cannot tell which are missing/);
  });
});

describe('an OCR that broke cells over lines (宁夏 原州区 自治区专项资金绩效目标自评表)', () => {
  const doc = readDocument(extracted(fixture('ningxia-yuanzhou-potato-seed')));
  const p = doc.projects[0]!;

  it('reads the lines the OCR broke a cell onto as the same table, by the template of its labels', () => {
    expect(p.templateId).toBe('nx-region-special-fund');
    expect(p.fiscalYear).toBe(2022);
    expect(p.reportedTotalScore?.text).toBe('99分');
    expect(p.indicators.map(figures)).toContainEqual(['种薯采购价格不高于市场价', '是', '是', '8', '8']);
  });

  it('divides the rows at their numbering cells (指标1, 指标2): a row that cuts two ways is reported, the one before it read', () => {
    expect(p.indicators.map(figures)).toContainEqual(['免费发放原原种', '550万粒', '550万粒', '8', '8']);
    // 企业自行采购8200万粒200万粒8: 8 | 200万粒 or a name ending in 8 | 20 | 0万粒 — not guessed.
    expect(p.indicators.some((i) => i.name.startsWith('企业自行采购'))).toBe(false);
  });
});

describe('a table on short lines with its cells glued within each line (四川 阆中市 转移支付 绩效目标自评表)', () => {
  const doc = readDocument(extracted(fixture('sichuan-langzhong-provincial-road-subsidy')));
  const p = doc.projects[0]!;

  it('reads the labels glued to their values, the name whole (…补助地方资金(普通省道…): 地方资金 is no funding row before the funding block)', () => {
    expect(doc.projects).toHaveLength(1);
    expect(p.templateId).toBe('transfer-payment');
    expect(p.name).toBe('车辆购置税收入补助地方资金(普通省道公路建设)');
    expect(p.fiscalYear).toBe(2021);
    expect([p.supervisingDepartment, p.implementingUnit]).toEqual(['财政部', '阆中市交通运输局']);
  });

  it('cuts the glued funding rows (40004000100% is 4000 | 4000 | 100%), with no weight or score', () => {
    expect(funding(p)).toEqual([null, '4000', '4000', null, '100%', null]);
    expect([p.currentYearFunds?.budget?.text, p.currentYearFunds?.executed?.text]).toEqual(['4000', '4000']);
    expect(p.total.budget?.line).toBe(23);
  });

  it('stops at the notes under the table (说明, 注:…), and reports the indicator rows whose glued figures cannot be cut', () => {
    expect(p.lines.end).toBeLessThan(149);
    const reported = doc.unread.filter((u) => /indicator/.test(u.reason)).map((u) => u.line);
    expect(reported).toEqual(expect.arrayContaining([48, 57, 85, 96, 107]));
    expect(p.readingProblems?.length).toBeGreaterThan(0);
  });

  it('keeps by name the rows whose glued figures cannot be cut (建设符合验收要求2020: 20 | 20, 202 | 0 …), apart from the indicators, each reported', () => {
    expect((p.namedOnlyIndicators ?? []).map((i) => i.name)).toEqual([
      '建设符合验收要求',
      '按期完成投资',
      '对经济发展的促进作用',
      '基本公共服务水平',
      '交通建设符合环评审批要求',
      // On the line before the notes (说明), with no label of its own.
      '改善通行服务水平群众满意度',
    ]);
    expect((p.namedOnlyIndicators ?? []).every((i) => i.target === null && i.actual === null && i.score === null)).toBe(true);
    expect(p.indicators.map((i) => i.name)).not.toContain('建设符合验收要求');
    // The notes under the table are no indicator row.
    expect([...p.indicators, ...(p.namedOnlyIndicators ?? [])].map((i) => i.name)).not.toContain('说明');
    const reported = doc.unread.map((u) => u.reason).filter((r) => r.includes('「建设符合验收要求」'));
    expect(reported[0]).toMatch(/「2020」\) could not be told apart/);
  });
});

describe('a glued table whose indicator heading is garbled (长江禁捕: 度效标O0B年绩目1分EB before 二级指标 三级指标 …)', () => {
  const doc = readDocument(extracted(fixture('unknown-changjiang-fishing-fuel-subsidy')));
  const p = doc.projects[0]!;

  it('opens the indicator block at its column labels and reads the row whose cells cut one way only', () => {
    expect(p.templateId).toBe('hubei-project');
    const row = p.indicators.find((i) => i.name === '渔船补贴发放率');
    expect(row && figures(row)).toEqual(['渔船补贴发放率', '100%', '100%', null, '10']);
    expect(row?.level2).toBe('质量指标');
  });

  it('a name glued to its digits alone (补贴渔船数6620) is kept by name, its figures reported', () => {
    expect((p.namedOnlyIndicators ?? []).map((i) => i.name)).toContain('补贴渔船数');
    expect(p.indicators.map((i) => i.name)).not.toContain('补贴渔船数');
    expect(doc.unread.some((u) => u.text.includes('6620'))).toBe(true);
  });
});

describe('a glued table whose digits were stripped (孝感 学生资助: 年学生资助项目, 预算数())', () => {
  const doc = readDocument(extracted(fixture('hubei-xiaogan-student-aid-digits-stripped')));

  it("reads the name whole: 项目主管部门 of another template is the name's 项目 and this template's 主管部门", () => {
    const p = doc.projects[0]!;
    expect(p.name).toBe('湖北工程学院年学生资助项目');
    expect(p.supervisingDepartment).toBe('湖北省教育厅');
    expect(p.fiscalYear).toBeNull();
  });
});

describe('a PDF flattened in the order of its text boxes (a 项目自评表 that names no place)', () => {
  const doc = readDocument(extracted(fixture('unknown-service-trade-development-fund')));
  const p = doc.projects[0]!;

  it('puts the one funding row label standing between the heading and its column labels back before its figures', () => {
    expect(p.templateId).toBe('hubei-project');
    expect(funding(p)).toEqual([null, '285.84', '285.84', null, '100%', '20']);
    expect(p.budgetWeight?.text).toBe('(20 分)');
  });

  it('keeps the other cells it passed over where they are read (项目实施单位 and its value)', () => {
    expect(p.implementingUnit).toBe('投资促进中心 □ 3、一次性项目 □');
  });

  it('opens the indicator block at 三级指标 年初目标值 (A) … where its heading and 一级 / 二级指标 stand elsewhere, and reads the rows that cut one way only', () => {
    expect(p.indicators.slice(0, 2).map(figures)).toEqual([
      ['服务外包在岸(万美元)', '20000', '23333.56', null, '10'],
      ['服务外包离岸(万美元)', '4500', '4557.51', null, '10'],
    ]);
    // The next row's name is two words (支持服务贸易、服务外 包企业数量): not a row of one word per cell, so it and the rest are reported.
    expect(p.indicators.map((i) => i.name)).not.toContain('包企业数量');
    expect(p.readingProblems?.length).toBeGreaterThan(0);
  });
});

describe('a score sheet glued into its evaluation report (四川 仪陇县 项目支出绩效评分表)', () => {
  const reading = readWithTemplates(
    (() => {
      const text = fixture('sichuan-yilong-road-maintenance');
      return { ...extracted(text), blocks: readFlatBlocks(text, readTextBlocks)! };
    })(),
  );
  const p = reading.projects[0]!;

  it('is the project the report is about (关于…项目绩效评价报告), its total the one the prose states (总体得分95分)', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({ templateId: 'sichuan-project-scoresheet', name: '国省县乡道路养护及道班房维修项目', code: null });
    expect(p.reportedTotalScore).toEqual({ text: '95', line: 1 });
    expect(p.total.budget).toBeNull();
  });

  it('cuts its rows at the levels (项目决策, 科学决策, 绩效目标 …) and their displaced weights (20分) / (10): 分值, 指标评价内容, 得分', () => {
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.scoringRule?.slice(0, 6), i.score?.text])).toEqual([
      ['项目决策(10分)', '科学决策', '必要性(政策依据)', '5', '项目符合党中', '5'],
      ['项目决策(10分)', '科学决策', '可行性(政策完善)', '5', '可行性论证充', '5'],
      // 绩效目标 inside a 指标评价内容 (绩效目标设定符合实际需求…) is no level: the stretches around it are cut as one.
      ['项目决策(10分)', '绩效目标', '明确性', '5', '项目预期提供', '5'],
      ['项目决策(10分)', '绩效目标', '合理性', '5', '绩效目标设定', '5'],
    ]);
  });

  it('reports the row cut off by the excerpt (资金分配 3 资金分配…), and reads no level word of the prose before the sheet (项目绩效评价报告)', () => {
    expect(reading.unread).toEqual([expect.objectContaining({ line: 1, text: '项目管理(7分) | 资金管理 | 资金分配3资金分配' })]);
  });
});

describe('cutting glued cells', () => {
  it('a budget row: 310.2154.741050%5 is 310.2 | 154.74 | 10 | 50% | 5 (Beijing), the only cut where 执行率 = B/A and 得分 = 分值 × 执行率', () => {
    const cut = cutFundingRow(
      chars('310.2154.741050%5执行率*该指标分值,最高不得超过分值上限。'),
      ['budget', 'executed', 'weight', 'executionRate', 'score', 'note'],
      {
        mayOmit: ['note'],
        total: null,
        headingWeight: null,
      },
    );
    expect(cut.cells?.map((c) => c.text)).toEqual(['310.2', '154.74', '10', '50%', '5', '执行率*该指标分值,最高不得超过分值上限。']);
  });

  it('a rate glued without its % is the fraction B/A only where the amounts confirm it: 1.561.56120 is 1.56 | 1.56 | 1 | 20', () => {
    const roles = ['budget', 'executed', 'executionRate', 'score'] as const;
    const options = { mayOmit: [], total: null, headingWeight: 20 };
    expect(cutFundingRow(chars('1.561.56120'), [...roles], options).cells?.map((c) => c.text)).toEqual(['1.56', '1.56', '1', '20']);
    // 1.562.00120: no cut makes 1 (or 0.x) the fraction 执行数/预算数, with a score of 20 × rate: not cut.
    expect(cutFundingRow(chars('1.562.00120'), [...roles], options).cells).toBeNull();
  });

  it('two amounts glued with nothing to tell them apart (1212: 1 | 212, 12 | 12, 121 | 2) are not cut', () => {
    const cut = cutFundingRow(chars('1212'), ['budget', 'executed'], { mayOmit: [], total: null, headingWeight: null });
    expect(cut).toEqual({ cells: null, reason: 'more than one cut of the glued figures fits' });
  });

  it('indicator rows: a new row starts at a name with no digits, never inside a number or at the unit of one', () => {
    const schema = { shapes: ['name', 'value', 'value', 'text'] as const, mayOmitLast: 1 };
    const cut = cutRows(chars('发生数0起0起市民满意度调查≥90%100%'), { ...schema, shapes: [...schema.shapes] }, false);
    expect(cut.ways).toBe(1);
    expect(cut.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['发生数', '0起', '0起'],
      ['市民满意度调查', '≥90%', '100%'],
    ]);
    // 100100%: 100 | 100% or 10 | 0100%? A value is never cut inside its digits: not cut.
    expect(cutRows(chars('完成率≥100100%'), { ...schema, shapes: [...schema.shapes] }, false).ways).toBe(0);
    // …but a lone 0 ends where the next digit starts (00 is no number): 分值 20, 0 | 0, 得分 20.
    const scored = { shapes: ['name', 'score', 'value', 'value', 'score'] as ('name' | 'score' | 'value')[], mayOmitLast: 0 };
    expect(cutRows(chars('差错率200020'), scored, false).rows.map((r) => r.map((c) => c.text))).toEqual([['差错率', '20', '0', '0', '20']]);
  });

  it("where more than one cut fits, what every cut agrees on: whole rows, or a row's name with the rest uncut", () => {
    const schema = { shapes: ['name', 'value', 'value', 'score'] as ('name' | 'value' | 'score')[], mayOmitLast: 0 };
    // 6620: 66 | 20 or 6 | 620? No way fits (a bare number glued to a name is no target): the name alone, before its digits.
    const alone = cutRows(chars('补贴渔船数6620'), schema, false);
    expect(alone.ways).toBe(0);
    expect(alone.certain.map((r) => r.cells.map((c) => [c.text, c.uncut ?? false]))).toEqual([
      [
        ['补贴渔船数', false],
        ['6620', true],
      ],
    ]);
    // A percent figure before the digits is a value, not the name's (特殊人群健康管理率 | 超上年2% | 达成目标值 | 5 | 5): nothing certain.
    const valued = cutRows(chars('特殊人群健康管理率超上年2%达成目标值55'), schema, false);
    expect(valued.certain.map((r) => r.cells.map((c) => [c.text, c.uncut ?? false]))).toEqual([
      [['特殊人群健康管理率超上年2%达成目标值55', true]],
    ]);
    // A text written twice before the digits is a target and an actual met as written, not the name's end: nothing certain.
    const twice = cutRows(chars('实施及时性及时及时1010'), schema, false);
    expect(twice.certain.map((r) => r.cells.map((c) => c.text))).toEqual([['实施及时性及时及时1010']]);
    expect(twice.certain[0]!.cells[0]!.uncut).toBe(true);
    // Rows before one that cuts no way are kept while one way alone fits each.
    const first = cutRows(chars('渔船补贴发放率100%100%10每年补助1000万元1000万元1000万元10'), schema, false);
    expect(first.ways).toBe(0);
    expect(first.certain.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['渔船补贴发放率', '100%', '100%', '10'],
      ['每年补助1000万元1000万元1000万元10'],
    ]);
  });

  it('a score sheet row: after a column of bare figures a text may start with a unit word (5 | 项目符合…); a name holds no sentence end', () => {
    const schema = { shapes: ['name', 'score', 'text', 'score'] as ('name' | 'score' | 'text')[], mayOmitLast: 0 };
    const cut = cutRows(chars('必要性(政策依据)5项目符合决策部署;符合需要5可行性(政策完善)5论证充分5'), schema, false);
    expect(cut.ways).toBe(1);
    expect(cut.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['必要性(政策依据)', '5', '项目符合决策部署;符合需要', '5'],
      ['可行性(政策完善)', '5', '论证充分', '5'],
    ]);
    // Without the sentence end, 必要性(政策依据)5项目符合…5可行性(政策完善) might be one name: not cut.
    expect(cutRows(chars('必要性(政策依据)5项目符合决策部署5可行性(政策完善)5论证充分5'), schema, false).ways).toBe(2);
  });

  it('spaced cells are words: a row one word short of its columns is not cut', () => {
    const schema = {
      shapes: ['name', 'value', 'value', 'score', 'score', 'text'] as ('name' | 'value' | 'score' | 'text')[],
      mayOmitLast: 1,
    };
    expect(cutRows(chars('合格率 ≥95% 98% 10 10 及时率 及时 10 10'), schema, true).ways).toBe(0);
    expect(cutRows(chars('合格率 ≥95% 98% 10 10 及时率 及时 及时 10 10'), schema, true).rows.map((r) => r.map((c) => c.text))).toEqual([
      ['合格率', '≥95%', '98%', '10', '10'],
      ['及时率', '及时', '及时', '10', '10'],
    ]);
  });
});

describe('synthetic Henan tables flattened (the generator renders them tab-separated; joined here onto one line each)', () => {
  const province = syntheticProvince({ scale: 0.002, seed: 3 });
  const text = province.document(province.organizations.find((o) => o.parent !== null)!).text;
  /** The project tables alone, each table's lines joined into one line (cells by `sep`), the tables a blank line apart. */
  const flatten = (sep: string) =>
    text
      .split(/\n(?=项目支出绩效自评表)/)
      .filter((t) => t.startsWith('项目支出绩效自评表'))
      .map((t) =>
        t
          .split('\n')
          .map((l) =>
            l
              .split('\t')
              .filter((c) => c.trim() !== '')
              .join(sep),
          )
          .filter((l) => l !== '')
          .join(sep),
      )
      .join('\n\n');
  const original = readWithTemplates(extracted(text)).projects;
  const readFlat = (flat: string) => {
    const blocks = readFlatBlocks(flat, readTextBlocks);
    expect(blocks).not.toBeNull();
    return readWithTemplates({ format: 'text', encoding: 'utf-8', text: flat, blocks: blocks! });
  };

  it('spaced: every project reads as its tab-separated table does, figure for figure', () => {
    expect(original.length).toBeGreaterThan(1);
    const reading = readFlat(flatten(' '));
    expect(reading.projects.map((p) => p.name)).toEqual(original.map((p) => p.name));
    reading.projects.forEach((p, k) => {
      const o = original[k]!;
      expect(funding(p)).toEqual(funding(o));
      expect(p.reportedTotalScore?.text).toBe(o.reportedTotalScore?.text);
      expect(p.indicators.map(figures)).toEqual(o.indicators.map(figures));
      expect(p.indicators.map((i) => i.deviationNote)).toEqual(o.indicators.map((i) => i.deviationNote));
      expect(p.indicators.every((i) => i.lines.start === k * 2 + 1)).toBe(true);
    });
  });

  it('glued: what is read equals the table, and every indicator not read is reported', () => {
    const reading = readFlat(flatten(''));
    expect(reading.projects.map((p) => p.name)).toEqual(original.map((p) => p.name));
    let read = 0;
    reading.projects.forEach((p, k) => {
      const o = original[k]!;
      for (const [i, f] of funding(p).entries()) if (f !== null) expect(f).toBe(funding(o)[i]);
      if (p.reportedTotalScore) expect(p.reportedTotalScore.text).toBe(o.reportedTotalScore?.text);
      const expected = new Map(o.indicators.map((i) => [i.name, figures(i)]));
      for (const i of p.indicators) expect(figures(i)).toEqual(expected.get(i.name));
      read += p.indicators.length;
      const missing = o.indicators.filter((i) => !p.indicators.some((x) => x.name === i.name));
      for (const m of missing) expect(reading.unread.some((u) => u.text.includes(m.name))).toBe(true);
    });
    expect(read).toBeGreaterThan(0);
  });
});

describe('synthetic Henan tables glued, over several seeds: names ending in digits (…准确率4 | 100%)', () => {
  /** The project tables of a document, each glued onto one line. */
  const glued = (text: string) =>
    text
      .split(/\n(?=项目支出绩效自评表)/)
      .filter((t) => t.startsWith('项目支出绩效自评表'))
      .map((t) => t.replace(/[\t\n]+/g, ''))
      .join('\n\n');

  it('never reads a target that the table does not hold (4100% from 准确率4 | 100%, 913 次 from 次数9 | 13 次 | 13 次): such rows are reported', () => {
    let percents = 0;
    let doubted = 0;
    for (const seed of [1, 2, 4, 5]) {
      const province = syntheticProvince({ scale: 0.002, seed });
      const text = province.document(province.organizations.find((o) => o.parent !== null)!).text;
      const original = readWithTemplates(extracted(text)).projects;
      const flat = glued(text);
      const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text: flat, blocks: readFlatBlocks(flat, readTextBlocks)! });
      reading.projects.forEach((p) => {
        const o = original.find((x) => x.name === p.name)!;
        // Percent targets, and the rows whose name in the table ends in digits and whose target is
        // met as written (`开展次数9` | `13 次` | `13 次`): the digits could open the target.
        const risky = (x: ParsedIndicator) =>
          /%$/.test(x.target?.text ?? '') ||
          o.indicators.some((y) => /\d$/.test(y.name) && y.name.startsWith(x.name) && y.target?.text === y.actual?.text);
        for (const i of p.indicators.filter(risky)) {
          const same = o.indicators.filter((x) => x.name === i.name);
          if (same.length !== 1) continue;
          percents++;
          expect(figures(i)).toEqual(figures(same[0]!));
        }
      });
      doubted += reading.unread.filter((u) => /率\d100%/.test(u.text.replace(/\s/g, ''))).length;
    }
    expect(percents).toBeGreaterThan(20);
    expect(doubted).toBeGreaterThan(0);
  });
});
