/**
 * A level cell's weight on a line of its own (`产出指标` / `(50分)`, a merged cell's text wrapped onto
 * a row of the grid, or the next line of a stream): part of the 一级指标 cell it ends, kept with it;
 * where no 一级指标 cell opened on the row above (its words lost) or a 二级指标 stands between, whose it
 * is cannot be told, so it is reported, not kept — never passed over without a word.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const form = (rows: string[]) =>
  [
    '项目支出绩效自评表 (2023年度)',
    '项目名称 | 宣传经费 | | | | | | | |',
    '主管部门 | 某局 | 实施单位 | 某分局 | | | | | |',
    '项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | | |',
    '年度资金总额 | 2 | 2 | 2 | 10 | 100% | 10 | | |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    ...rows,
    '总分 | | | | | | 100 | 100 | |',
  ].join('\n');

describe('a level weight on a line of its own', () => {
  it('ends the 一级指标 cell the row above opened: its indicators carry it', () => {
    const reading = read(
      form([
        ' | 产出指标 | 数量指标 | 宣传次数 | 10次 | 10次 | 50 | 50 | 无 |',
        ' | (50分) | | | | | | | |',
        ' | | 质量指标 | 合格率 | 100% | 100% | 40 | 40 | 无 |',
      ]),
    );
    expect(reading.projects[0]!.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['产出指标(50分)', '宣传次数'],
      ['产出指标(50分)', '合格率'],
    ]);
    expect(reading.unread).toEqual([]);
  });

  it('is reported where no 一级指标 cell opened above it', () => {
    const reading = read(
      form([
        ' | (50分) | | | | | | | |',
        ' | | 数量指标 | 宣传次数 | 10次 | 10次 | 50 | 50 | 无 |',
        ' | | 质量指标 | 合格率 | 100% | 100% | 40 | 40 | 无 |',
      ]),
    );
    expect(reading.projects[0]!.indicators.map((i) => i.name)).toEqual(['宣传次数', '合格率']);
    expect(reading.unread).toEqual([
      expect.objectContaining({ text: '(50分)', reason: expect.stringMatching(/level weight on a line of its own/) }),
    ]);
  });
});
