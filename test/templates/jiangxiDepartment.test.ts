/**
 * 江西's 整体支出绩效自评表 (src/templates/definitions/jiangxiDepartment.ts): 评价部门名称 names the unit,
 * the title the year (蚕茶卫生院整体支出绩效自评表(2021年度)); no heading over the indicator block, whose
 * header opens at 分解目标 (the 一级指标 column), 自评权重 (the level's weight) after it, then 二级指标 /
 * 三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分 / 偏差及原因分析. A synthetic form, as a document-sharing
 * preview glues it (南昌县 蚕茶卫生院's page): its rows run together with the level names (预算编审管理) that
 * no vocabulary knows, so they are reported with their line, never cut by guess.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';

const read = (text: string) => readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const GLUED = [
  '某卫生院整体支出绩效自评表.docx',
  '1、某卫生院整体支出绩效自评表(2022年度)评价部门名称某县某乡某卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率' +
    '资金来源:(1)财政拨款98.5%资金结构:(1)基本支出98.5%(2)项目支出年度总年初设定目标全年完成情况体目标门诊人次达到9000人次门诊人次9200人次' +
    '分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标20预算编审管理完整、准确率100%100%1010资产管理安全性100%100%1010',
].join('\n');

describe('the 江西 整体支出绩效自评表', () => {
  it('is recognised by 评价部门名称 and 分解目标: the unit under 评价部门名称 and the year of its title are read', () => {
    const out = read(GLUED);
    expect(out.departmentEvaluations.map((d) => [d.templateId, d.unitName, d.fiscalYear])).toEqual([
      ['jiangxi-department-overall', '某县某乡某卫生院', 2022],
    ]);
  });

  it('reports its glued indicator rows with their line, reading no indicator from them', () => {
    const out = read(GLUED);
    expect(out.departmentEvaluations[0]!.indicators).toEqual([]);
    const row = out.unread.find((u) => u.text.includes('预算编审管理完整、准确率100%100%1010'));
    expect(row?.line).toBe(2);
    expect(row?.reason).toMatch(/could not be told apart|cannot tell which are missing/);
  });

  // The form as a table keeps its cells apart (a .docx, a spreadsheet): each 分解目标's weight in the 自评权重 column.
  const TABLE = (weights: [number, number]) =>
    [
      '某卫生院整体支出绩效自评表(2022年度)',
      '评价部门名称\t某县某乡某卫生院',
      '下属单位个数\t0',
      '年度总体目标\t年初设定目标\t全年完成情况',
      '\t门诊人次达到9000人次\t门诊人次9200人次',
      '分解目标\t自评权重\t二级指标\t三级指标\t年度指标值\t全年完成值\t分值\t得分\t偏差及原因分析',
      `管理指标\t${weights[0]}\t预算编审管理\t完整、准确率\t100%\t100%\t10\t10\t`,
      '\t\t资产管理\t安全性\t100%\t100%\t10\t8\t个别资产未入账',
      `产出指标\t${weights[1]}\t数量指标\t门诊人次\t9000人次\t9200人次\t20\t20\t`,
    ].join('\n');

  it('joins each 分解目标 with its 自评权重 where the weights add up: a 二级指标 of no vocabulary (预算编审管理) is read by its place', () => {
    const d = read(TABLE([20, 20])).departmentEvaluations[0]!;
    expect(d.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['管理指标(20分)', '预算编审管理', '完整、准确率', '100%', '100%', '10', '10'],
      ['管理指标(20分)', '资产管理', '安全性', '100%', '100%', '10', '8'],
      ['产出指标(20分)', '数量指标', '门诊人次', '9000人次', '9200人次', '20', '20'],
    ]);
  });

  it('leaves the rows as written where a 自评权重 is not the sum of its rows’ 分值: reported, none read from a shifted column', () => {
    const out = read(TABLE([25, 20]));
    const d = out.departmentEvaluations[0]!;
    expect(d.indicators.map((i) => i.name)).not.toContain('预算编审管理');
    expect(d.indicators.every((i) => i.weight === null || ['10', '20'].includes(i.weight.text))).toBe(true);
    expect(out.unread.some((u) => u.line === 7)).toBe(true);
  });

  // One cell per line, blanks dropped (a page's table copied as text): levels and rows are told apart by the figures alone.
  // (Here a 二级指标 of no vocabulary would not be told from a name: the 二级指标 are words of it, 预算管理 / 资产管理.)
  const LINES = (total: number) =>
    [
      '某卫生院整体支出绩效自评表(2022年度)',
      '评价部门名称',
      '某县某乡某卫生院',
      ...['分解目标', '自评权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'],
      ...['管理指标', '20', '预算管理', '完整、准确率', '100%', '100%', '10', '10'],
      ...['资产管理', '安全性', '100%', '100%', '10', '8', '个别资产未入账'],
      ...['产出指标', '20', '数量指标', '门诊人次', '9000人次', '9200人次', '20', '20'],
      ...['总分', String(total), '38'],
    ].join('\n');

  it('one cell per line, joins each 分解目标 with the figure after it where the levels’ weights add up to the 总分 row’s 分值', () => {
    const d = read(LINES(40)).departmentEvaluations[0]!;
    expect(d.indicators.map((i) => [i.level1, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['管理指标(20分)', '完整、准确率', '10', '10'],
      ['管理指标(20分)', '安全性', '10', '8'],
      ['产出指标(20分)', '门诊人次', '20', '20'],
    ]);
  });

  it('one cell per line, joins nothing where they do not add up', () => {
    const d = read(LINES(50)).departmentEvaluations[0]!;
    expect(d.indicators.map((i) => i.level1)).not.toContain('管理指标(20分)');
    expect(d.indicators.every((i) => i.weight === null || ['10', '20'].includes(i.weight.text))).toBe(true);
  });

  // A glued block of rows numbered 任务1: / 任务2: under a 二级指标 of the vocabulary (蚕茶卫生院's 质量指标).
  const GLUED_TASKS =
    '1、某卫生院整体支出绩效自评表(2022年度)评价部门名称某县某乡某卫生院下属单位个数0' +
    '分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析' +
    '产出指标25质量指标任务1:诊断准确率95%以上97%55任务2:健康档案管理率100%完成33' +
    '数量指标任务1:特殊人群健康管理率超上年2%达成目标值55';

  it('glued, passes over the 自评权重 label in the header and cuts rows at their 任务N: numbers', () => {
    const d = read(GLUED_TASKS).departmentEvaluations[0]!;
    expect(d.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['质量指标', '诊断准确率', '95%以上', '97%', '5', '5'],
      ['质量指标', '健康档案管理率', '100%', '完成', '3', '3'],
    ]);
  });

  it('glued, never ends a name with a comparison spelled out before a figure (超上年 | 2%): the row is reported', () => {
    const out = read(GLUED_TASKS);
    expect(out.departmentEvaluations[0]!.indicators.map((i) => i.name)).not.toContain('特殊人群健康管理率超上年');
    expect(out.unread.some((u) => u.text.includes('特殊人群健康管理率超上年2%达成目标值'))).toBe(true);
  });
});
