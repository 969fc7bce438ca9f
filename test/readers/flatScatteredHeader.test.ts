/**
 * An indicator header a spreadsheet preview scattered among its first rows' cells
 * (src/readers/flatScatteredHeader.ts): the levels first, the other labels in the order written,
 * rows read from the first one that opens with its number; the cells displaced among the labels
 * reported, of each numbered one only its name kept — on the real excerpt (稷山县, a flattened
 * .xlsx) and on near misses that must stay as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { indicatorFigures as figures } from '../support/readings';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const fixture = (id: string) => fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
const read = (text: string) => readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

/** A national 项目支出绩效自评表 flattened onto one spaced line, its indicator header as given. */
const table = (header: string) =>
  [
    '某县项目支出绩效自评表 (2021年度) 项目名称 道路养护 主管部门 某县交通运输局 实施单位 某县公路中心',
    '项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 100 100 90 10 90% 9',
    header,
  ].join(' ');

const SCATTERED =
  '年度总体目标 一级 指标 — 养护目标 年度 实际 指标值 完成值 指标1:养护里程 300公里 二级指标 三级指标 指标2:路面完好率 分值 得分 95% 5 5 ' +
  '指标3:桥梁检查次数 12次 12次 10 10 指标4:群众满意度 90% 92% 10 9';

describe('an indicator header scattered among its first rows (稷山县 基本公共卫生服务, a spreadsheet preview)', () => {
  const doc = read(fixture('shanxi-jishan-basic-public-health'));
  const p = doc.projects[0]!;

  it('reads the numbered rows after the header in the header columns: levels first, then 指标值 / 完成值 / 分值 / 得分 as written', () => {
    expect(p.templateId).toBe('national-project');
    expect(p.indicators.map(figures)).toContainEqual(['举办健康教育宣传咨询活动', '12次', '96次', '1', '1']);
    expect(p.indicators.map(figures)).toContainEqual(['适龄儿童疫苗接种率', '100.00%', '97.30%', '2', '1.9']);
    expect(p.indicators.map(figures)).toContainEqual(['0-36月龄中医药规范管理数', '1228人', '770人', '2', '1.8']);
    expect(p.indicators).toHaveLength(18);
  });

  it('keeps of the rows displaced among the header labels only their names, each reported', () => {
    expect((p.namedOnlyIndicators ?? []).map((i) => i.name)).toEqual(['居民健康档案', '发放健康教育资料', '举办健康教育知识讲座']);
    expect(p.indicators.map((i) => i.name)).not.toContain('居民健康档案');
    const reasons = doc.unread.map((u) => u.reason).join('\n');
    expect(reasons).toMatch(/「居民健康档案」: the cells after its name \(「38508人」\)/);
  });
});

describe('a scattered indicator header, and near misses', () => {
  it('reads a spaced table whose header is scattered: numbered rows after it, the displaced ones by name', () => {
    const p = read(table(SCATTERED)).projects[0]!;
    expect(p.indicators.map(figures)).toEqual([
      ['桥梁检查次数', '12次', '12次', '10', '10'],
      ['群众满意度', '90%', '92%', '10', '9'],
    ]);
    expect((p.namedOnlyIndicators ?? []).map((i) => i.name)).toEqual(['养护里程', '路面完好率']);
  });

  it('keeps the order written of the labels after the levels (分值 before 指标值 is read so)', () => {
    const header =
      '年度总体目标 一级 指标 — 养护目标 分值 指标值 完成值 指标1:养护里程 300公里 二级指标 三级指标 得分 ' +
      '指标2:桥梁检查次数 10 12次 12次 10 指标3:群众满意度 10 90% 92% 9';
    const p = read(table(header)).projects[0]!;
    expect(p.indicators.map(figures)).toEqual([
      ['桥梁检查次数', '12次', '12次', '10', '10'],
      ['群众满意度', '90%', '92%', '10', '9'],
    ]);
  });

  it('does not read a scattered header whose rows are not numbered: where its displaced cells end cannot be told', () => {
    const header = SCATTERED.replace(/指标\d:/g, '');
    const p = read(table(header)).projects[0];
    expect(p?.indicators ?? []).toEqual([]);
    expect(p?.namedOnlyIndicators ?? []).toEqual([]);
  });

  it('does not read a header missing a level (no 二级指标): not every level is there', () => {
    const p = read(table(SCATTERED.replace('二级指标 ', ''))).projects[0];
    expect(p?.indicators ?? []).toEqual([]);
  });

  it('leaves a header whose labels stand in a row to the ordinary reading (no displaced cells among them)', () => {
    const header =
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 指标1:桥梁检查次数 12次 12次 10 10';
    const p = read(table(header)).projects[0]!;
    expect(p.indicators.map(figures)).toEqual([['桥梁检查次数', '12次', '12次', '10', '10']]);
    expect(p.namedOnlyIndicators ?? []).toEqual([]);
  });
});
