/**
 * One cell per line (湖南 零陵), a level's weight stands on a line of its own — `(50)`, or its bracket
 * lost, `30分)`: part of the level cell, not an indicator cell. A row a figure short stays
 * reported: which cell is missing cannot be told (templates.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { DEPARTMENT_HEAD as head } from '../support/readings';

const read = (indicatorCells: string[]) => {
  const text = [...head, ...indicatorCells, '总分', '100', '98'].join('\n\n');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};

describe('a level weight on a line of its own, one cell per line', () => {
  it('passes over (50) and 30分) after the level word, and reads the rows', () => {
    const reading = read([
      '产出指标', '(50)', '数量指标',
      '造林面积', '1.2万亩', '1.2万亩', '10', '10', ' ',
      '效益指标', '30分)', '社会效益指标',
      '提高就业率', '显著', '显著', '6', '6', ' ',
    ]);
    const d = reading.departmentEvaluations[0]!;
    expect(d.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['造林面积', '1.2万亩', '1.2万亩', '10', '10'],
      ['提高就业率', '显著', '显著', '6', '6'],
    ]);
    expect(d.readingProblems).toEqual([]);
  });

  it('still reports rows a figure short (a row only its note short cuts one way: noteMergedRows.test.ts)', () => {
    const reading = read([
      '产出指标', '(50)', '数量指标',
      '造林面积', '1.2万亩', '1.2万亩', '10',
      '病虫害防治面积', '3.45万亩', '3.45万亩', '7', '7', ' ',
    ]);
    const d = reading.departmentEvaluations[0]!;
    expect(d.indicators).toEqual([]);
    expect(d.readingProblems!.some((p) => p.message.includes('do not make whole rows'))).toBe(true);
  });
});
