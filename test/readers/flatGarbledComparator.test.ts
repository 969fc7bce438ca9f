/**
 * Comparators an OCR garbled in a glued row (src/readers/flatGarbledComparator.ts, 宁夏 原州区's
 * 自治区专项资金绩效目标自评表: `8工5%工5%8`, 工 for ≥): they only tell where the row's cells end; the
 * cells they open are left blank and reported, never read.
 */
import { describe, expect, it } from 'vitest';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';
import { rowsWithGarbledComparators } from '../../src/readers/flatGarbledComparator';

const chars = (s: string, line = 1) => [...s].map((ch) => ({ ch, line }));
/** 三级指标 / 分值 / 年度指标值 / 全年实际值 / 得分 / 未完成原因及改进措施 (may be left blank), under a level of 40 points. */
const schema: RowSchema = {
  shapes: ['name', 'score', 'value', 'value', 'score', 'text'],
  mayOmitLast: 1,
  check: (c) => (!c[4] || Number(c[4]) <= Number(c[1])) && (!c[1] || Number(c[1]) <= 40),
};
const texts = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text));

describe('comparators an OCR garbled in a glued row', () => {
  it('reads the row’s other cells, the values they open blank and kept apart with their line', () => {
    const text = chars('种薯亩均收入较鲜薯亩均收入8工5%工5%8', 5);
    expect(cutRows(text, schema, false).ways).toBe(0);
    const got = rowsWithGarbledComparators(text, schema);
    expect(got && texts(got.rows)).toEqual([['种薯亩均收入较鲜薯亩均收入', '8', '', '', '8']]);
    expect(got?.garbled).toEqual([
      { text: '工5%', line: 5 },
      { text: '工5%', line: 5 },
    ]);
  });

  it('keeps a clean value beside a garbled one', () => {
    expect(texts(rowsWithGarbledComparators(chars('受益农户满意度8≥90%^95%8'), schema)!.rows)).toEqual([['受益农户满意度', '8', '≥90%', '', '8']]);
  });

  it('reads nothing where the row still cuts more than one way (880%: 8 | 80% or a name ending in 8 …)', () => {
    expect(rowsWithGarbledComparators(chars('一级种薯推广面积占总面积比例880%^80%8'), schema)).toBeNull();
  });

  it('takes no unit of measure for a comparator (10个5%: 10个 | 5%)', () => {
    expect(rowsWithGarbledComparators(chars('培训人数810个10个8'), schema)).toBeNull();
  });
});
