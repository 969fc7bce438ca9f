/**
 * The template reader on real documents (test/templates/README.md gives each excerpt's address):
 * tables recognised by their labels, cells placed only where that is certain, placeholders read
 * as "not reported", rows that cannot be placed reported with their lines — and a document's
 * complete tables loaded through importDocument beside the incomplete ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import type { FundingLine } from '../../src/templates/parsed';
import type { Block } from '../../src/tables/model';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { emptyDatabase, seedText } from '../support/database';

const excerpt = (name: string) => fs.readFileSync(path.join(__dirname, 'excerpts', name), 'utf8');
const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const texts = (line: FundingLine | null) => line && Object.fromEntries(Object.entries(line).map(([k, c]) => [k, c?.text ?? null]));

describe('Sichuan 部门预算项目支出绩效自评表, one cell per line (青神县, scqs.gov.cn)', () => {
  const reading = read(excerpt('sichuan-qingshen-stream.txt'));
  const p = reading.projects[0]!;

  it('reads one complete project, its code apart from its name', () => {
    expect(reading.projects).toHaveLength(1);
    expect(reading.unread).toEqual([]);
    expect(p.templateId).toBe('sichuan-project');
    expect(p.readingProblems).toEqual([]);
    expect(p).toMatchObject({
      title: '部门预算项目支出绩效自评表(2023年度)',
      fiscalYear: 2023,
      name: '工资性支出',
      code: '51000021R000000019951',
      supervisingDepartment: '青神县发展和改革局本级',
      implementingUnit: '青神县发展和改革局',
      budgetWeight: { text: '(10分)', line: 22 },
      expectedGoal: '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。',
      lines: { start: 7, end: 107 },
      totalRowLine: 98,
      reportedTotalScore: null,
    });
  });

  it('places the funding rows from the header labels; `/` and blank cells are not reported', () => {
    expect(texts(p.total)).toEqual({
      initialBudget: '238.93',
      budget: '251.89',
      executed: '251.89',
      executionRate: '100.00%',
      weight: '10',
      score: null,
    });
    expect(p.total.budget!.line).toBe(33);
    expect(texts(p.currentYearFunds)).toEqual({
      initialBudget: '238.93',
      budget: '251.89',
      executed: '251.89',
      executionRate: '100.00%',
      weight: null,
      score: null,
    });
    expect(texts(p.otherFunds)).toEqual({
      initialBudget: null,
      budget: null,
      executed: null,
      executionRate: null,
      weight: null,
      score: null,
    });
  });

  it('joins 指标性质, 指标值 and 度量单位 into the target as written', () => {
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual, i.weight?.text, i.score, i.lines])).toEqual([
      ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=100%', null, '60', null, { start: 78, end: 87 }],
      ['效益指标', '社会效益指标', '足额保障率(参保率)', '=100%', null, '30', null, { start: 88, end: 97 }],
    ]);
  });
});

describe('Sichuan, pipe-separated rows cut inside the indicators (大英县, dyxrmt.cn)', () => {
  const reading = read(excerpt('sichuan-daying-pipe.txt'));

  it('the tail of the previous table (no 项目名称) is no whole project; the cut one is read as far as it goes and says why it is incomplete', () => {
    // The tail is read for what it holds, as a table whose head is cut off (left out by the import, with its figures).
    expect(reading.projects).toHaveLength(2);
    const tail = reading.projects[0]!;
    expect(tail.readingProblems![0]).toEqual({ line: 1, message: expect.stringMatching(/a table before any 项目名称/) });
    expect(tail.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['成本控制数', '≤30万元', '完成', '90', '90'],
    ]);
    const p = reading.projects[1]!;
    expect(p).toMatchObject({
      fiscalYear: 2023,
      name: '2023年全县安可替代补助资金项目',
      code: '51092324T000010263357',
      supervisingDepartment: '大英县司法局部门',
      implementingUnit: '大英县司法局',
      expectedGoal: '根据要求购买安可设备,并完成项目资金支付。',
      actualOutcome: '完成',
    });
    expect(texts(p.total)).toEqual({
      initialBudget: '0.00',
      budget: '3.36',
      executed: '3.36',
      executionRate: '100.00%',
      weight: '10',
      score: '10',
    });
    // 其他资金 | / | / : two placeholders for six columns — nothing reported, whichever columns they were.
    expect(texts(p.otherFunds)).toEqual({
      initialBudget: null,
      budget: null,
      executed: null,
      executionRate: null,
      weight: null,
      score: null,
    });
    expect(p.indicators).toEqual([]);
    expect(p.readingProblems).toEqual([{ line: 20, message: 'no 合计 row: a truncated table' }]);
  });
});

describe('the national 项目支出绩效自评表 in tab-separated rows (seed 001, 新乡县)', () => {
  const reading = read(seedText('001_'));

  it('reads a table whose rows it can place, figure for figure as the seed reader does', () => {
    const p = reading.projects.find((x) => x.name === '劳动保障监察日常办公经费')!;
    expect(p.templateId).toBe('national-project');
    expect(p.readingProblems).toEqual([]);
    expect(texts(p.total)).toEqual({
      initialBudget: '4.54',
      budget: '4.54',
      executed: '4.49',
      weight: '10',
      executionRate: '99%',
      score: '9.9',
    });
    expect(p.reportedTotalScore).toEqual({ text: '99', line: 444 });
    expect(p.indicators).toHaveLength(6);
  });

  it("a row with a cell more than its columns, the extra one blank under the header's blank cell, is read by place as the seed reader reads it", () => {
    // Line 80's header writes a blank cell after 三级指标 (its merged part); line 81 a blank under it (src/templates/headerPlaces.ts).
    const p = reading.projects.find((x) => x.lines.start <= 81 && x.lines.end >= 81)!;
    expect(p.readingProblems?.some((x) => x.line === 81)).toBe(false);
    const i = p.indicators.find((x) => x.lines.start === 81)!;
    expect([i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text]).toEqual([
      '产出指标 (50分)',
      '数量指标',
      '办公电话、内部 专网',
      '3 台',
      '3 台',
      '10',
      '10',
    ]);
  });
});

describe('stream rows whose 一级/二级指标 are merged into the rows above (national layout, one cell per line)', () => {
  // After the Anhui 池州市贵池区棠溪镇 table (anthempetcare.com/upload_cz/download?id=502364), as one cell per line.
  const table = (rows: string[]) =>
    [
      '项目支出绩效自评表 (2022年度) |',
      '项目名称 |',
      '委托业务项目 |',
      '项目资金(万元) |',
      '年初预算数 |',
      '全年预算数 |',
      '全年执行数 |',
      '分值 |',
      '执行率 |',
      '得分 |',
      '年度资金总额 |',
      '90 |',
      '90 |',
      '89.974 |',
      '10 |',
      '99.97% |',
      '10 |',
      '绩效指标 |',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '年度指标值 |',
      '实际完成值 |',
      '分值 |',
      '得分 |',
      '偏差原因分析及改进措施 |',
      ...rows,
      '总分 |',
      '100 |',
      '98 |',
      '|',
    ].join('\n');

  it('a segment between two leading words holding whole rows is read row by row', () => {
    const reading = read(
      table([
        '产出指标(50分) |',
        '质量指标 |',
        '委托业务报告合格率 |',
        '≥100% |',
        '100% |',
        '8 |',
        '8 |',
        '|',
        '经费支出合规性 |',
        '严格执行相关制度规定 |',
        '达成预期指标 |',
        '8 |',
        '8 |',
        '|',
      ]),
    );
    const p = reading.projects[0]!;
    expect(p.readingProblems).toEqual([]);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['产出指标(50分)', '质量指标', '委托业务报告合格率', '≥100%', '100%', '8', '8'],
      ['产出指标(50分)', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', '8', '8'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('98');
  });

  it('a segment a cell short is reported with its lines: which cell is missing cannot be told', () => {
    const reading = read(
      table([
        '产出指标(50分) |',
        '质量指标 |',
        '委托业务报告合格率 |',
        '≥100% |',
        '100% |',
        '8 |',
        '经费支出合规性 |',
        '严格执行相关制度规定 |',
        '达成预期指标 |',
        '8 |',
        '8 |',
        '|',
      ]),
    );
    const p = reading.projects[0]!;
    expect(p.indicators).toEqual([]);
    expect(p.readingProblems).toEqual([{ line: 27, message: expect.stringMatching(/indicator cells \(10\) do not make whole rows of 6/) }]);
    expect(reading.unread[0]).toMatchObject({ line: 27, text: expect.stringContaining('委托业务报告合格率') });
  });
});

describe('the national table as one cell per line with empty lines between (河北 廊坊市食品工程学校, lfsp.cn)', () => {
  const reading = read(excerpt('hebei-langfang-spaced-lines.txt'));
  const p = reading.projects[0]!;

  it('reads the funding (header labels broken over cells joined) and every indicator row it can place', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({ templateId: 'national-project', name: '办公宿舍楼、食堂及餐厅暖通改造经费', fiscalYear: 2019 });
    expect(p.supervisingDepartment).toBe('廊坊市发改委');
    expect(p.implementingUnit).toBe('廊坊市食品工程学校');
    expect(texts(p.total)).toEqual({
      initialBudget: '43.2',
      budget: '43.2',
      executed: '37.24',
      weight: '10',
      executionRate: '86%',
      score: '9',
    });
    expect(p.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['数量指标', '工程资金金额', '43.2', '37.24', '10', '9'],
      ['质量指标', '工程完工率', '100', '100', '10', '10'],
      ['质量指标', '工程验收合格率', '100', '100', '10', '10'],
      ['时效指标', '项目完成及时率', '100', '100', '10', '10'],
      ['成本指标', '成本控制率', '100', '100', '10', '10'],
      ['经济效益指标', '安全率', '100', '100', '10', '10'],
      ['社会效益指标', '学校发展能力', '100', '100', '10', '10'],
      ['可持续影响指标', '长期使用性', '100', '100', '10', '10'],
      ['服务对象满意度指标', '学生满意度', '100', '100', '10', '10'],
    ]);
  });

  it('passes over the unfilled rows (指标1 / 指标2 / …… with their empty cells) and reports the cut: the table is incomplete', () => {
    // The unfilled rows held 19 and 10 cells that made no whole rows; without them the rest does.
    expect(p.readingProblems!.map((x) => x.message)).toEqual(['no 总分 row: a truncated table']);
    expect(reading.unread).toEqual([]);
  });
});

describe('templates told apart by their labels (tab rows as a Word table is extracted)', () => {
  const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

  it('Beijing: 年初预算数（A） is the budget, 得分计算方法 a column of its own', () => {
    // Rebuilt as tab rows from the glued text of www.wenku365.com/s-60761775.html (北京市海淀区学院路街道, 2016);
    // the indicator's 年度指标值 / 全年实际值 cannot be told apart in that text and are left blank here.
    const reading = read(
      tab([
        ['项目支出绩效自评表(2016年度)'],
        ['项目名称', '【体制】自管道路清扫保洁外包工作经费'],
        ['主管部门及代码', '北京市海淀区人民政府学院路街道办事处', '实施单位', '北京市海淀区学院路街道城市运行服务中心'],
        ['项目资金(万元)', '', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '执行率(B/A)', '得分', '得分计算方法'],
        ['', '年度资金总额:', '310.2', '154.74', '10', '50%', '5', '执行率*该指标分值,最高不得超过分值上限。'],
        ['', '其中:本年一般公共预算拨款', '310.2', '154.74', '', '', '', ''],
        ['', '其他资金', '', '', '', '', '', ''],
        [
          '绩效指标',
          '一级指标',
          '二级指标',
          '三级指标',
          '分值',
          '年度指标值(A)',
          '全年实际值(B)',
          '得分计算方法',
          '得分',
          '未完成原因分析',
        ],
        ['', '产出指标(50分)', '数量指标', '是否完成绩效目标申报表中申报的数量', '12.5', '', '', '完成值达到指标值,记满分', '12.5', ''],
        ['总分', '', '', '', '100', '', '', '', '95', ''],
      ]),
    );
    const p = reading.projects[0]!;
    expect(p).toMatchObject({
      templateId: 'beijing-project',
      fiscalYear: 2016,
      supervisingDepartment: '北京市海淀区人民政府学院路街道办事处',
    });
    expect(p.readingProblems).toEqual([]);
    expect(texts(p.total)).toEqual({
      initialBudget: null,
      budget: '310.2',
      executed: '154.74',
      weight: '10',
      executionRate: '50%',
      score: '5',
    });
    expect(p.indicators.map((i) => [i.name, i.weight?.text, i.target, i.scoringRule, i.score?.text])).toEqual([
      ['是否完成绩效目标申报表中申报的数量', '12.5', null, '完成值达到指标值,记满分', '12.5'],
    ]);
  });

  it('Yunnan: 指标性质 / 指标值 / 度量单位 joined into the target; amounts in 元 keep their unit', () => {
    // Rebuilt as tab rows from the pipe text of www.yongde.gov.cn/info/3003/116104.htm (永德县明朗中学, 2022).
    const reading = read(
      tab([
        ['2022年度项目支出绩效自评表', '部门:临沧市永德县明朗中学'],
        ['项目名称', '义务教育营养改善计划专项资金'],
        ['主管部门', '永德县教育体育局', '实施单位', '永德县明朗中学'],
        ['项目资金 (元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['', '年度资金总额', '', '387664.62', '387664.62', '10', '100%', '10'],
        [
          '绩效指标',
          '一级指标',
          '二级指标',
          '三级指标',
          '指标性质',
          '指标值',
          '度量单位',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['', '产出指标', '数量指标', '学生受资助人数', '≧', '735', '人次', '735', '10', '10', ''],
        ['', '', '质量指标', '营养改善计划覆盖率', '≧', '100', '%', '100%', '10', '10', ''],
        ['', '效益指标', '经济效益 指标', '减轻贫困学生家庭经济负担', '', '有效', '', '有效', '10', '10', ''],
        ['总分', '', '', '', '', '', '', '', '100', '96', ''],
      ]),
    );
    const p = reading.projects[0]!;
    expect(p.templateId).toBe('national-project');
    expect(p.readingProblems).toEqual([]);
    expect([p.fiscalYear, p.reportingUnit]).toEqual([2022, '临沧市永德县明朗中学']);
    expect(texts(p.total)).toEqual({
      initialBudget: null,
      budget: '387664.62元',
      executed: '387664.62元',
      weight: '10',
      executionRate: '100%',
      score: '10',
    });
    expect(p.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text])).toEqual([
      ['数量指标', '学生受资助人数', '≧735人次', '735'], // the 度量单位 is the 指标值's unit: the 完成值 as written
      ['质量指标', '营养改善计划覆盖率', '≧100%', '100%'],
      ['经济效益 指标', '减轻贫困学生家庭经济负担', '有效', '有效'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('96');
  });
});

describe('转移支付 绩效目标自评表: no 分值, no 总分', () => {
  // Rebuilt as tab rows from the glued text of 阆中市交通运输局's page (the corpus file
  // sichuan-langzhong-provincial-road-subsidy); its indicator values are glued (2020) and left blank here.
  const text = [
    '车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评',
    '(2021年度)',
    ['转移支付(项目)名称', '车辆购置税收入补助地方资金(普通省道公路建设)'].join('\t'),
    ['中央主管部门', '财政部'].join('\t'),
    ['地方主管部门', '阆中市交通运输局', '资金使用单位', '阆中市交通运输局'].join('\t'),
    ['项目资金(万元)', '', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A)'].join('\t'),
    ['', '年度资金总额:', '4000', '4000', '100%'].join('\t'),
    ['', '其中:中央补助', '4000', '4000', '100%'].join('\t'),
    ['', '地方资金', '', '', ''].join('\t'),
    ['', '其他资金', '', '', ''].join('\t'),
    ['总体目标完成情况', '总体目标', '全年实际完成情况'].join('\t'),
    ['', '按计划完成2021年度省道公路建设。', '建设普通省道二级公路32.1公里,保证道路安全畅通。'].join('\t'),
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'].join('\t'),
    ['', '产出指标', '数量指标', '建设普通省道二级公路32.1公里', '', '', ''].join('\t'),
    ['', '', '质量指标', '建设符合验收要求', '', '', ''].join('\t'),
  ].join('\n');

  it('reads the funding and the indicators; the template has no total row to miss', () => {
    const reading = read(text);
    const p = reading.projects[0]!;
    expect(p).toMatchObject({ templateId: 'transfer-payment', fiscalYear: 2021, totalRowLine: null, reportedTotalScore: null });
    expect(p.readingProblems).toEqual([]);
    expect([p.supervisingDepartment, p.implementingUnit]).toEqual(['财政部', '阆中市交通运输局']);
    expect(texts(p.total)).toEqual({
      initialBudget: null,
      budget: '4000',
      executed: '4000',
      executionRate: '100%',
      weight: null,
      score: null,
    });
    expect([p.expectedGoal, p.actualOutcome]).toEqual([
      '按计划完成2021年度省道公路建设。',
      '建设普通省道二级公路32.1公里,保证道路安全畅通。',
    ]);
    expect(p.indicators.map((i) => [i.level2, i.name, i.target, i.weight])).toEqual([
      ['数量指标', '建设普通省道二级公路32.1公里', null, null],
      ['质量指标', '建设符合验收要求', null, null],
    ]);
  });

  it('loads under 南充市阆中市, with no weight or score to store', async () => {
    const db = await emptyDatabase();
    try {
      const report = await importDocument(db, 'langzhong.txt', new TextEncoder().encode(text));
      expect(report).toMatchObject({
        status: 'loaded',
        region: { code: '511381', name: '阆中市' },
        fiscalYear: 2021,
        partial: [],
        errors: [],
      });
      expect(report.counts).toMatchObject({ projects: 1, indicators: 2 });
      const p = await db.prisma.projectEvaluation.findFirstOrThrow();
      expect([Number(p.fullYearBudget), Number(p.executed), p.reportedTotalScore, p.totalScore]).toEqual([4000, 4000, null, null]);
    } finally {
      await db.close();
    }
  });
});

describe('部门整体支出绩效自评表, pipe rows cut at the indicator header (贵州 绥阳县太白镇)', () => {
  it('reads the unit and its funding, reports the row broken over two lines and the cut', () => {
    const reading = read(excerpt('guizhou-suiyang-department-pipe.txt'));
    expect(reading.projects).toEqual([]);
    const d = reading.departmentEvaluations[0]!;
    expect(d).toMatchObject({
      templateId: 'department-overall',
      unitName: '绥阳县太白镇人民政府',
      fiscalYear: null,
      filledOn: '2022年2月3日',
    });
    expect([d.budget?.text, d.executed?.text, d.executionRate, d.budgetWeight?.text, d.budgetScore?.text]).toEqual([
      '1172.55',
      '1268.72',
      null,
      '10',
      '10',
    ]);
    expect(d.basicExpenditure?.text).toBe('914.97');
    expect(d.readingProblems!.map((x) => x.message)).toEqual([
      expect.stringMatching(/funding cells outside any row/),
      'no 总分 row: a truncated table',
    ]);
    // The text ends in the header's last label, cut (得分计算…): a column no template describes, reported with its line.
    // And the funding rows and columns a department-wide record does not keep (its 年度资金总额 it does), reported with their figures.
    expect(reading.warnings.map((w) => [w.text, w.reason])).toEqual([
      ['得分计算', expect.stringMatching(/no template describes/)],
      ...reading.warnings.slice(1).map((w) => [w.text, expect.stringMatching(/: read( for its place)?, not kept/)]),
    ]);
    expect(reading.warnings.length).toBeGreaterThan(1);
  });
});

describe('readDocument: which reading is kept', () => {
  const extracted = (text: string) => ({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

  it('a seed layout keeps the seed reading (it reads every table completely, summaries too)', () => {
    const doc = readDocument(extracted(seedText('001_')));
    expect(doc.projects).toHaveLength(11);
    expect(doc.projects.every((p) => p.templateId === undefined)).toBe(true);
    expect(doc.summaryTables.length).toBeGreaterThan(0);
  });

  it('a layout the seed readers do not know: the template reading, which says what is missing', () => {
    const doc = readDocument(extracted(excerpt('hebei-langfang-spaced-lines.txt')));
    expect(doc.projects.map((p) => [p.templateId, p.name])).toEqual([['national-project', '办公宿舍楼、食堂及餐厅暖通改造经费']]);
  });

  it('pipe-separated tables: the template reading', () => {
    const doc = readDocument(extracted(excerpt('sichuan-qingshen-stream.txt')));
    expect(doc.projects.map((p) => p.templateId)).toEqual(['sichuan-project']);
  });
});

describe('a grid with merged cells, as a web page or Word table gives it (rows under a merged cell are shorter)', () => {
  // The 棠溪镇 table (anthempetcare.com/upload_cz/download?id=502364) laid out as its Word table:
  // 项目资金 spans 5 rows, 产出指标 3, 质量指标 2; a merged cell appears once, in the row where it starts.
  const grid = (rows: (string | [string, number, number])[][]): Block[] => [
    { kind: 'paragraph', paragraph: { text: '项目支出绩效自评表（2022年度）', at: { line: 1 } } },
    {
      kind: 'table',
      table: {
        shape: 'grid',
        lineStart: 2,
        lineEnd: rows.length + 1,
        rows: rows.map((cells, row) => ({
          line: row + 2,
          cells: cells.map((c, col) => {
            const [text, colSpan, rowSpan] = typeof c === 'string' ? [c, 1, 1] : c;
            return { text, row, col, rowSpan, colSpan, at: { line: row + 2 } };
          }),
        })),
      },
    },
  ];
  const blocks = grid([
    [
      ['项目名称', 2, 1],
      ['委托业务项目', 7, 1],
    ],
    [
      ['主管部门', 2, 1],
      ['219-池州市贵池区棠溪镇人民政府', 3, 1],
      ['实施单位', 2, 1],
      ['219001-池州市贵池区棠溪镇人民政府', 2, 1],
    ],
    [['项目资金（万元）', 1, 5], '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', ['得分', 2, 1]],
    ['年度资金总额：', '0', '0', '0', '10', '0', ['0', 2, 1]],
    ['其中：本年财政拨款', '90', '89.974', '89.974', '—', '', ['—', 2, 1]],
    ['上年结转资金', '', '', '', '—', '', ['—', 2, 1]],
    ['其他资金', '', '', '', '—', '', ['—', 2, 1]],
    [['绩效指标', 1, 5], '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [['产出指标(50分)', 1, 3], '数量指标', '基建工程委托业务项目数量', '≥50个', '50', '8', '8', ''],
    [['质量指标', 1, 2], '委托业务报告合格率', '≥100百分比', '100', '8', '8', ''],
    ['经费支出合规性', '严格执行相关制度规定', '达成预期指标', '8', '8', ''],
    ['满意度指标(10分)', '满意度指标', '公众满意度', '≥90%', '95%', '10', '10', ''],
    [['总分', 6, 1], '100', '98', ''],
  ]);

  it('places every row from the header labels, merged cells carried down', () => {
    const reading = readWithTemplates({ format: 'html', encoding: 'utf-8', text: '', blocks });
    const p = reading.projects[0]!;
    expect(p.readingProblems).toEqual([]);
    expect(p).toMatchObject({ fiscalYear: 2022, name: '委托业务项目', implementingUnit: '219001-池州市贵池区棠溪镇人民政府' });
    // As reported: the 年度资金总额 row says 0 although 本年财政拨款 holds 90 / 89.974.
    expect(texts(p.total)).toEqual({ initialBudget: '0', budget: '0', executed: '0', weight: '10', executionRate: '0', score: '0' });
    expect(texts(p.currentYearFunds)).toEqual({
      initialBudget: '90',
      budget: '89.974',
      executed: '89.974',
      weight: null,
      executionRate: null,
      score: null,
    });
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个', '50', '8', '8'],
      ['产出指标(50分)', '质量指标', '委托业务报告合格率', '≥100百分比', '100', '8', '8'],
      ['产出指标(50分)', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', '8', '8'],
      ['满意度指标(10分)', '满意度指标', '公众满意度', '≥90%', '95%', '10', '10'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('98');
  });
});

describe('a list of projects is not a project table', () => {
  it('项目名称 over a column of names, no funding or indicator block: nothing read', () => {
    const reading = read('项目支出绩效自评结果汇总表 |\n项目名称 | 自评得分 |\n工资性支出 | 100 |\n安可替代补助资金 | 98 |\n');
    expect(reading.projects).toEqual([]);
    expect(reading.unread).toEqual([]);
  });
});

describe('a table whose indicator block is not in the text (cut off, or skipped by a preview): read by its funding block', () => {
  const head = (name: string) => [
    '项目支出绩效自评表',
    '( 2021年度)',
    '项目名称',
    name,
    '主管部门',
    '实施单位',
    '乐亭县市场监督管理局',
    '项目资金',
    '(万元)',
  ];
  const columns = ['年初预算数', '调整预算数', '全年执行数', '分值', '执行率', '得分'];

  it('cut after its goals: the national template reads its funding rows and says the 绩效指标 block is missing', () => {
    const lines = [
      ...head('双随机抽查委托审计费'),
      ...columns,
      '年度资金总额',
      '30',
      '30',
      '29',
      '10',
      '96.67%',
      '9.67',
      '年度总体目标',
      '预期目标',
      '实际完成情况',
    ];
    const reading = read(lines.join('\n'));
    const p = reading.projects[0]!;
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({
      templateId: 'national-project',
      name: '双随机抽查委托审计费',
      fiscalYear: 2021,
      indicators: [],
      reportedTotalScore: null,
    });
    expect(texts(p.total)).toEqual({
      initialBudget: '30',
      budget: '30',
      executed: '29',
      executionRate: '96.67%',
      weight: '10',
      score: '9.67',
    });
    expect(p.readingProblems!.map((x) => x.message)).toContain('no 绩效指标 block: a truncated table');
  });

  it("its middle skipped (年度资金总… runs into an indicator row): the 总分 row after it is read under the template's 分值 / 得分", () => {
    const lines = [...head('商品质量检测经费'), ...columns, '年度资金总≥90%', '95%', '10', '10', '总分', '100', '99'];
    const p = read(lines.join('\n')).projects[0]!;
    expect(p.reportedTotalScore).toEqual({ text: '99', line: lines.length });
    expect(p.total.budget).toBeNull();
    expect(p.readingProblems!.map((x) => x.message)).toEqual([
      'no 绩效指标 block: a truncated table',
      'no 年度资金总额 row (资金总额): a truncated or unreadable funding block',
    ]);
  });

  it('a name label with fewer than four funding column labels after its heading stays no record', () => {
    const lines = [...head('商品质量检测经费'), '全年执行数', '执行率', '年度资金总额', '30', '100%'];
    expect(read(lines.join('\n')).projects).toEqual([]);
  });
});

describe('四川省项目支出绩效评分表 in an evaluation report, tab rows (no 项目名称, no funding block)', () => {
  const text = [
    '某县财政局关于农村公路养护项目绩效评价报告',
    '四、评价结论及绩效分析:项目绩效评价总体得分92.5分。',
    '2019年四川省项目支出绩效评分表',
    '一级指标\t二级指标\t三级指标\t分值\t指标评价内容(公式计算结果=x)\t得分',
    '项目决策(20分)\t科学决策(10分)\t必要性\t5\t符合决策部署\t5',
    '\t\t可行性\t5\t论证充分\t4.5',
    '项目管理(30分)\t资金管理(15分)\t资金分配\t15\t分配合理\t13',
  ].join('\n');
  const reading = read(text);
  const p = reading.projects[0]!;

  it('is read by its labels as the project the report names, its total as the prose states it, with its line', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({ templateId: 'sichuan-project-scoresheet', name: '农村公路养护项目', fiscalYear: 2019 });
    expect(p.reportedTotalScore).toEqual({ text: '92.5', line: 2 });
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.scoringRule, i.score?.text])).toEqual([
      ['项目决策(20分)', '科学决策(10分)', '必要性', '5', '符合决策部署', '5'],
      ['项目决策(20分)', '科学决策(10分)', '可行性', '5', '论证充分', '4.5'],
      ['项目管理(30分)', '资金管理(15分)', '资金分配', '15', '分配合理', '13'],
    ]);
    expect(reading.unread).toEqual([]);
  });

  it('is never loaded as a complete project: it has no budget or execution', () => {
    expect(p.total.budget).toBeNull();
    expect(p.total.executed).toBeNull();
  });

  it('a total stated nowhere is a missing 总分 row, reported', () => {
    const p2 = read(text.replace('项目绩效评价总体得分92.5分。', '')).projects[0]!;
    expect(p2.reportedTotalScore).toBeNull();
    expect(p2.readingProblems!.map((x) => x.message)).toContain('no 总分 row: a truncated table');
  });
});

describe('through importDocument', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('the 青神县 table loads under 眉山市青神县 with its figures as written', async () => {
    const report = await importDocument(db, 'qingshen.txt', new TextEncoder().encode(excerpt('sichuan-qingshen-stream.txt')));
    expect(report).toMatchObject({
      status: 'loaded',
      region: { code: '511425', name: '青神县' },
      fiscalYear: 2023,
      partial: [],
      errors: [],
    });
    expect(report.counts).toMatchObject({ projects: 1, indicators: 2 });
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({ include: { indicators: { orderBy: { position: 'asc' } } } });
    expect([p.name, Number(p.initialBudget), Number(p.fullYearBudget), Number(p.executed), Number(p.reportedExecutionRate)]).toEqual([
      '工资性支出',
      238.93,
      251.89,
      251.89,
      1,
    ]);
    expect([p.code, p.lineStart, p.lineEnd, p.reportedTotalScore, p.reportedBudgetScore]).toEqual([
      '51000021R000000019951',
      7,
      107,
      null,
      null,
    ]);
    expect(p.indicators.map((i) => [i.name, i.targetText, Number(i.weight)])).toEqual([
      ['发放(缴纳)覆盖率', '=100%', 60],
      ['足额保障率(参保率)', '=100%', 30],
    ]);
  });

  it('a document whose only table is cut is refused, naming the lines', async () => {
    const report = await importDocument(db, 'daying.txt', new TextEncoder().encode(excerpt('sichuan-daying-pipe.txt')));
    expect(report.status).toBe('failed');
    expect(report.errors).toContainEqual({
      line: 20,
      message: 'project 「2023年全县安可替代补助资金项目」: no 合计 row: a truncated table',
    });
  });
});

describe('the unit and 填报日期 above a table, each label with its value on one line (seed 000)', () => {
  it('reads them although the label is cut from its value (src/templates/labelledCells.ts)', () => {
    const reading = read(seedText('000_'));
    expect(reading.projects[0]).toMatchObject({ filledOn: '2022年5月29日' });
    expect(reading.projects[11]).toMatchObject({ reportingUnit: '黄石市劳动保障监察支队' });
    expect(reading.projects[12]).toMatchObject({ reportingUnit: '黄石市社会保险事业局', filledOn: '2022年5月31日' });
  });
});
