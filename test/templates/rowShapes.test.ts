/**
 * Row shapes the template engine reads since issue 11's partial readings: rows whose cells are
 * separated by spaces (empty cells may have been lost, so a short row is placed only when what it
 * leaves off can only be at its end), the national template's heading 年度绩效指标完成情况, rows
 * numbered 指标1：… with the name in the numbered cell, unfilled numbered rows (指标2, ……) with
 * their empty cells in a one-cell-per-line table, and 指标1：/ rows marked not applicable.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

/** The national 项目支出绩效自评表 as a web page gives it with its cells joined by spaces (Anhui 天长市). */
const SPACED = [
  '项目支出绩效自评表',
  '(2022年度)',
  '项目名称 水旱灾害防御经费',
  '主管部门 实施单位 天长市水利局',
  '项目资金',
  '(万元)',
  '年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
  '年度资金总额: 880 880 880 10 100% 10',
  '其中:本年财政拨款 880 880 880 - - -',
  '年度绩效指标完成情况 一级',
  '指标',
  '二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
  '产出指标 数量指标 指标1:完成中型灌区节水改造项目数量 1 1 10 10',
  '指标2:完成农业综合水价改革项目 2 2 10 9 资金到位晚',
  '质量指标 指标1:工程质量合格 10 10',
  '生态效益指标 指标1:/ / /',
  '总分 100 99',
].join('\n');

describe('rows with their cells separated by spaces', () => {
  const reading = read(SPACED);
  const p = reading.projects[0]!;

  it('reads the table as rows of cells, its heading 年度绩效指标完成情况 and numbered names included', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({ name: '水旱灾害防御经费', fiscalYear: 2022, implementingUnit: '天长市水利局', supervisingDepartment: null });
    expect(p.total.budget?.text).toBe('880');
    expect(p.total.executionRate?.text).toBe('100%');
    expect(p.reportedTotalScore?.text).toBe('99');
  });

  it('places a full row, and a row short only of its trailing note, by column', () => {
    const [first, second] = p.indicators;
    expect(first).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '完成中型灌区节水改造项目数量', deviationNote: null });
    expect([first!.target?.text, first!.actual?.text, first!.weight?.text, first!.score?.text]).toEqual(['1', '1', '10', '10']);
    expect(second).toMatchObject({ name: '完成农业综合水价改革项目', deviationNote: '资金到位晚' });
    expect(second!.score?.text).toBe('9');
  });

  it('reports a short row whose empty cells may have been anywhere, and skips a row marked not applicable', () => {
    expect(p.indicators.map((i) => i.name)).toEqual(['完成中型灌区节水改造项目数量', '完成农业综合水价改革项目']);
    const short = reading.unread.find((u) => u.text.includes('工程质量合格'));
    expect(short).toMatchObject({ line: 15, reason: expect.stringMatching(/cannot tell which are missing/) });
    expect(reading.unread.some((u) => u.text.includes('指标1:/'))).toBe(false);
    // A sub-row with a cell for every column is placed as it stands.
    expect(p.currentYearFunds?.executed?.text).toBe('880');
    expect(p.readingProblems?.length).toBeGreaterThan(0);
  });

  it('reads a row short of a middle cell as nothing rather than shifted, unless its figures place it one way only', () => {
    // Any two of the three amounts, and no rate to tell them apart: nothing is placed.
    const shifted = read(SPACED.replace('年度资金总额: 880 880 880 10 100% 10', '年度资金总额: 880 870 10 10'));
    expect(shifted.projects[0]!.total.budget).toBeNull();
    expect(shifted.projects[0]!.total.executed).toBeNull();
    // The rate 100% is 全年执行数 / 全年预算数, so both stand beside it: the cell left blank is 年初预算数.
    const placed = read(SPACED.replace('年度资金总额: 880 880 880 10 100% 10', '年度资金总额: 880 880 10 100% 10')).projects[0]!;
    expect([placed.total.initialBudget, placed.total.budget?.text, placed.total.executed?.text, placed.total.score?.text]).toEqual([
      null,
      '880',
      '880',
      '10',
    ]);
  });
});

describe('one cell per line, unfilled numbered rows with their empty cells', () => {
  // A Word table pasted as text (Hebei 廊坊): an unfilled row 指标2 / …… keeps its empty cells.
  const cells = [
    '项目支出绩效自评表',
    '(2019年度)',
    '项目名称',
    '暖通改造经费',
    '项目资金',
    '(万元)',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    '年度资金总额',
    '50',
    '50',
    '50',
    '10',
    '100%',
    '10',
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
    '效益指标',
    '社会效益指标',
    '指标1学校发展能力',
    '100',
    '100',
    '10',
    '10',
    '0',
    '指标2',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    '……',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    '总分',
    '100',
    '100',
  ];
  // Cells separated by empty lines, as Word tables are pasted (a line of spaces is an empty cell).
  const text = cells.map((c) => (c === ' ' ? ' ' : c)).join('\n\n');
  const reading = read(text);

  it('reads the filled row and passes over the unfilled ones with their empty cells', () => {
    const p = reading.projects[0]!;
    expect(p.indicators).toHaveLength(1);
    expect(p.indicators[0]).toMatchObject({ level1: '效益指标', level2: '社会效益指标', name: '学校发展能力' });
    expect(p.indicators[0]!.score?.text).toBe('10');
    expect(reading.unread).toEqual([]);
    expect(p.readingProblems).toEqual([]);
  });

  it('still reports a segment that holds a cell too many once the unfilled rows are out', () => {
    const extra = read(text.replace('指标1学校发展能力\n\n100', '指标1学校发展能力\n\n100\n\n多余'));
    expect(extra.unread.some((u) => /do not make whole rows/.test(u.reason))).toBe(true);
  });
});

describe('indicator rows numbered in a cell of their own', () => {
  const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
  const text = tab([
    ['项目支出绩效自评表(2022年度)'],
    ['项目名称', '道路养护经费'],
    ['主管部门', '某县交通运输局', '实施单位', '某县公路事务中心'],
    ['项目资金(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '120', '120', '118', '10', '98.33%', '9.8'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['', '产出指标', '数量指标', '指标1', '养护里程', '≥120公里', '126公里', '20', '20', ''],
    ['', '', '', '指标2', '', '', '', '', '', ''],
    ['', '满意度指标', '服务对象满意度指标', '指标1', '群众满意度', '≥90%', '95%', '10', '10', ''],
    ['总分', '', '', '', '', '', '', '100', '98.8', ''],
  ]);
  const reading = read(text);

  it('takes the number for no column: the name and figures stand where they are written', () => {
    const p = reading.projects[0]!;
    expect(p.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['数量指标', '养护里程', '≥120公里', '126公里', '20', '20'],
      ['服务对象满意度指标', '群众满意度', '≥90%', '95%', '10', '10'],
    ]);
    expect(p.readingProblems).toEqual([]);
    expect(reading.unread).toEqual([]);
  });
});
