/**
 * splitGluedRows: a .doc table's rows that word-extractor wrote on one line (their row ends left as
 * empty cells) are split into rows of one width; a first row narrower than the rows under it (its
 * cells merged across columns) is split off where four whole rows or more follow it.
 */
import { describe, expect, it } from 'vitest';
import { splitGluedRows } from '../../src/readers/docRowEnds';

const row = (...cells: string[]) => [...cells, ''];

describe('splitGluedRows', () => {
  it('splits rows of one width, each ended by an empty cell', () => {
    const cells = [...row('一级指标', '三级指标', '得分'), ...row('产出指标', '人数', '10'), 'b', 'c', '9'];
    expect(splitGluedRows(cells)).toEqual([
      ['一级指标', '三级指标', '得分'],
      ['产出指标', '人数', '10'],
      ['b', 'c', '9'],
    ]);
  });

  it('splits off a first row narrower than the four rows under it (预期指标值 one cell over three columns)', () => {
    const head = row('三级指标', '预期指标值', '得分');
    const body = [1, 2, 3, 4].flatMap((k) => row(`指标${k}`, '≥', `${k}0`, '%', '10'));
    const rows = splitGluedRows([...head, ...body].slice(0, -1));
    expect(rows.map((r) => r.length)).toEqual([3, 5, 5, 5, 5]);
    expect(rows[0]).toEqual(['三级指标', '预期指标值', '得分']);
    expect(rows[4]).toEqual(['指标4', '≥', '40', '%', '10']);
  });

  it('takes no narrower first row over three rows or fewer, nor over rows whose last is cut short', () => {
    const head = row('三级指标', '预期指标值', '得分');
    const three = [1, 2, 3].flatMap((k) => row(`指标${k}`, '≥', `${k}0`, '%', '10'));
    expect(splitGluedRows([...head, ...three].slice(0, -1))).toHaveLength(1);
    const short = [...[1, 2, 3, 4].flatMap((k) => row(`指标${k}`, '≥', `${k}0`, '%', '10')), '指标5', '≥'];
    expect(splitGluedRows([...head, ...short]).map((r) => r.length)).not.toEqual([3, 5, 5, 5, 5, 2]);
  });

  it('leaves a line no width fits as one row', () => {
    expect(splitGluedRows(['a', 'b', 'c', 'd'])).toEqual([['a', 'b', 'c', 'd']]);
  });
});
