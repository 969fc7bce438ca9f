import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLineBrokenDocument } from '../../src/seedLayouts/lines';
import { DocumentFormatError } from '../../src/readers/formatError';
import type { ParsedDocument, ParsedProjectEvaluation } from '../../src/templates/parsed';

const SEED_DIR = process.env.JIXIAO_SEED_DIR ?? path.resolve('..', 'shared', 'seeds');
const SEED = readFileSync(path.join(SEED_DIR, '002_08c5a9fc441d161e.txt'), 'utf8');
const SEED_LINES = SEED.split('\n');

const doc: ParsedDocument = readLineBrokenDocument(SEED);

function project(name: string): ParsedProjectEvaluation {
  const p = doc.projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
}

/** Every cell must point at a source line that contains its text (modulo wrapping). */
function lineHas(line: number, text: string): boolean {
  const src = (SEED_LINES[line - 1] ?? '').replace(/\s+/g, '');
  const head = text.replace(/\s+/g, '').slice(0, 1);
  return src.includes(head);
}

describe('通城县 2023 (seed 002): document level', () => {
  it('is a line-broken 2023 document with 26 projects and one department evaluation', () => {
    expect(doc.format).toBe('line-broken');
    expect(doc.fiscalYear).toBe(2023);
    expect(doc.projects).toHaveLength(26);
    expect(doc.departmentEvaluations).toHaveLength(1);
    expect(doc.summaryTables).toHaveLength(0);
  });

  it('leaves no line of a recognised table unread', () => {
    expect(doc.unread).toEqual([]);
  });

  it('reads 205 project indicators, with the counts per project taken by hand', () => {
    expect(doc.projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(205);
    const counts = Object.fromEntries(doc.projects.map((p) => [p.name, p.indicators.length]));
    expect(counts['工伤病残等级鉴定费']).toBe(10);
    expect(counts['农民工工资清欠专项工作经费']).toBe(11);
    expect(counts['劳动仲裁办案专项工作经费']).toBe(7);
    expect(counts['社会保险基金监督工作经费']).toBe(8);
    expect(counts['事业单位公开招聘工作人员及引进高层次人才考试招聘费']).toBe(7);
    expect(counts['就业专项资金县级配套']).toBe(16);
  });

  it('keeps the project names in document order, including the wrapped titles', () => {
    expect(doc.projects.map((p) => p.name).slice(0, 3)).toEqual([
      '工伤病残等级鉴定费',
      '劳动仲裁办案专项工作经费',
      '农民工工资清欠专项工作经费',
    ]);
    expect(project('事业单位公开招聘工作人员及引进高层次人才考试招聘费').title).toBe(
      '2023 年度事业单位公开招聘工作人员及引进高层次人才考试招聘费项目自评表',
    );
    expect(project('被征地农民养老保险审核办公室工作经费').title).toBe('2023 年度被征地农民养老保险审核办公室工作经费项目自评表');
    expect(project('城乡居民养老保险 2022 年提高缴费年限养老金、丧抚费增加县级配套资金').lines.start).toBe(5081);
  });

  it('every cell points at the line its text stands on', () => {
    for (const p of doc.projects) {
      for (const c of [p.total.budget, p.total.executed, p.total.executionRate, p.total.score, p.reportedTotalScore]) {
        expect(c && lineHas(c.line, c.text), `${p.name}: ${JSON.stringify(c)}`).toBe(true);
      }
      for (const i of p.indicators) {
        for (const c of [i.target, i.actual, i.score])
          expect(c && lineHas(c.line, c.text), `${p.name}/${i.name}: ${JSON.stringify(c)}`).toBe(true);
        expect(i.lines.start).toBeLessThanOrEqual(i.lines.end);
        expect(i.lines.start).toBeGreaterThanOrEqual(p.lines.start);
        expect(i.lines.end).toBeLessThanOrEqual(p.lines.end);
      }
    }
  });
});

describe('seed 002: 工伤病残等级鉴定费', () => {
  const p = project('工伤病残等级鉴定费');

  it('header, units and ticked classification', () => {
    expect(p.title).toBe('2023 年度工伤病残等级鉴定费项目自评表');
    expect(p.fiscalYear).toBe(2023);
    expect(p.reportingUnit).toBe('通城县人力资源和社会保障局');
    expect(p.filledOn).toBe('2024 年 2 月 26 日');
    expect(p.supervisingDepartment).toBe('人力资源和社会保障局');
    expect(p.implementingUnit).toBe('人力资源和社会保障局'); // "人力资源和社会\n\n保障局"
    expect(p.classification).toEqual({ category: '一般公共预算', attribute: '持续性项目', type: '常年性项目' });
    expect(p.lines).toEqual({ start: 2105, end: 2234 });
  });

  it('budget execution: 5 5 100.00 20 (rate without %), weight (20 分)', () => {
    expect(p.total.budget).toEqual({ text: '5', line: 2142 });
    expect(p.total.executed).toEqual({ text: '5', line: 2142 });
    expect(p.total.executionRate).toEqual({ text: '100.00', line: 2142 });
    expect(p.total.score).toEqual({ text: '20', line: 2142 });
    expect(p.budgetWeight).toEqual({ text: '（20 分）', line: 2138 });
    expect(p.currentYearFunds).toBeNull();
  });

  it('indicators with values that contain spaces and names that wrap', () => {
    const [first, , third] = p.indicators;
    expect(first).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '受理工伤病残等级鉴定例数',
      target: { text: '100 例', line: 2172 },
      actual: { text: '126 例', line: 2172 },
      score: { text: '5', line: 2172 },
      lines: { start: 2172, end: 2172 },
    });
    expect(third).toMatchObject({
      level2: '时效指标',
      name: '劳动能力鉴定申请作出相应结论时间',
      target: { text: '≤60 日', line: 2180 },
      actual: { text: '≤60 日' },
      score: { text: '10' },
      lines: { start: 2177, end: 2180 },
    });
    const cost = p.indicators.find((i) => i.name === '项目成本控制');
    expect(cost).toMatchObject({ level2: '成本指标', target: { text: '≤5 万元' }, actual: { text: '5万元' }, score: { text: '10' } });
    const social = p.indicators.find((i) => i.level2 === '社会效益指标');
    expect(social).toMatchObject({ level1: '效益指标', name: '工伤病残等级认定、调解效益度', target: { text: '明显提高' } });
    const last = p.indicators[p.indicators.length - 1];
    expect(last).toMatchObject({
      level1: '满意度指标',
      level2: '满意度指标',
      name: '工伤鉴定服务对象满意度',
      target: { text: '≥90%' },
      actual: { text: '≥96%' },
      score: { text: '20' },
    });
  });

  it('total, analysis and the narrative paragraph from the final accounts', () => {
    expect(p.reportedTotalScore).toEqual({ text: '100', line: 2218 });
    expect(p.deviationAnalysis).toBe('无');
    expect(p.improvementMeasures).toBe('无');
    expect(p.narrative?.lines).toEqual({ start: 487, end: 494 });
    expect(p.narrative?.text).toContain('受理工伤病残等级鉴定 126 例');
  });
});

describe('seed 002: other projects', () => {
  it('农民工工资清欠: merged 二级指标 cells, values split over lines, a page number inside the table', () => {
    const p = project('农民工工资清欠专项工作经费');
    expect(p.indicators[0]).toMatchObject({
      level2: '数量指标',
      name: '解决农民工拖欠工资',
      target: { text: '2547.2077 万元', line: 2418 },
      actual: { text: '2547.2077 万元', line: 2419 },
      score: { text: '5', line: 2422 },
    });
    expect(p.indicators[1]).toMatchObject({
      level2: '数量指标',
      name: '农民工工资清欠案例',
      target: { text: '250 例' },
      actual: { text: '317 例' },
    });
    expect(p.indicators[6]).toMatchObject({ level2: '时效指标', name: '处理农民工工资清欠案例及时性', target: { text: '及时' } });
    expect(doc.warnings.some((w) => w.line === 2478 && /page number/.test(w.reason))).toBe(true);
    expect(p.deviationAnalysis).toMatch(/^农民工工资清欠案例指标的年初预算数为往年数据测算.*故存在一定差异。$/);
    expect(p.improvementMeasures).toBe('加强预算管理，合理编制绩效目标。');
  });

  it('城乡居民养老保险征缴工作经费: a soft 二级 label "服务对象满\\n意度" and "25.29 万\\n人"', () => {
    const p = project('城乡居民养老保险征缴工作经费');
    expect(p.indicators[0]).toMatchObject({
      name: '城乡居保参保缴费人数',
      target: { text: '25.29 万人', line: 3467 },
      actual: { text: '25.29 万人', line: 3470 },
    });
    expect(p.indicators[6]).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度', name: '城乡居民参保人员满意度' });
  });

  it('城乡居民养老保险县级配套: a lone comparator "≤" on its own line', () => {
    const p = project('城乡居民养老保险县级配套');
    expect(p.indicators[0]).toMatchObject({
      level2: '成本指标',
      name: '待遇及时足额发放',
      target: { text: '≤1785.88 万元', line: 5020 },
      actual: { text: '1785.88 万' },
    });
  });

  it('implementing units split over lines', () => {
    expect(project('退休人员社会代管理服务经费').implementingUnit).toBe('社会养老保险管理局');
    expect(project('城乡居民养老保险运行经费').implementingUnit).toBe('城乡居民养老保险局');
    expect(project('劳动保障监察执法办案经费').implementingUnit).toBe('劳动保障监察局');
    expect(project('机关事业单位养老保险运行工作经费').filledOn).toBe('2024 年 2 月 26 日');
  });

  it('budget figures of all 26 tables: 100.00 / 20 and the amounts', () => {
    for (const p of doc.projects) {
      expect(p.total.executionRate?.text, p.name).toBe('100.00');
      expect(p.total.score?.text, p.name).toBe('20');
      expect(p.total.budget?.text, p.name).toBe(p.total.executed?.text);
      expect(p.reportedTotalScore?.text, p.name).toBe('100');
    }
    expect(project('机关事业单位养老保险兜底补贴').total.budget?.text).toBe('16800');
    expect(project('城乡居民养老保险加发基础养老金').total.budget?.text).toBe('592.62');
  });

  it('attaches a narrative to every project: 7 full reports, 19 final-accounts paragraphs', () => {
    expect(doc.projects.every((p) => p.narrative !== null)).toBe(true);
    const reports = doc.projects.filter((p) => p.narrative?.text.includes('自评结论'));
    expect(reports.map((p) => p.name).sort()).toEqual(
      [
        '企业养老保险基金缺口县级配套资金',
        '工伤保险基金缺口县级配套资金',
        '机关事业单位养老保险兜底补贴',
        '城乡居民养老保险加发基础养老金',
        '城乡居民养老保险丧葬抚恤补贴',
        '城乡居民养老保险县级配套',
        '城乡居民养老保险 2022 年提高缴费年限养老金、丧抚费增加县级配套资金',
      ].sort(),
    );
    expect(project('企业养老保险基金缺口县级配套资金').narrative?.lines).toEqual({ start: 5536, end: 5643 });
    // The final-accounts paragraph says 社会化, the table 社会代: matched, with a warning.
    expect(project('退休人员社会代管理服务经费').narrative?.lines.start).toBe(610);
    expect(doc.warnings.some((w) => w.line === 610 && /differently/.test(w.reason))).toBe(true);
  });

  it('annex references are pointers to tables already read, not second copies', () => {
    const annex = doc.warnings.filter((w) => /annex reference/.test(w.reason));
    expect(annex.map((w) => w.line)).toEqual([1679, 5571, 5682, 5790, 5907, 6038, 6145, 6196, 6288]);
    expect(annex.find((w) => w.line === 6196)?.reason).toMatch(/repeated/);
    expect(annex.find((w) => w.line === 6145)?.reason).toMatch(/4951/);
  });
});

describe('seed 002: department-wide evaluation', () => {
  const d = doc.departmentEvaluations[0]!;

  it('header and budget execution', () => {
    expect(d.title).toBe('2023 年度县人社部门整体绩效自评表');
    expect(d.fiscalYear).toBe(2023);
    expect(d.unitName).toBe('通城县人力资源和社会保障局');
    expect(d.filledOn).toBe('2024 年 2 月 26 日');
    expect(d.basicExpenditure).toEqual({ text: '1807.08', line: 996 });
    expect(d.projectExpenditure).toEqual({ text: '21468.3', line: 996 });
    expect(d.budget).toEqual({ text: '21468.3', line: 1015 });
    expect(d.executed).toEqual({ text: '21468.3', line: 1015 });
    expect(d.executionRate).toEqual({ text: '100.00', line: 1015 });
    expect(d.budgetScore).toEqual({ text: '20', line: 1015 });
    expect(d.budgetWeight).toEqual({ text: '（20 分）', line: 1011 });
    expect(d.reportedTotalScore).toEqual({ text: '100', line: 1581 });
    expect(d.lines).toEqual({ start: 984, end: 1597 });
    expect(d.indicators).toHaveLength(0);
  });

  it('7 weighted goals with 54 indicators (6, 6, 10, 9, 6, 7, 10)', () => {
    expect(d.goals.map((g) => g.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(d.goals.map((g) => g.weight?.text)).toEqual([
      '（10 分）',
      '（10 分）',
      '（15 分）',
      '（15 分）',
      '（10 分）',
      '（10 分）',
      '（10 分）',
    ]);
    expect(d.goals.map((g) => g.indicators.length)).toEqual([6, 6, 10, 9, 6, 7, 10]);
  });

  it('goal 1', () => {
    const g = d.goals[0]!;
    expect(g.weight).toEqual({ text: '（10 分）', line: 1019 });
    expect(g.name).toBe('为满足通城县人才发展服务工作需要，拟订人办资源市场发展规划，负责全县高层次人才引进、服务等事务性工作');
    expect(g.lines).toEqual({ start: 1017, end: 1079 });
    expect(g.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '事业单位工作人员录取人数',
      target: { text: '118 人', line: 1049 },
      actual: { text: '118 人', line: 1049 },
      score: { text: '2', line: 1049 },
    });
    expect(g.indicators[1]).toMatchObject({ level2: '时效指标', target: { text: '12 月底前' }, actual: { text: '12 月底前' } });
    expect(g.indicators[3]).toMatchObject({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '招考录用、统筹安排高校毕业生就业',
      target: { text: '明显提高' },
      score: { text: '1' },
    });
    expect(g.indicators[4]).toMatchObject({ level2: '可持续性影响指标', name: '促进人才监督管理，统筹配置', target: { text: '长期' } });
    expect(g.indicators[5]).toMatchObject({
      level1: '满意度指标',
      level2: '满意度指标',
      name: '服务对象满意度',
      target: { text: '≥90%' },
      actual: { text: '≥96%' },
    });
  });

  it('goal 3: the header "指标" displaced by a page break, a cost row split over five lines', () => {
    const g = d.goals[2]!;
    expect(g.indicators[5]).toMatchObject({
      level2: '成本指标',
      name: '农民工工资清欠涉及金额',
      target: { text: '2547.2077 万元', line: 1191 },
      actual: { text: '2547.2077万元', line: 1195 },
      score: { text: '1.5', line: 1198 },
      lines: { start: 1190, end: 1198 },
    });
  });

  it('keeps the department-wide narrative report (lines 1600–2101) with the evaluation', () => {
    const narrative = doc.departmentEvaluations[0]!.narrative!;
    expect(narrative.lines).toEqual({ start: 1600, end: 2101 });
    expect(narrative.text).toContain('2023年人社局部门项目整体绩效自评分为100分');
    expect(doc.warnings.some((w) => /department-wide narrative/.test(w.reason))).toBe(false);
  });
});

describe('seed 002: final accounts (部门决算) from the explanatory prose', () => {
  it('income, expenditure, basic/project expenditure and 三公经费 with their lines', () => {
    const a = doc.finalAccounts!;
    expect(a.fiscalYear).toBe(2023);
    expect(a.unitName).toBe('通城县人社局');
    expect(a.totalIncome).toEqual({ text: '2820.06', line: 146 });
    expect(a.totalExpenditure).toEqual({ text: '2820.06', line: 174 });
    expect(a.basicExpenditure).toEqual({ text: '2544.29', line: 182 });
    expect(a.projectExpenditure).toEqual({ text: '275.77', line: 184 }); // "项目支\n\n出 275.77"
    expect(a.threePublicBudget).toEqual({ text: '34.96', line: 342 });
    expect(a.threePublicActual).toEqual({ text: '21.75', line: 344 });
    expect(a.lines).toEqual({ start: 146, end: 344 });
  });
});

describe('bad input', () => {
  it('empty and blank input', () => {
    expect(() => readLineBrokenDocument('')).toThrow(DocumentFormatError);
    expect(() => readLineBrokenDocument(' \n\n\t \n')).toThrow(/empty/);
  });

  it('binary input, with the line of the first NUL byte', () => {
    const bin = 'abc\n项目名称 x\n\u0000\u0001\u0002';
    expect(() => readLineBrokenDocument(bin)).toThrow(DocumentFormatError);
    try {
      readLineBrokenDocument(bin);
    } catch (e) {
      expect((e as DocumentFormatError).line).toBe(3);
    }
    const noise = Array.from({ length: 400 }, (_, k) => String.fromCharCode(1 + (k % 30))).join('');
    expect(() => readLineBrokenDocument(noise)).toThrow(/binary/);
  });

  it('text with no recognisable table', () => {
    expect(() => readLineBrokenDocument('这是一段普通的文字。\n没有任何表格。\n')).toThrow(/no recognisable/);
  });

  it('a table truncated mid-indicators keeps what is readable and says where it stopped', () => {
    const cut = SEED_LINES.slice(0, 2186).join('\n'); // inside 工伤病残等级鉴定费, after the 质量指标 rows
    const d = readLineBrokenDocument(cut);
    expect(d.projects).toHaveLength(1);
    const p = d.projects[0]!;
    expect(p.indicators).toHaveLength(6);
    expect(p.reportedTotalScore).toBeNull();
    expect(d.warnings.some((w) => w.line === 2186 && /no 总分/.test(w.reason))).toBe(true);
  });

  it('a row cut in the middle goes to unread with its line', () => {
    const cut = SEED_LINES.slice(0, 2177).join('\n'); // "时效指标\n劳动能力鉴定申请作出相应结论" without values
    const d = readLineBrokenDocument(cut);
    expect(d.projects[0]!.indicators).toHaveLength(2);
    expect(d.unread).toEqual([expect.objectContaining({ line: 2177, text: '劳动能力鉴定申请作出相应结论' })]);
  });

  it('a budget row with a missing column is read with a warning', () => {
    const lines = [...SEED_LINES];
    expect(lines[2141]).toBe('5 5 100.00 20');
    lines[2141] = '5 5 100.00';
    const d = readLineBrokenDocument(lines.join('\n'));
    const p = d.projects.find((x) => x.name === '工伤病残等级鉴定费')!;
    expect(p.total.budget?.text).toBe('5');
    expect(p.total.executionRate?.text).toBe('100.00');
    expect(p.total.score).toBeNull();
    expect(d.warnings.some((w) => w.line === 2142 && /3 of 4 figures/.test(w.reason))).toBe(true);
  });

  it('an indicator row with a missing column goes to unread', () => {
    const lines = [...SEED_LINES];
    expect(lines[2171]).toBe('数量指标 受理工伤病残等级鉴定例数 100 例 126 例 5');
    lines[2171] = '数量指标 受理工伤病残等级鉴定例数 100 例 5';
    const d = readLineBrokenDocument(lines.join('\n'));
    const p = d.projects.find((x) => x.name === '工伤病残等级鉴定费')!;
    expect(p.indicators).toHaveLength(9);
    expect(d.unread.some((u) => u.line === 2172)).toBe(true);
  });

  it('a malformed number like "1,2.3万" is kept as text, with a warning on its line', () => {
    const lines = [...SEED_LINES];
    lines[2171] = '数量指标 受理工伤病残等级鉴定例数 1,2.3万 126 例 5';
    lines[2141] = '1,2.3万 5 100.00 20';
    const d = readLineBrokenDocument(lines.join('\n'));
    const p = d.projects.find((x) => x.name === '工伤病残等级鉴定费')!;
    expect(p.indicators[0]).toMatchObject({
      name: '受理工伤病残等级鉴定例数',
      target: { text: '1,2.3万', line: 2172 },
      actual: { text: '126 例' },
    });
    expect(p.total.budget).toEqual({ text: '1,2.3万', line: 2142 });
    expect(
      d.warnings
        .filter((w) => w.text === '1,2.3万')
        .map((w) => w.line)
        .sort(),
    ).toEqual([2142, 2172]);
  });

  it('a table printed twice is loaded once, with a warning', () => {
    const table = SEED_LINES.slice(2104, 2235); // lines 2105–2235: 工伤病残等级鉴定费
    const doubled = [...SEED_LINES.slice(0, 2235), ...table, ...SEED_LINES.slice(2235)].join('\n');
    const d = readLineBrokenDocument(doubled);
    expect(d.projects).toHaveLength(26);
    expect(d.warnings.some((w) => /repeats the table at lines 2105–2234/.test(w.reason))).toBe(true);
  });
});
