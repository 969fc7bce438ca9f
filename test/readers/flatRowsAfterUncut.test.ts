/**
 * The rows after a stretch of a flattened table that cuts no way (src/readers/flatGluedRows.ts,
 * rowsAfterUncut): a PDF's text boxes wrapped a row's texts (`获得目的国 (地区)受 众欢迎`, a 2020
 * 市级服务贸易发展资金 项目自评表), so no way of cutting reaches the end of the text; the rows after it,
 * from the first name after a figure where the rest cuts one way only, are read, the stretch left
 * uncut for the template reader to report.
 */
import { describe, expect, it } from 'vitest';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
/** 三级指标 / 年初目标值 (A) / 实际完成值 (B) / 得分. */
const schema: RowSchema = { shapes: ['name', 'value', 'value', 'score'], mayOmitLast: 0 };
const certain = (s: string, spaced: boolean) =>
  cutRows(chars(s), schema, spaced).certain.map((row) => row.cells.map((c) => (c.uncut ? `uncut: ${c.text}` : c.text)));

describe('rows after a stretch that cuts no way', () => {
  it('are read where the rest of the text cuts one way only, the stretch left uncut', () => {
    expect(certain('企业国际质量提升 获得目的国 (地区)受 众欢迎 受目的国受 众欢迎显著 10 资金拨付及时性 98%以上 100% 10', true)).toEqual([
      ['uncut: 企业国际质量提升 获得目的国 (地区)受 众欢迎 受目的国受 众欢迎显著 10'],
      ['资金拨付及时性', '98%以上', '100%', '10'],
    ]);
  });

  it('are not read where the rest cuts no way either (the text ends inside a row)', () => {
    expect(certain('企业国际质量提升 获得目的国 (地区)受 众欢迎 10 资金拨付及时性 98%以上 100%', true)).toEqual([
      ['uncut: 企业国际质量提升 获得目的国 (地区)受 众欢迎 10 资金拨付及时性 98%以上 100%'],
    ]);
  });
});
