import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentFormatError } from '../../src/readers/formatError';
import type { ParsedDocument, ParsedIndicator } from '../../src/templates/parsed';
import { readTabularDocument } from '../../src/seedLayouts/tabs';
import { SEED_DIR } from '../support/database';

function seed(prefix: string): string {
  const f = readdirSync(SEED_DIR).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!f) throw new Error(`seed ${prefix} missing`);
  return readFileSync(join(SEED_DIR, f), 'utf8');
}

const indicatorCount = (d: ParsedDocument): number => d.projects.reduce((s, p) => s + p.indicators.length, 0);
const project = (d: ParsedDocument, name: string) => {
  const p = d.projects.find((x) => x.name === name);
  if (!p) throw new Error(`project ${name} not found`);
  return p;
};
const indicator = (list: ParsedIndicator[], name: string): ParsedIndicator => {
  const i = list.find((x) => x.name === name);
  if (!i) throw new Error(`indicator ${name} not found`);
  return i;
};

describe('000 黄石市 (Hubei project tables)', () => {
  const doc = readTabularDocument(seed('000_'));

  it('finds every table', () => {
    expect(doc.format).toBe('tabular');
    expect(doc.fiscalYear).toBe(2021);
    expect(doc.projects).toHaveLength(20);
    expect(indicatorCount(doc)).toBe(151);
    expect(doc.projects.map((p) => p.indicators.length)).toEqual([7, 7, 10, 6, 9, 7, 6, 6, 7, 10, 5, 6, 8, 7, 8, 9, 10, 5, 10, 8]);
    expect(doc.summaryTables).toHaveLength(0);
    expect(doc.departmentEvaluations).toHaveLength(0);
    // The 备注 1–4 footnote is repeated under three tables (once truncated): kept once.
    expect(doc.notes).toHaveLength(1);
    expect(doc.notes[0]?.lines).toEqual({ start: 631, end: 636 });
    expect(doc.notes[0]?.text).toContain('4. 基于经济性和必要性等因素考虑');
  });

  it('reads 12333信息平台建设经费', () => {
    const p = project(doc, '12333信息平台建设经费');
    expect(p.title).toBe('2021年度12333信息平台建设经费项目自评表');
    expect(p.fiscalYear).toBe(2021);
    expect(p.filledOn).toBe('2022年5月29日');
    expect(p.supervisingDepartment).toBe('黄石市人力资源和社会保障局');
    expect(p.implementingUnit).toBe('黄石市人力资源和社会保障局');
    expect(p.classification).toEqual({ category: '部门预算项目', attribute: '持续性项目', type: '常年性项目' });
    expect(p.budgetWeight?.text).toBe('(20分)');
    expect(p.total.budget).toEqual({ text: '45', line: 18 });
    expect(p.total.executed).toEqual({ text: '44.3', line: 18 });
    expect(p.total.executionRate).toEqual({ text: '98.44%', line: 18 });
    expect(p.total.score).toEqual({ text: '20', line: 18 });
    expect(p.reportedTotalScore).toEqual({ text: '98', line: 27 });
    expect(p.deviationAnalysis).toContain('12333预算投入与实际需求还有一定差距');
    expect(p.improvementMeasures).toBe('预算编制时申请增加相应预算投入。');
    expect(p.lines).toEqual({ start: 3, end: 29 });
    const calls = indicator(p.indicators, '全年话务总量');
    expect(calls).toMatchObject({ level1: '产出指标 (40分)', level2: '数量指标', weight: null, lines: { start: 20, end: 20 } });
    expect(calls.target).toEqual({ text: '8万', line: 20 });
    expect(calls.actual).toEqual({ text: '11.3万', line: 20 });
    expect(calls.score).toEqual({ text: '10', line: 20 });
    // Merged 一级指标 "效益指标 (20分)" printed on the 成本指标 row: the cost row stays under 产出.
    const cost = indicator(p.indicators, '设计预算成本计划降低率');
    expect(cost).toMatchObject({ level1: '产出指标 (40分)', level2: '成本指标', score: null });
    expect(cost.actual?.text).toBe('1.60%');
    // A level-2 label shifted into the level-1 column.
    expect(indicator(p.indicators, '提升人社政策知晓度，让更多群众享受人社优惠政策')).toMatchObject({
      level1: '效益指标 (20分)',
      level2: '社会效益指标',
    });
    expect(indicator(p.indicators, '服务满意度')).toMatchObject({ level1: '满意度指标 (20分)', level2: '服务对象满意度指标' });
  });

  it('reads 专家津贴 and budget rows split over two lines', () => {
    const p = project(doc, '专家津贴');
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text, p.total.score?.text]).toEqual([
      '33',
      '0',
      '0.00%',
      '20',
    ]);
    expect(p.total.budget?.line).toBe(305);
    const s = project(doc, '人社专项经费'); // label on line 161, figures on line 162
    expect([s.total.budget?.text, s.total.executed?.text, s.total.executionRate?.text, s.total.score?.text]).toEqual([
      '40',
      '40',
      '100.00%',
      '20',
    ]);
    expect(s.total.budget?.line).toBe(162);
    const m = project(doc, '社保基金监管专项经费');
    expect(m.total.executionRate?.text).toBe('58.61'); // written without %
    expect(m.reportedTotalScore?.text).toBe('92分');
  });

  it('splits several values in one cell and infers the 一级指标 of misplaced rows', () => {
    const p = project(doc, '劳动保障监察办案（农民工工资清欠）费');
    expect(p.title).toBe('2021 年度劳动保障监察办案(农民工工资清欠) 费项目自评表');
    expect(p.reportingUnit).toBe('黄石市劳动保障监察支队');
    expect(p.total.executionRate?.text).toBe('77.64');
    expect(p.indicators).toHaveLength(6);
    const first = p.indicators[0];
    expect(first?.target?.text).toBe('100%');
    expect(first?.actual?.text).toBe('100%');
    expect(first?.score).toEqual({ text: '20', line: 330 });
    const sat = indicator(p.indicators, '群众满意率达 98%以上');
    expect([sat.target?.text, sat.actual?.text, sat.score?.text]).toEqual(['98%', '99%', '20']);
    expect(doc.warnings.some((w) => w.line === 330 && w.reason.includes('several values'))).toBe(true);
  });

  it('attaches narrative reports to the project table that follows them', () => {
    const withNarrative = doc.projects.filter((p) => p.narrative !== null);
    expect(withNarrative.map((p) => p.name)).toEqual(['档案管理费用（含库房租赁费用）', '社会保险综合服务费用']);
    const a = withNarrative[0];
    expect(a?.narrative?.lines).toEqual({ start: 343, end: 409 });
    expect(a?.narrative?.text).toContain('全年财政资金预算 140 万');
    expect(a?.reportingUnit).toBe('黄石市社会保险事业局');
    expect(a?.filledOn).toBe('2022年5月31日');
    expect(a?.total.budget?.text).toBe('140万元');
    expect(withNarrative[1]?.narrative?.lines.start).toBe(442);
  });

  it('reads checkboxes written before the option and non-standard 二级指标', () => {
    const p = project(doc, '综合柜员制信息系统建设费用');
    expect(p.classification).toEqual({ category: '部门预算项目', attribute: '新增性项目', type: '一次性项目' });
    const j = project(doc, '创业促就业工作经费');
    expect(j.title).toBe('项目自评表');
    expect(j.reportingUnit).toBe('黄石市劳动就业管理局');
    expect(indicator(j.indicators, '新增贷款笔数')).toMatchObject({ level1: '产出指标', level2: '创业担保贷款' });
    expect(indicator(j.indicators, '服务对象满意率').target?.text).toBe('$\\geq 95\\%$');
    // "黄石市劳动就业管理局" stands alone inside the table.
    expect(doc.unread).toEqual([expect.objectContaining({ line: 626 })]);
    expect(project(doc, '就业配套补助经费').reportedTotalScore?.text).toBe('83.26');
  });
});

describe('001 新乡县 (Henan project tables, summaries, department table)', () => {
  const doc = readTabularDocument(seed('001_'));

  it('finds every table', () => {
    expect(doc.fiscalYear).toBe(2021);
    expect(doc.projects).toHaveLength(11);
    expect(indicatorCount(doc)).toBe(122);
    expect(doc.projects.map((p) => p.indicators.length)).toEqual([8, 8, 7, 12, 22, 7, 25, 15, 6, 6, 6]);
    expect(doc.summaryTables).toHaveLength(5);
    expect(doc.summaryTables.map((s) => s.rows.length)).toEqual([4, 3, 1, 3, 11]);
    expect(doc.departmentEvaluations).toHaveLength(1);
    expect(doc.departmentEvaluations[0]?.indicators).toHaveLength(39);
    expect(doc.departmentEvaluations[0]?.goals).toHaveLength(0);
    expect(doc.notes).toHaveLength(1);
    expect(doc.notes[0]?.lines.start).toBe(743);
    expect(doc.unread).toEqual([]);
  });

  it('reads the Henan funding block and indicator columns', () => {
    const p = project(doc, '建档立卡优秀务工人员奖补');
    expect(p.title).toBe('项目支出绩效自评表 (2021年度)');
    expect(p.total).toEqual({
      initialBudget: { text: '20', line: 8 },
      budget: { text: '16.06', line: 8 },
      executed: { text: '16.06', line: 8 },
      executionRate: { text: '80.3%', line: 8 },
      weight: { text: '10', line: 8 },
      score: { text: '8', line: 8 },
    });
    expect(p.budgetWeight?.text).toBe('10');
    expect(p.currentYearFunds?.executed?.text).toBe('16.06');
    expect(p.currentYearFunds?.weight?.text).toBe('—');
    expect(p.carryOverFunds?.budget).toBeNull();
    expect(p.otherFunds).not.toBeNull();
    expect(p.expectedGoal).toContain('根据新脱指(2017)72号文件精神');
    expect(p.actualOutcome).toContain('激励更多贫困劳动力实现就业');
    expect(p.reportedTotalScore).toEqual({ text: '96.97', line: 33 });
    const first = p.indicators[0];
    expect(first).toMatchObject({ name: '享受一次性奖补劳动脱贫人数', level1: '产出指标 (50分)', level2: '数量指标' });
    expect([first?.target?.text, first?.actual?.text, first?.weight?.text, first?.score?.text]).toEqual(['47人', '47人', '10', '10']);
    // Empty "指标2：" slots are not indicators.
    expect(p.indicators.some((i) => i.name === '' || i.name.startsWith('指标'))).toBe(false);
    expect(indicator(p.indicators, '受益贫困人口满意度').score?.text).toBe('9.47');
  });

  it('keeps deviation notes, continued names and shifted rows', () => {
    const o = project(doc, '劳动保障监察日常办公经费');
    expect(o.implementingUnit).toBe('新乡县劳动保障监察大队');
    expect(o.carryOverFunds?.executionRate?.text).toBe('93%');
    expect(indicator(o.indicators, '劳动保障监察日 常办公经费').deviationNote).toContain('因案件比上 年度减少');
    const q = project(doc, '其他普惠发展支出');
    expect(indicator(q.indicators, '劳务派遣人员数').lines).toEqual({ start: 277, end: 279 });
    expect(indicator(q.indicators, '保障单位工作正常开展')).toMatchObject({ level1: '效益指标 (30分)', level2: '社会效益' });
    const s = project(doc, '社会保险经办工作经费');
    expect(indicator(s.indicators, '通信光纤')).toMatchObject({ level1: '产出指标 (50分)', level2: '数量指 标' });
    const t = project(doc, '高校毕业生“三支一扶”计划中央和市补助资金');
    expect(project(doc, '高校毕业生“三支一扶”计划中央和市补助资金').implementingUnit).toBe('新乡县人力资源和社会保障局'); // label "实施单"
    expect(indicator(t.indicators, '指标2').score?.text).toBe('6.65');
  });

  it('reads the summary tables', () => {
    const last = doc.summaryTables[4];
    expect(last?.unitName).toBe('新乡县人力资源和社会保障局');
    expect(last?.compiledOn).toBe('2022年7月11日');
    const unitTable = doc.summaryTables[3];
    expect(unitTable?.unitName).toBe('新乡县劳动保障监察大队');
    const row = unitTable?.rows.find((r) => r.projectName === '劳动保障监察日常办公经费');
    expect(row).toMatchObject({ position: 2, lines: { start: 499, end: 499 } });
    expect(row?.budget?.text).toBe('4.54');
    expect(row?.executed?.text).toBe('4.49');
    expect(row?.executionRate).toEqual({ text: '13.3%', line: 499 });
    expect(row?.outputScoreRate?.text).toBe('99%');
    expect(row?.totalScore?.text).toBe('100');
    expect(last?.rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(last?.rows[7]?.executionRate?.text).toBe('79.4');
  });

  it('reads the department-wide table', () => {
    const d = doc.departmentEvaluations[0];
    expect(d?.unitName).toBe('新乡县人力资源和社会保障局');
    expect(d?.title).toBe('部门（单位）整体绩效自评表 （2021年度）');
    expect(d?.budget?.text).toBe('1687.40');
    expect(d?.basicExpenditure?.text).toBe('782.69');
    expect(d?.projectExpenditure?.text).toBe('904.71');
    expect(d?.annualObjectives).toContain('目标 1：深入贯彻落实各项社保政策');
    const levels = new Set(d?.indicators.map((i) => i.level1));
    expect([...levels]).toEqual(['投入指标 (15分)', '过程指标 (25分)', '产出指标 (30分)', '效益指标 (30分)']);
    const i = indicator(d?.indicators ?? [], '预算执行率');
    expect([i.level2, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text]).toEqual(['预算执行', '>90%', '99.66%', '2', '2']);
    expect(indicator(d?.indicators ?? [], '年度工作目标 4 实现率').level2).toBe('履职目标实 现');
    expect(indicator(d?.indicators ?? [], '社会效益：促进劳动关 系的和谐稳定、仲裁信访服务更高效').lines).toEqual({ start: 734, end: 736 });
    expect(doc.notes[0]?.text).toContain('自评采用打分评价的形式');
  });

  it('takes the department-wide total from its report when the table has no 总分 row', () => {
    const d = doc.departmentEvaluations[0];
    expect(d?.reportedTotalScore).toEqual({ text: '94.99', line: 813 });
  });
});

describe('003 十堰市 (Hubei department-wide table)', () => {
  const doc = readTabularDocument(seed('003_'));
  const d = doc.departmentEvaluations[0];

  it('finds the table, goals and indicators', () => {
    expect(doc.projects).toHaveLength(0);
    expect(doc.summaryTables).toHaveLength(0);
    expect(doc.departmentEvaluations).toHaveLength(1);
    expect(d?.goals).toHaveLength(7);
    expect(d?.goals.map((g) => g.indicators.length)).toEqual([9, 7, 6, 5, 5, 3, 3]);
    expect(d?.indicators).toHaveLength(0);
    expect(d?.goals.map((g) => g.weight?.text)).toEqual(['(18分)', '(18分)', '（12分）', '（10分）', '(10分)', '(8分)', '(4分)']);
    expect(doc.unread).toEqual([]);
  });

  it('reads the header block', () => {
    expect(doc.fiscalYear).toBe(2021);
    expect(d?.fiscalYear).toBe(2021);
    expect(d?.unitName).toBe('十堰市人力资源和社会保障局');
    expect(d?.reportedTotalScore).toEqual({ text: '97', line: 7 });
    expect(d?.filledOn).toBe('2022年04月14日');
    expect(d?.basicExpenditure).toEqual({ text: '7593.94', line: 10 });
    expect(d?.projectExpenditure).toEqual({ text: '2478.73', line: 10 });
    expect(d?.budgetWeight?.text).toBe('(20分)');
    expect(d?.budget).toBeNull(); // the template prints the header but no figures
  });

  it('reads goal 1 and resolves 同上', () => {
    const g = d?.goals[0];
    expect(g).toMatchObject({ position: 1, name: '积极促进就业创业工作。', lines: { start: 13, end: 22 } });
    expect(g?.weight).toEqual({ text: '(18分)', line: 13 });
    const i = indicator(g?.indicators ?? [], '全年城镇新增就业人数');
    expect(i.target).toEqual({ text: '3.5万人', line: 14 });
    expect(i.actual).toEqual({ text: '4.97万人', line: 14 });
    expect(i.weight).toEqual({ text: '2', line: 14 });
    expect(i.score).toEqual({ text: '2', line: 14 });
    expect(i.description).toBe('全年城镇新增就业人数3.5万人');
    expect(i.scoringRule).toMatch(/^产出目标完成率=/);
    const next = indicator(g?.indicators ?? [], '城镇失业人员再就业人数');
    expect(next.scoringRule).toBe(i.scoringRule);
    // Shifted row: the 一级指标 cell is missing and everything moved left.
    expect(indicator(g?.indicators ?? [], '城镇登记失业率')).toMatchObject({
      level2: '质量指标',
      weight: { text: '2', line: 22 },
      score: { text: '2', line: 22 },
    });
  });

  it('copes with fragments, duplicated cells and line-level goals', () => {
    const g3 = d?.goals[2];
    expect(g3?.name).toBe('深化人才工作改革创新。');
    const dup = indicator(g3?.indicators ?? [], '对全市专业技术人员进行职称评定');
    expect([dup.actual?.text, dup.score?.text]).toEqual(['完成', '1']);
    expect(doc.warnings.some((w) => w.line === 39 && w.reason.includes('extra cell'))).toBe(true);
    const g4 = d?.goals[3];
    expect(indicator(g4?.indicators ?? [], '事业单位公开招聘考率')).toMatchObject({
      level1: '产出指标（分值权重50%）',
      level2: '质量指标',
    });
    const g7 = d?.goals[6];
    expect(indicator(g7?.indicators ?? [], '资金管理')).toMatchObject({ level2: '约束性指标', weight: { text: '—', line: 72 } });
    expect(doc.warnings.filter((w) => w.reason.includes('labels only')).map((w) => w.line)).toEqual([32, 42, 66]);
  });
});

describe('bad input', () => {
  it('rejects empty input', () => {
    expect(() => readTabularDocument('')).toThrow(DocumentFormatError);
    expect(() => readTabularDocument('  \n\n \t\n')).toThrow(/empty/);
  });

  it('rejects binary input', () => {
    const bin = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x09, 0x41]).toString('latin1');
    expect(() => readTabularDocument(bin)).toThrow(/binary/);
    const garbage = Array.from({ length: 400 }, (_, i) => String.fromCharCode(((i * 37) % 31) + 1)).join('');
    expect(() => readTabularDocument(garbage)).toThrow(DocumentFormatError);
  });

  it('rejects text without a recognisable table', () => {
    expect(() => readTabularDocument('一、自评结论\n\n根据自评表显示，得分为 100 分。\n')).toThrow(DocumentFormatError);
    expect(() => readTabularDocument('a\tb\tc\n1\t2\t3\n')).toThrow(/no recognisable/);
  });

  const table = [
    '2021年度测试项目自评表',
    '项目名称\t测试项目\t\t\t\t\t',
    '主管部门\t测试局\t\t项目实施单位\t测试局\t\t',
    '预算执行情况 (万元) (20分)\t\t预算数 (A)\t执行数(B)\t执行率(B/A)\t得分\t',
    '\t年度财政资金总额\t10\t9\t90%\t18\t',
    '年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分',
    '\t产出指标 (40分)\t数量指标\t培训人数\t100人\t120人\t20',
    '\t\t质量指标\t合格率\t1,2.3万\t≥95%\t20',
  ];

  it('keeps a truncated table and warns with the line number', () => {
    const doc = readTabularDocument(table.join('\n'));
    expect(doc.projects).toHaveLength(1);
    const p = doc.projects[0];
    expect(p?.indicators).toHaveLength(2);
    // Odd cells are kept as written: the domain flags them.
    expect(p?.indicators[1]?.target).toEqual({ text: '1,2.3万', line: 8 });
    expect(doc.warnings.some((w) => w.line === 8 && w.reason.includes('总分'))).toBe(true);
    const cut = readTabularDocument(table.slice(0, 5).join('\n'));
    expect(cut.projects[0]?.total.budget?.text).toBe('10');
    expect(cut.warnings.some((w) => w.reason.includes('no indicator header'))).toBe(true);
  });

  it('reads a table with a missing column and says which', () => {
    const noActual = table.map((l) => l.replace('\t实际完成值(B)', '').replace('\t120人', '').replace('\t≥95%', ''));
    const doc = readTabularDocument(noActual.join('\n'));
    const p = doc.projects[0];
    expect(doc.warnings.some((w) => w.line === 6 && w.reason.includes('实际完成值'))).toBe(true);
    expect(p?.indicators.map((i) => [i.target?.text, i.actual, i.score?.text])).toEqual([
      ['100人', null, '20'],
      ['1,2.3万', null, '20'],
    ]);
  });

  it('reports garbage lines inside a table as unread, with their line number', () => {
    const lines = [...table, '总分\t98\t\t\t\t\t'];
    lines.splice(7, 0, '\t\t\t\u00a7\u00a7@@##\tzz\tqq\tyy\txx\tww\tvv\t', '这一行不是表格');
    const doc = readTabularDocument(lines.join('\n'));
    const p = doc.projects[0];
    expect(p?.indicators.map((i) => i.name)).toEqual(['培训人数', '合格率']);
    expect(doc.unread.map((u) => u.line)).toEqual([8, 9]);
    expect(p?.reportedTotalScore?.text).toBe('98');
  });

  it('reads ☑/☐ and √/□ checkboxes', () => {
    const lines = [...table];
    lines.splice(3, 0, '项目类别\t☐部门预算项目 ☑市直专项\t\t', '项目属性\t1、持续性项目 □ 2、新增性项目 √\t');
    const p = readTabularDocument(lines.join('\n')).projects[0];
    expect(p?.classification).toEqual({ category: '市直专项', attribute: '新增性项目', type: null });
  });
});

describe('a 汇总表 without the 得分率 columns (序号 / 项目名称 / 全年预算数 / 执行数 / 执行率 / 自评得分)', () => {
  // 001's first summary table with its three 得分率 columns taken out of the header and every row.
  const lines = seed('001_').split('\n');
  const header = lines.findIndex((l) => l.startsWith('序号\t项目名称'));
  const without = lines.map((l, i) =>
    i >= header && i < header + 5
      ? l
          .split('\t')
          .filter((_, k) => k < 5 || k > 7)
          .join('\t')
      : l,
  );
  const doc = readTabularDocument(without.join('\n'));
  const table = doc.summaryTables[0]!;

  it('is read with its rows, and no cell is said to be missing from columns it does not have', () => {
    expect(table.rows.map((r) => [r.projectName, r.executionRate?.text, r.totalScore?.text, r.outputScoreRate])).toEqual([
      ['建档立卡优秀务工人员 奖补', '100%', '96.97', null],
      ['事业单位招聘', '13.3%', '99.6', null],
      ['人事局工作经费', '71.4%', '91.79', null],
      ['高校毕业生”三支一扶” 计划中央和市补助资金', expect.any(String), expect.any(String), null],
    ]);
    expect(doc.warnings.filter((w) => w.reason.includes('得分率 cell'))).toEqual([]);
  });

  it('a cell missing from a column the table has is still said to be', () => {
    const cut = without.map((l, i) => (i === header + 2 ? l.replace('\t13.3%\t', '\t\t') : l));
    const reasons = readTabularDocument(cut.join('\n')).warnings.map((w) => w.reason);
    expect(reasons).toContain('summary row 2 「事业单位招聘」 has no 执行率 cell: an empty or shifted cell');
  });
});

describe('a form’s sign-off under it (填报人：… 联系电话：… 填报日期：…)', () => {
  it('is no row of the project table, nor a line not understood; spaced out too', () => {
    const lines = seed('000_').split('\n');
    const total = lines.findIndex((l) => l.startsWith('总分\t'));
    for (const signOff of ['填报人：张三\t\t联系电话：12345678\t\t填报日期：2022年3月15日', '填 表 人：张三\t\t\t\t']) {
      const text = [...lines.slice(0, total + 1), signOff, ...lines.slice(total + 1)].join('\n');
      const doc = readTabularDocument(text);
      expect(doc.unread.filter((u) => u.line === total + 2)).toEqual([]);
      expect(doc.projects.length).toBe(readTabularDocument(seed('000_')).projects.length);
    }
  });
});
