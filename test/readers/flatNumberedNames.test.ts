/**
 * Names at the start of a glued stretch of indicator rows (src/readers/flatGluedRows.ts,
 * src/readers/flat.ts numberedRows), as the OCR of 宁夏 原州区's 自治区专项资金绩效目标自评表 writes
 * them: a name holding a comma (`病害减少,防治病虫害…较上年减少`), a name opening with a year glued
 * to its numbering cell (`指标12021年…`), a numbering cell whose 指标 the level word before it took
 * (`生态效益指标1病害减少…`). Near misses stay uncut: a comma after a row, a comma name that would
 * swallow a row, a number that is no year.
 */
import { describe, expect, it } from 'vitest';
import { readFlatBlocks } from '../../src/readers/flat';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';
import { readTextBlocks } from '../../src/readers/text';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
/** 三级指标 / 分值 / 年度指标值 / 全年实际值 / 得分 / 未完成原因及改进措施 (may be left blank). */
const ningxia: RowSchema = { shapes: ['name', 'score', 'value', 'value', 'score', 'text'], mayOmitLast: 1 };
/** 三级指标 / 分值 / 指标评价内容 / 得分: a text column between two figures. */
const scoresheet: RowSchema = { shapes: ['name', 'score', 'text', 'score'], mayOmitLast: 0 };
const rows = (text: string, schema: RowSchema) => {
  const cut = cutRows(chars(text), schema, false);
  return cut.ways === 1 ? cut.rows.map((r) => r.map((c) => c.text)) : null;
};

describe('a comma in the first name of a glued stretch', () => {
  it('is the name’s own: the row cuts one way', () => {
    expect(rows('病害减少,防治病虫害使用的化学农药量较上年减少82%2%8', ningxia)).toEqual([
      ['病害减少,防治病虫害使用的化学农药量较上年减少', '8', '2%', '2%', '8'],
    ]);
  });

  it('still ends a note after a row: a second row’s name with a comma does not cut', () => {
    expect(rows('减少8是是8病害减少,防治82%2%8', ningxia)).toBeNull();
  });

  it('is no name that swallows a row’s figures', () => {
    expect(rows('病害减少,防治8是是8减少,防治82%2%8', ningxia)).toBeNull();
  });

  it('is not taken where a text column stands between figures (the clause may be that text)', () => {
    expect(rows('绩效目标设定符合实际需求,合理可行5', scoresheet)).toBeNull();
    expect(rows('绩效目标设定符合实际需求5合理可行5', scoresheet)).toEqual([['绩效目标设定符合实际需求', '5', '合理可行', '5']]);
  });
});

describe('numbering cells before glued rows (指标1, 指标2)', () => {
  const HEAD =
    '种薯繁育项目绩效目标自评表(2022年度)项目总得分99分项目名称种薯繁育项目实施单位/项目负责人原州区农技中心/杨勃兴' +
    '自治区主管部门农业农村厅专项实施期2022年3月-2022年11月市县财政部门原州区财政局市县主管部门原州区农业农村局' +
    '资金情况(万元)年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)300259.4586.5%年度总体目标完成繁育' +
    '绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施';
  const lastRow = (body: string) => {
    const blocks = readFlatBlocks(HEAD + body, readTextBlocks) ?? [];
    const table = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])).at(-1)!;
    return table.rows.at(-1)!.cells.map((c) => c.text);
  };

  it('stop before a year that opens the name (指标12022年底前… is 指标1 | 2022年底前…)', () => {
    expect(lastRow('产出指标(40分)时效指标指标12022年底前完成验收8是是8')).toEqual([
      '产出指标(40分)',
      '时效指标',
      '2022年底前完成验收',
      '8',
      '是',
      '是',
      '8',
      '',
    ]);
  });

  it('keep a number that is no year (指标12名村医受训 is 指标12 | 名村医受训)', () => {
    expect(lastRow('产出指标(40分)数量指标指标12名村医受训8是是8').slice(2, 4)).toEqual(['名村医受训', '8']);
  });

  it('give back the 1 of a numbering cell whose 指标 the level word took (生态效益指标1病害减少…)', () => {
    expect(lastRow('效益指标(40分)生态效益指标1病害减少,防治农药量较上年减少82%2%8')).toEqual([
      '效益指标(40分)',
      '生态效益指标',
      '病害减少,防治农药量较上年减少',
      '8',
      '2%',
      '2%',
      '8',
      '',
    ]);
  });

  it('leave a name opening with a longer number as written (生态效益指标10000吨稻谷收储)', () => {
    expect(lastRow('效益指标(40分)生态效益指标10000吨稻谷收储8是是8').slice(2, 4)).toEqual(['10000吨稻谷收储', '8']);
  });
});
