/**
 * A cover's field on one line, its label and value apart by spaces only (src/templates/spacedCoverFields.ts):
 * `项目名称 低保专项` is the name label and the name, as `项目名称:低保专项` would be; a line that is a
 * label as a whole (`计划安排资金 (万元)`) or whose first words are no field label stays one cell.
 */
import { describe, expect, it } from 'vitest';
import { LabelSet } from '../../src/templates/labels';
import { splitSpacedCoverFields } from '../../src/templates/spacedCoverFields';
import type { Token } from '../../src/templates/tokens';

const FIELDS = new LabelSet(['项目名称', '项目单位']);
const ALL = new LabelSet(['项目名称', '项目单位', '计划安排资金(万元)', '主管部门']);

const stream = (texts: string[]) => ({
  tokens: texts.map((text, index): Token => ({ index, text, norm: text.replace(/\s+/g, ''), line: index + 1, row: null, blanksLost: false })),
  rows: [],
});
const texts = (lines: string[]) => splitSpacedCoverFields(stream(lines), FIELDS, ALL).tokens.map((t) => t.text);

describe('a cover field written as label, spaces, value', () => {
  it('is the label and its value', () => {
    expect(texts(['项目名称 低保专项', '项目单位 南湖新区民政局'])).toEqual(['项目名称', '低保专项', '项目单位', '南湖新区民政局']);
  });

  it('keeps the value as written after the first spaces', () => {
    expect(texts(['项目名称        优 抚'])).toEqual(['项目名称', '优 抚']);
  });

  it('leaves a label as a whole, a label with nothing after it, another label after it and other lines alone', () => {
    expect(texts(['计划安排资金 (万元)', '项目名称', '项目单位 主管部门', '评价方式 部门绩效自评'])).toEqual([
      '计划安排资金 (万元)',
      '项目名称',
      '项目单位 主管部门',
      '评价方式 部门绩效自评',
    ]);
  });

  it('leaves the cells of known rows alone', () => {
    const ts = stream(['项目名称 低保专项']);
    ts.tokens[0]!.row = 0;
    expect(splitSpacedCoverFields({ ...ts, rows: [[0]] }, FIELDS, ALL).tokens.map((t) => t.text)).toEqual(['项目名称 低保专项']);
  });
});
