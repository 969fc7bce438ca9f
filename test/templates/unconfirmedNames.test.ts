/**
 * Indicator rows placed by the shapes of their cells whose weights the 总分 row cannot confirm (a
 * table cut off before it): each row is reported and its figures left out, but its first cell, the
 * 三级指标, is kept as the name of an indicator read by name only (src/templates/unconfirmedNames.ts).
 * A synthetic page of the 衔接资金 绩效目标自评表, one table row per line, cells separated by spaces.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const page = (rows: string[]) =>
  [
    '项目名称 2022年河湾村光伏帮扶项目 项目负责人及电话 张三0551-1234567',
    '主管部门 县乡村振兴局 实施单位 河湾镇人民政府',
    '资金情况',
    '(万元)',
    '全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
    '年度资金总额: 20 20 10 100.00% 10',
    '其中:本年财政拨款 20 20 10 100.00% 10',
    '年度总体目标 年初设定目标 年度总体目标完成情况综述',
    '建成村级光伏电站一座,增加村集体收入。 建成村级光伏电站一座,村集体增收2万元。',
    '绩效指标 一级',
    '指标',
    '二级指标 三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施',
    '产出指标',
    '(40分)',
    ...rows,
  ].join('\n');

describe('rows placed by their shapes, not confirmed by a 总分 row (a table cut off)', () => {
  const text = page(['数量指标 光伏电站装机容量 20 20', '质量指标 电站验收合格率 20 18']);

  it('keeps each row’s first cell as its name, its figures not read, and reports the row', () => {
    const [project] = read(text).projects;
    expect(project).toBeDefined();
    expect(project!.indicators.map((i) => i.name)).not.toContain('光伏电站装机容量');
    const named = project!.namedOnlyIndicators ?? [];
    expect(named.map((i) => [i.level2, i.name])).toEqual([
      ['数量指标', '光伏电站装机容量'],
      ['质量指标', '电站验收合格率'],
    ]);
    expect(named.every((i) => i.weight === null && i.score === null && i.target === null && i.actual === null)).toBe(true);
    expect(read(text).unread.map((u) => u.text)).toContainEqual(expect.stringContaining('电站验收合格率'));
  });
});
