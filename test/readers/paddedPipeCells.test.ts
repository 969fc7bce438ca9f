/**
 * Cells one per line, each closed by a pipe, whose short rows end with a line of pipes (one per cell
 * the row lacks): cut into rows of the table's width (src/readers/paddedPipeCells.ts), as 濉溪's and
 * 甘其毛都's pages are extracted.
 */
import { describe, expect, it } from 'vitest';
import { paddedPipeRows } from '../../src/readers/paddedPipeCells';
import { readTextBlocks } from '../../src/readers/text';
import type { TableCell } from '../../src/tables/model';

const cells = (texts: string[]): TableCell[] =>
  texts.map((text, k) => ({ text, row: 0, col: 0, rowSpan: 1, colSpan: 1, at: { line: k + 1 } }));
const rows = (texts: string[], paddings: { after: number; count: number }[]) =>
  paddedPipeRows(cells(texts), paddings)?.map((r) => [r.cells.map((c) => c.text), r.blanksLost === true]) ?? null;

describe('paddedPipeRows', () => {
  it('cuts whole rows where the cells reach the width, and a padded row where its pipes stand', () => {
    // Width 4: 名称 | X and 单位 | Y (2 + 2 pipes each), a header of 4 with no pipes, two whole rows and a padded one (1 + 3).
    const texts = ['名称', 'X', '单位', 'Y', '指标', '目标', '实际', '得分', '甲', '1', '1', '5', '乙', '2', '2', '5', '丙'];
    expect(
      rows(texts, [
        { after: 2, count: 2 },
        { after: 4, count: 2 },
        { after: 17, count: 3 },
      ]),
    ).toEqual([
      [['名称', 'X'], true],
      [['单位', 'Y'], true],
      [['指标', '目标', '实际', '得分'], false],
      [['甲', '1', '1', '5'], false],
      [['乙', '2', '2', '5'], false],
      [['丙'], true],
    ]);
  });

  it('cuts the cells after the last pipes into whole rows as far as they go, the last one cut off', () => {
    expect(
      rows(
        ['a', 'b', 'c', '1', '2', '3', '4', '5'],
        [
          { after: 1, count: 3 },
          { after: 3, count: 2 },
        ],
      ),
    ).toEqual([
      [['a'], true],
      [['b', 'c'], true],
      [['1', '2', '3', '4'], false],
      [['5'], false],
    ]);
  });

  it('does not cut where the runs do not agree on one width, or one line of pipes does not say it', () => {
    expect(
      rows(
        ['a', 'b', 'c', 'd', 'e'],
        [
          { after: 1, count: 3 },
          { after: 5, count: 2 },
        ],
      ),
    ).toBeNull();
    expect(rows(['a', 'b', 'c'], [{ after: 1, count: 3 }])).toBeNull();
  });
});

describe('readTextBlocks on pipe-closed cells with lines of pipes', () => {
  it('reads a grid: a lone pipe is an empty cell, a line of pipes ends a short row, a title after the cells is a paragraph', () => {
    const text = [
      '项目名称 |',
      '临时救助 |',
      '|',
      '||',
      '|',
      '年度资金总额: |',
      '30 |',
      '||',
      '2024年度部门整体支出绩效自评表',
      '预算部门名称 |',
      '财政金融部 |',
      '|||',
    ].join('\n');
    const blocks = readTextBlocks(text);
    const grid = blocks[0]!;
    expect(grid.kind === 'table' && grid.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目名称', '临时救助', ''],
      ['', '年度资金总额:', '30'],
    ]);
    expect(blocks[1]).toEqual({ kind: 'paragraph', paragraph: { text: '2024年度部门整体支出绩效自评表', at: { line: 9 } } });
  });
});
