/**
 * dropUnknownColumns: an indicator column no template describes (指标编码) is taken out of a grid
 * table's header and of the rows under it up to the 总分 row, a funding column (资金到位数) out of the
 * funding block's rows, each cell reported; rows whose
 * columns are not certain, cells merged across it, garbled labels a reader recognised and header
 * rows that run on into figures are left as written.
 */
import { describe, expect, it } from 'vitest';
import type { Block, TableCell, TableRow } from '../../src/tables/model';
import { dropUnknownColumns } from '../../src/templates/unknownColumns';
import { KNOWN_LABELS as KNOWN } from '../../src/templates';

function grid(rows: (string | TableCell)[][], options: { blanksLost?: number[] } = {}): Block {
  return {
    kind: 'table',
    table: {
      shape: 'grid',
      lineStart: 1,
      lineEnd: rows.length,
      rows: rows.map((cells, r): TableRow => ({
        line: r + 1,
        cells: cells.map((c, col) => (typeof c === 'string' ? { text: c, row: r, col, rowSpan: 1, colSpan: 1, at: { line: r + 1 } } : c)),
        ...(options.blanksLost?.includes(r) ? { blanksLost: true } : {}),
      })),
    },
  };
}
const texts = (b: Block) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : []);

const HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '指标编码', '年度指标值', '实际完成值', '分值', '得分'];

describe('dropUnknownColumns', () => {
  it('takes the column out of the header and of every row up to the 总分 row, reporting each cell', () => {
    const { blocks, dropped } = dropUnknownColumns(
      [
        grid([
          HEADER,
          ['', '产出指标', '数量指标', '培训人数', 'ZB001', '≥100人', '120人', '10', '10'],
          ['', '', '质量指标', '合格率', 'ZB002', '100%', '100%', '10', '10'],
          ['总分', '', '', '', '', '', '', '100', '100'],
          ['说明', '', '', '', '附注', '', '', '', ''],
        ]),
      ],
      KNOWN,
    );
    expect(texts(blocks[0]!)).toEqual([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['', '产出指标', '数量指标', '培训人数', '≥100人', '120人', '10', '10'],
      ['', '', '质量指标', '合格率', '100%', '100%', '10', '10'],
      ['总分', '', '', '', '', '', '', '100', '100'].filter((_, k) => k !== 4),
      ['说明', '', '', '', '附注', '', '', '', ''],
    ]);
    expect(dropped.map((d) => [d.line, d.text])).toEqual([
      [1, '指标编码'],
      [2, 'ZB001'],
      [3, 'ZB002'],
    ]);
  });

  it('takes a funding column out of the funding block’s rows, up to the first row that is none', () => {
    const { blocks, dropped } = dropUnknownColumns(
      [
        grid([
          ['项目资金(万元)', '', '年初预算数', '全年预算数(A)', '全年执行数(B)', '资金到位数', '分值', '执行率(B/A)', '得分'],
          ['', '年度资金总额', '50', '51.78', '50.25', '51.78', '10', '97%', '9.7'],
          ['', '上年结转资金', '—', '—', '—', '—', '', '', ''],
          ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''],
        ]),
      ],
      KNOWN,
    );
    expect(texts(blocks[0]!)).toEqual([
      ['项目资金(万元)', '', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      ['', '年度资金总额', '50', '51.78', '50.25', '10', '97%', '9.7'],
      ['', '上年结转资金', '—', '—', '—', '', '', ''],
      ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''],
    ]);
    expect(dropped.map((d) => [d.line, d.text])).toEqual([
      [1, '资金到位数'],
      [2, '51.78'],
    ]);
  });

  it('leaves the table as written where no template label is unknown, or the header runs on into figures', () => {
    const known = [grid([HEADER.filter((h) => h !== '指标编码'), ['', '产出指标', '数量指标', '培训人数', '≥100人', '120人', '10', '10']])];
    expect(dropUnknownColumns(known, KNOWN).blocks).toBe(known);
    const runOn = [grid([[...HEADER, '产出指标', '数量指标', '培训人数', '≥', '100', '人次', '10', '10']])];
    expect(dropUnknownColumns(runOn, KNOWN).dropped).toEqual([]);
  });

  it('leaves a cell a reader took for a garbled label, rows whose columns are not certain, and cells merged across the column', () => {
    const garbled: TableCell = { text: '指标值(八)', label: '指标值(A)', row: 0, col: 4, rowSpan: 1, colSpan: 1, at: { line: 1 } };
    const header = [...HEADER.slice(0, 4), garbled, ...HEADER.slice(5)];
    expect(dropUnknownColumns([grid([header])], KNOWN).dropped).toEqual([]);

    const { blocks } = dropUnknownColumns(
      [
        grid(
          [
            HEADER,
            ['', '产出指标', '数量指标', '培训人数', 'ZB001', '≥100人', '120人', '10', '10'],
            ['', '质量指标', '合格率', 'ZB002', '100%', '100%', '10', '10'],
          ],
          { blanksLost: [2] },
        ),
      ],
      KNOWN,
    );
    expect(texts(blocks[0]!)[2]).toEqual(['', '质量指标', '合格率', 'ZB002', '100%', '100%', '10', '10']);

    const merged: TableCell = { text: '见附件', row: 1, col: 3, rowSpan: 1, colSpan: 3, at: { line: 2 } };
    const across = dropUnknownColumns([grid([HEADER, ['', '产出指标', '数量指标', merged, '10', '10']])], KNOWN);
    expect(texts(across.blocks[0]!)[1]).toEqual(['', '产出指标', '数量指标', '见附件', '10', '10']);
  });
});
