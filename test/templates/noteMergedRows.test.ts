/**
 * Indicator rows one cell per line that make no whole rows (湖南 零陵): a row with no cell of its
 * own in the last column (the 偏差原因分析及改进措施 note merged over two rows), or a row cut off by
 * the end of the text. Cut only when one cut alone fits, every row with its name, 分值 and 得分
 * written; anything else stays reported.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { cutNoteMergedRows } from '../../src/templates/noteMergedRows';
import { tokenize } from '../../src/templates/tokens';
import { DEPARTMENT_HEAD as head } from '../support/readings';

const read = (indicatorCells: string[], total = ['总分', '100', '98']) => {
  const text = [...head, ...indicatorCells, ...total].join('\n\n');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};
const figures = (reading: ReturnType<typeof read>) =>
  reading.departmentEvaluations[0]!.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text ?? null]);

describe('stream indicator rows a note short, or cut off by the end of the text', () => {
  it('cuts a segment where one row has no note cell (merged with the row above): one cut alone fits', () => {
    const reading = read([
      '产出指标', '(50)', '数量', '指标',
      '造林面积', '1.2万亩', '1.2万亩', '10', '10', ' ',
      '病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7',
      '森林经营面积', '16.3万亩', '16.3万亩', '7', '7', ' ',
    ]);
    expect(figures(reading)).toEqual([
      ['造林面积', '1.2万亩', '1.2万亩', '10', '10'],
      ['病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7'],
      ['森林经营面积', '16.3万亩', '16.3万亩', '7', '7'],
    ]);
    expect(reading.departmentEvaluations[0]!.indicators.every((i) => i.level2 === '数量指标')).toBe(true);
    expect(reading.departmentEvaluations[0]!.readingProblems).toEqual([]);
  });

  it('keeps a note written in the row that has one', () => {
    const reading = read([
      '产出指标', '数量指标',
      '造林面积', '1.2万亩', '1.1万亩', '10', '9', '雨季推迟',
      '病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7',
    ]);
    expect(reading.departmentEvaluations[0]!.indicators.map((i) => [i.name, i.deviationNote])).toEqual([
      ['造林面积', '雨季推迟'],
      ['病虫害防治面积', null],
    ]);
  });

  it('reads the rows before a row cut off by the end of the text, and reports the cut row', () => {
    const text = [...head, '效益指标', '社会效益指标', '提高就业率', '显著', '显著', '6', '6', ' ', '……', ' ', ' ', ' ', '生态'].join('\n\n');
    const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
    const d = reading.departmentEvaluations[0]!;
    expect(d.indicators.map((i) => [i.name, i.weight?.text, i.score?.text])).toEqual([['提高就业率', '6', '6']]);
    expect(reading.unread).toContainEqual(expect.objectContaining({ text: '生态', reason: expect.stringMatching(/cut off by the end of the text/) }));
  });

  it('still reports a segment that cuts two ways (a note that may be the next name)', () => {
    const reading = read([
      '产出指标', '数量指标',
      '造林面积', '1.2万亩', '1.2万亩', '10', '10',
      '抚育', '森林经营面积', '16', '16', '7', '7',
    ]);
    expect(reading.departmentEvaluations[0]!.indicators).toEqual([]);
    expect(reading.departmentEvaluations[0]!.readingProblems!.some((p) => p.message.includes('do not make whole rows'))).toBe(true);
  });

  it('still reports a row short of a figure (its 得分 dropped), and a row cut off where the text goes on', () => {
    const shortOfScore = read([
      '产出指标', '数量指标',
      '造林面积', '1.2万亩', '1.2万亩', '10',
      '病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7', ' ',
    ]);
    expect(shortOfScore.departmentEvaluations[0]!.indicators).toEqual([]);
    const cutInside = read(['产出指标', '数量指标', '造林面积', '1.2万亩', '1.2万亩', '10', '10', ' ', '病虫害防治面积', '3.45万亩']);
    expect(cutInside.departmentEvaluations[0]!.indicators).toEqual([]);
    expect(cutInside.departmentEvaluations[0]!.readingProblems!.some((p) => p.message.includes('do not make whole rows'))).toBe(true);
  });
});

describe('cutNoteMergedRows', () => {
  const cells = (texts: string[]) => tokenize(readTextBlocks(texts.join('\n\n'))).tokens;
  // A row places when its name, 分值 and 得分 (here: a letter, then two digits at its 4th and 5th cells) are written.
  const places = (row: { text: string }[]) => /\p{L}/u.test(row[0]!.text) && /^\d+$/.test(row[3]?.text ?? '') && /^\d+$/.test(row[4]?.text ?? '');

  it('finds the one cut, rows of the width or one short', () => {
    const cut = cutNoteMergedRows(cells(['a', 't', 'v', '1', '1', 'b', 't', 'v', '2', '2', 'n']), 6, places, false);
    expect(cut?.rows.map((r) => r.map((c) => c.text).join(' '))).toEqual(['a t v 1 1', 'b t v 2 2 n']);
    expect(cut?.cutOff).toEqual([]);
  });

  it('finds none where two cuts fit, or none', () => {
    expect(cutNoteMergedRows(cells(['a', 't', 'v', '1', '1', 'b', 'c', 'v', '2', '2', '3']), 6, places, false)).toBeNull();
    expect(cutNoteMergedRows(cells(['a', 't', 'v', '1', 'b', 't', 'v', '2', '2']), 6, places, false)).toBeNull();
  });

  it('takes the cells after the last row for a row cut off only where the text ends there', () => {
    const rest = ['a', 't', 'v', '1', '1', ' ', 'b', 't'];
    expect(cutNoteMergedRows(cells(rest), 6, places, true)?.cutOff.map((c) => c.text)).toEqual(['b', 't']);
    expect(cutNoteMergedRows(cells(rest), 6, places, false)).toBeNull();
  });
});
