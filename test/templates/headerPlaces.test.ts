/**
 * An indicator row as wide as its one-row header, read by where its cells stand
 * (src/templates/headerPlaces.ts): level cells slid into the wrong level column, a 二级指标 not of
 * the vocabulary, a blank header cell (the 三级指标's merged part) — and the near misses that
 * must stay unread: a level word or a figure where the name stands, text beside no label, a
 * 二级指标 not of the vocabulary without a 一级指标 word beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { hubei } from '../../src/templates/definitions/hubei';
import { headerPlaces, underHeader } from '../../src/templates/headerPlaces';
import { LabelSet, normalizeLabel } from '../../src/templates/labels';
import { LEVEL1, LEVEL2 } from '../../src/templates/vocabulary';

const cells = (...texts: string[]) => texts.map((text) => ({ text, norm: normalizeLabel(text) }));
const COLUMNS = hubei.indicators.columns.filter((c) => c.role !== 'weight');
const places = (...header: string[]) =>
  headerPlaces(cells(...header), COLUMNS, new LabelSet(hubei.indicators.heading), (c) => new LabelSet(c.labels));
const HEADER = places('年度绩效目标 (80分)', '一级指标', '二级指标', '三级指标', '', '年初目标值(A)', '实际完成值(B)', '得分')!;
const byPlace = (...row: string[]) => {
  const read = underHeader(cells(...row), HEADER, ['name', 'target', 'actual', 'score'], { level1: LEVEL1, level2: LEVEL2 });
  return read && { level1: read.level1?.text ?? null, level2: read.level2?.text ?? null, rest: read.rest.map((c) => c.text) };
};

describe('a one-row header', () => {
  it('says what stands at each place: the heading, the columns, blanks', () => {
    expect(HEADER).toEqual(['heading', 'level1', 'level2', 'name', null, 'target', 'actual', 'score']);
  });
  it('is no such header with a label of no column, or a column missing (a header on two rows)', () => {
    expect(places('年度绩效目标', '一级指标', '二级指标', '三级指标', '指标性质', '年初目标值(A)', '实际完成值(B)', '得分')).toBeNull();
    expect(places('年度绩效目标', '一级指标', '二级指标', '三级指标')).toBeNull();
  });
});

describe('a row read by place', () => {
  it('a 二级指标 word under 一级指标, 二级指标 blank', () => {
    expect(byPlace('', '社会效益指标', '', '提升政策知晓度', '', '广泛宣传', '较好', '9')).toEqual({
      level1: null,
      level2: '社会效益指标',
      rest: ['提升政策知晓度', '广泛宣传', '较好', '9'],
    });
  });
  it('a 一级指标 word under the heading', () => {
    expect(byPlace('满意度指标 (20分)', '', '服务对象满意度指标', '群众满意度', '', '95%', '96.30%', '20')).toEqual({
      level1: '满意度指标 (20分)',
      level2: '服务对象满意度指标',
      rest: ['群众满意度', '95%', '96.30%', '20'],
    });
  });
  it('a 二级指标 of its own words beside a 一级指标 word', () => {
    expect(byPlace('', '产出指标', '代理档案服务', '新增档案代理', '', '未设定', '196', '10')).toEqual({
      level1: '产出指标',
      level2: '代理档案服务',
      rest: ['新增档案代理', '未设定', '196', '10'],
    });
  });
  it('is no such row: a level word or a figure where the name stands (cells shifted)', () => {
    expect(byPlace('', '', '效益指标 (20分)', '成本指标', '', '设计预算成本计划降低率', '1%', '1.60%')).toBeNull();
    expect(byPlace('', '新增创业补贴享受人数', '', '325', '', '515', '5', '')).toBeNull();
  });
  it('is no such row: text of no level under 一级指标, or beside no 一级指标 word', () => {
    expect(byPlace('', '创业补贴', '补贴金额(万元)', '未设定', '', '237.7', '5', '')).toBeNull();
    expect(byPlace('', '', '创业补贴', '补贴金额(万元)', '', '未设定', '237.7', '5')).toBeNull();
  });
  it('is no such row: text under a blank header cell, or wider than the header', () => {
    expect(byPlace('', '产出指标', '数量指标', '新增档案代理', '未设定', '196', '10', '')).toBeNull();
    expect(byPlace('', '产出指标', '数量指标', '新增档案代理', '', '未设定', '196', '10', '备注')).toBeNull();
  });
});

describe('in a table', () => {
  const row = (...c: string[]) => c.join('\t');
  const table = [
    '2021年度某项目自评表',
    row('项目名称', '某项目', '', '', '', '', '', ''),
    row('主管部门', '某局', '', '项目实施单位', '某局', '', '', ''),
    row('预算执行情况(万元)(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分', '', ''),
    row('', '年度财政资金总额', '45', '44.3', '98.44%', '20', '', ''),
    row('年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '', '年初目标值(A)', '实际完成值(B)', '得分'),
    row('', '产出指标(40分)', '代理档案服务', '新增档案代理', '', '未设定', '196', '40'),
    row('', '', '', '档案转递', '', '未设定', '4393', '40'),
    row('', '创业补贴', '补贴金额(万元)', '未设定', '', '237.7', '5', ''),
    row('总分', '100', '', '', '', '', '', ''),
  ].join('\n');
  it('reads the rows that place, carries their levels, and reports the one that does not', () => {
    const { projects, unread } = readWithTemplates({ format: 'text', encoding: 'utf-8', text: table, blocks: readTextBlocks(table) });
    expect(projects[0]?.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.score?.text])).toEqual([
      ['产出指标(40分)', '代理档案服务', '新增档案代理', '未设定', '196', '40'],
      ['产出指标(40分)', '代理档案服务', '档案转递', '未设定', '4393', '40'],
    ]);
    expect(unread.map((u) => u.line)).toEqual([9]);
  });
});
