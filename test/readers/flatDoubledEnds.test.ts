/**
 * A text written twice at a glued name's end, before a figure (src/readers/flatDoubledEnds.ts): a
 * target and an actual met as written, cut off the name only where that is the one way the row fits.
 */
import { describe, expect, it } from 'vitest';
import { doubledEnds } from '../../src/readers/flatDoubledEnds';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
/** The Hubei 项目自评表's indicator columns after the levels: 三级指标 / 年初目标值 / 实际完成值 / 得分. */
const hubei: RowSchema = { shapes: ['name', 'value', 'value', 'score'], mayOmitLast: 0 };
const cells = (text: string) => cutRows(chars(text), hubei, false);

describe('doubledEnds', () => {
  it('finds the doubled end of a letter run before a digit', () => {
    expect(doubledEnds(chars('成本控制不超过预算不超过预算10'))).toEqual([{ start: 4, middle: 9, end: 14 }]);
  });

  it('finds none where no digit follows, where the half is one character, where the whole run is doubled, or where two halves fit', () => {
    expect(doubledEnds(chars('成本控制不超过预算不超过预算'))).toEqual([]);
    expect(doubledEnds(chars('评审程序是否公正是是10'))).toEqual([]);
    expect(doubledEnds(chars('显著提升显著提升10'))).toEqual([]);
    expect(doubledEnds(chars('审核甲乙甲乙甲乙甲乙10'))).toEqual([]);
  });
});

describe('a glued row whose target and actual are the same text (湖北 襄阳市中心医院 财政项目绩效自评表)', () => {
  it('cuts the name off the doubled text, each half a cell', () => {
    expect(cells('成本控制不超过预算不超过预算10').rows.map((r) => r.map((c) => c.text))).toEqual([
      ['成本控制', '不超过预算', '不超过预算', '10'],
    ]);
  });

  it('keeps a row before a row that cannot be cut, the rest uncut', () => {
    const cut = cells('保证财政建设补助专款专用专款专用专款专用10成本每年财政补助1000万元1000万元1000万元10');
    expect(cut.ways).toBe(0);
    expect(cut.certain.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['保证财政建设补助专款专用', '专款专用', '专款专用', '10'],
      ['成本每年财政补助1000万元1000万元1000万元10'],
    ]);
  });

  it('does not cut a name whose end only looks doubled when the halves differ, nor a doubled text that is no row end', () => {
    expect(cells('成本控制不超过预算不超过概算10').ways).toBe(0);
    // The doubled text is followed by text, not a figure: no cut is offered, the row does not fit.
    expect(cells('成本控制合格合格完成10').ways).toBe(0);
  });
});
