/**
 * Unevaluated rows (src/templates/unevaluatedRows.ts): 施甸县's 保山猪保种场建设项目 (an excerpt of the
 * page, cells separated by spaces) writes each indicator's name and 年初目标值 only, its 实际完成值, 得分
 * and 总分 blank — with the near misses that must stay unread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { isUnevaluatedBlock } from '../../src/templates/unevaluatedRows';

const EXCERPT = fs.readFileSync(path.join(__dirname, 'excerpts', 'yunnan-shidian-spaced.txt'), 'utf8');

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) }).projects[0]!;
const figures = (text: string) =>
  read(text).indicators.map((i) => [i.name, i.target?.text ?? null, i.actual?.text ?? null, i.score?.text ?? null]);
const problems = (text: string) => (read(text).readingProblems ?? []).map((p) => p.message);

describe('an indicator block whose evaluation columns are blank in every row', () => {
  it('reads each row’s one cell as its 年初目标值 (施甸县 保山猪保种场)', () => {
    const project = read(EXCERPT);
    expect(project.name).toBe('保山猪保种场建设项目');
    expect(project.reportedTotalScore).toBeNull();
    expect(project.totalRowLine).toBe(37);
    expect(problems(EXCERPT)).toEqual([]);
    expect(figures(EXCERPT)).toEqual([
      ['标准化圈舍面积(平方米)', '5000', null, null],
      ['办公用房面积(平方米)', '500', null, null],
      ['饲料加工用房面积(平方米)', '300', null, null],
      ['保种数量(头)', '300', null, null],
      ['年提供种猪数量(头)', '2000', null, null],
      ['工程合格率(%)', '95', null, null],
      ['项目竣工时间', '2023.12', null, null],
      ['投入资金(≥万元)', '1500', null, null],
      ['年新增畜牧产值 (万元)', '500', null, null],
      ['辐射带动养殖保山猪户数(户)', '300', null, null],
      ['项目业主满意度(%)', '95', null, null],
    ]);
  });

  it('stays unread when a 总分 is written: the rows were scored, and the one cell may be a 得分', () => {
    const scored = EXCERPT.replace(/^总分$/m, '总分 80');
    expect(figures(scored)).toEqual([]);
    expect(problems(scored).some((p) => p.includes('cannot tell which are missing'))).toBe(true);
  });

  it('stays unread when one row writes more: the columns its neighbours left blank are not the same in every row', () => {
    const mixed = EXCERPT.replace('保种数量(头) 300', '保种数量(头) 300 280');
    expect(figures(mixed).map((f) => f[0])).not.toContain('标准化圈舍面积(平方米)');
    expect(problems(mixed).some((p) => p.includes('cannot tell which are missing'))).toBe(true);
  });

  it('the rule alone: name and 年初目标值 first, evaluation columns after, every row two cells, the 总分 blank', () => {
    const roles = ['name', 'target', 'actual', 'score'];
    const rows = [
      ['标准化圈舍面积(平方米)', '5000'],
      ['项目竣工时间', '2023.12'],
    ];
    expect(isUnevaluatedBlock(rows, roles, true)).toBe(true);
    expect(isUnevaluatedBlock(rows, [...roles, 'note'], true)).toBe(true);
    // A 总分 written, one row only, a row of three cells or one, a blank or a nameless row.
    expect(isUnevaluatedBlock(rows, roles, false)).toBe(false);
    expect(isUnevaluatedBlock(rows.slice(0, 1), roles, true)).toBe(false);
    expect(isUnevaluatedBlock([...rows, ['保种数量(头)', '300', '280']], roles, true)).toBe(false);
    expect(isUnevaluatedBlock([...rows, ['保种数量(头)']], roles, true)).toBe(false);
    expect(isUnevaluatedBlock([...rows, ['保种数量(头)', '—']], roles, true)).toBe(false);
    expect(isUnevaluatedBlock([...rows, ['300', '95']], roles, true)).toBe(false);
    // A cell of words: perhaps the rest of a name broken at a space.
    expect(isUnevaluatedBlock([...rows, ['企业把握政治导向和文', '化方向情况']], roles, true)).toBe(false);
    // A 分值 column (written before the evaluation too), a 指标值 not first, no 得分 column.
    expect(isUnevaluatedBlock(rows, ['name', 'target', 'actual', 'weight', 'score'], true)).toBe(false);
    expect(isUnevaluatedBlock(rows, ['name', 'weight', 'target', 'actual', 'score'], true)).toBe(false);
    expect(isUnevaluatedBlock(rows, ['name', 'target', 'actual'], true)).toBe(false);
  });
});
