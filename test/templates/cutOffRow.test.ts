/**
 * The last row of an excerpt cut off inside a table (src/templates/cutOffRow.ts): a pipe row closed
 * by its pipe is read as far as it goes, by position; a row not closed, a row with more after it,
 * or cells told apart by spaces are not.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { cutOffRowCells } from '../../src/templates/cutOffRow';
import type { Token } from '../../src/templates/tokens';

/** Yunnan's national project table (指标性质 / 指标值 / 度量单位), as a pipe table. */
const HEAD = [
  '| 项目支出绩效自评表 |',
  '| 项目名称 | 卫片执法补助经费 | | | |',
  '| 主管部门 | 丽江市古城区自然资源局 | 实施单位 | 丽江市古城区自然资源局 |',
  '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
  '| 年度资金总额 | 7.29 | 7.29 | 7.29 | 10.00 | 100% | 10.00 |',
  '| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |',
  '| 产出指标 | 数量指标 | 卫片执法补助经费 | = | 72890 | 元 | 72890 | 10.00 | 9.00 | |',
];
const read = (...last: string[]) => {
  const text = ['2020年度', ...HEAD, ...last].join('\n');
  const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
  return reading.projects[0]?.indicators.map((i) => [i.name, i.target?.text ?? null, i.actual?.text ?? null, i.weight?.text ?? null, i.score?.text ?? null]);
};

describe('a row cut off by the end of the text', () => {
  it('is read as far as written when its line closes its last cell', () => {
    expect(read('| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10.00 |')).toContainEqual(['满意度', '≥95%', '95', '10.00', null]);
  });

  it('is not read when its last cell may be cut (no closing pipe), or when more follows it', () => {
    expect(read('| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10.0')!.map((x) => x[0])).not.toContain('满意度');
    expect(
      read('| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10.00 |', '| 总分 | 100 | 98 |')!.map((x) => x[0]),
    ).not.toContain('满意度');
  });

  it('pads only a closed known row that is the last thing written', () => {
    const token = (text: string, k: number, more: Partial<Token> = {}): Token => ({
      index: k,
      text,
      norm: text,
      line: 1,
      row: 0,
      blanksLost: false,
      ...more,
    });
    const cells = [token('满意度', 0), token('95', 1), token('10', 2, { closed: true })];
    expect(cutOffRowCells(cells, 5, [])?.map((c) => c.text)).toEqual(['满意度', '95', '10', '', '']);
    // Near misses: not closed, cells told apart by spaces, a cell written after it, a stream cell, a row already whole.
    expect(cutOffRowCells([...cells.slice(0, 2), token('10', 2)], 5, [])).toBeNull();
    expect(cutOffRowCells(cells.map((c) => ({ ...c, blanksLost: true })), 5, [])).toBeNull();
    expect(cutOffRowCells(cells, 5, [token('', 3), token('总分', 4, { row: 1 })])).toBeNull();
    expect(cutOffRowCells(cells.map((c) => ({ ...c, row: null })), 5, [])).toBeNull();
    expect(cutOffRowCells(cells, 3, [])).toBeNull();
  });
});
