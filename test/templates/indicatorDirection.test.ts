/**
 * Inner Mongolia's 2024 national form splits the target into 指标性质 (正向 / 反向) / 指标方向 (大于等于,
 * 等于 …) / 年度指标值 / 实际完成值 / 计量单位 (src/templates/definitions/national.ts): 指标性质 is the
 * indicator's direction there, the comparator in words stands under 指标方向 — where Yunnan's 指标性质
 * alone is the comparator (≥). On the page as published (甘其毛都口岸分局, cells one per line closed by
 * pipes, short rows padded with lines of pipes) and on a one-row header of each kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const DOCUMENTS = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const targets = (text: string) =>
  read(text).projects[0]!.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text]);

const form = (header: string, rows: string[]) =>
  [
    '项目支出绩效自评表 (2024年度)',
    '项目名称 | 宣传经费 |',
    '主管部门 | 某局 | 实施单位 | 某分局 |',
    '项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '年度资金总额 | 2 | 2 | 2 | 10 | 100% | 10 |',
    `绩效指标 | 一级指标 | 二级指标 | 三级指标 | ${header} | 分值 | 得分 | 偏差原因分析及改进措施 |`,
    ...rows,
    '总分 | 100 | 95 |',
  ].join('\n');

describe('指标性质 and 指标方向', () => {
  it('reads the comparator under 指标方向 and passes over the direction under 指标性质', () => {
    const text = form('指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位', [
      ' | 产出指标 | 数量指标 | 租车次数 | 正向 | 大于等于 | 1 | 1 | 次 | 45 | 45 | 无 |',
      ' | 效益指标 | 社会效益指标 | 投诉率 | 反向 | 小于等于 | 5 | 2 | % | 45 | 40 | 无 |',
    ]);
    expect(targets(text)).toEqual([
      ['租车次数', '大于等于1次', '1', '45', '45'],
      ['投诉率', '小于等于5%', '2', '45', '40'],
    ]);
  });

  it('still takes 指标性质 alone for the comparator (Yunnan)', () => {
    const text = form('指标性质 | 指标值 | 度量单位 | 实际完成值', [
      ' | 产出指标 | 数量指标 | 租车次数 | ≥ | 1 | 次 | 1次 | 90 | 85 | 无 |',
    ]);
    expect(targets(text)).toEqual([['租车次数', '≥1次', '1次', '90', '85']]);
  });

  it('reads 甘其毛都口岸分局 as published: the four indicators before the text is cut', () => {
    const text = fs.readFileSync(path.join(DOCUMENTS, 'neimenggu-bayannur-ganqimaodu-natural-resources.txt'), 'utf8');
    expect(targets(text)).toEqual([
      ['租车次数(次)', '大于等于1次', '1', '8', '8'],
      ['宣传美工制作个数(个)', '小于等于1个', '1', '7', '7'],
      ['租车达标率', '等于100%', '100', '8', '8'],
      ['宣传合格率', '等于100%', '100', '7', '7'],
    ]);
  });
});
