/**
 * Glued rows ending in a name glued to digits that cannot be cut (`…变质比例00`: 0 | 0, or the name's
 * own 0 and 0): the rows before it are kept when they cut one way only, the last row's name kept and
 * its digits reported (src/readers/flatGluedRows.ts, rowsBeforeLastNamed).
 */
import { describe, expect, it } from 'vitest';
import { cutRows, type RowSchema } from '../../src/readers/flatGluedRows';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
/** The Hunan 县级专项资金绩效目标自评表: 三级指标 / 年度指标值 / 全年完成值 / 未完成原因和改进措施 (may be left blank). */
const county: RowSchema = { shapes: ['name', 'value', 'value', 'text'], mayOmitLast: 1 };
const certain = (text: string) =>
  cutRows(chars(text), county, false).certain.map((r) => r.cells.map((c) => (c.uncut ? `~${c.text}` : c.text)));

describe('rows before a last name glued to digits (湖南 衡山县 县级储备粮)', () => {
  it('keeps the rows before it and the last name, its digits uncut', () => {
    expect(certain('县级储备粮管理制 度严格执行率100%100%储备粮管理专户管 理率100%100%县级储备粮库存粮 食明显变质比例00')).toEqual([
      ['县级储备粮管理制 度严格执行率', '100%', '100%'],
      ['储备粮管理专户管 理率', '100%', '100%'],
      ['县级储备粮库存粮 食明显变质比例', '~00'],
    ]);
  });

  it('keeps nothing cut when the rows before it cut more than one way', () => {
    // 达标率 | 101% or 达标率10 | 1% (a percent above 100): the first row is not certain, so neither is anything after it.
    expect(certain('达标率101%100%变质比例00')).toEqual([['~达标率101%100%变质比例00']]);
  });

  it('leaves the text uncut when its end is no name before digits', () => {
    // (A single digit after it may be its name's own end: 比例0.)
    expect(certain('达标率100%100%比例0')).toEqual([['~达标率100%100%比例0']]);
    expect(certain('达标率100%100%完成比例100%')).toEqual([['~达标率100%100%完成比例100%']]);
  });
});
