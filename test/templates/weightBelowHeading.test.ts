/**
 * A block heading broken over lines leaves its weight alone on the line under it
 * (`预算执行情况(万元)` / `(20分)`, `年度绩效目标` / `(80分)`): that cell is the heading's weight, and
 * the column labels start after it (src/templates/headingWeight.ts). A synthetic Hubei-style table,
 * cells separated by spaces.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { isLoneHeadingWeight } from '../../src/templates/headingWeight';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const TABLE = [
  '2020年度项目支出绩效自评表',
  '项目名称 社区图书角建设',
  '主管部门 某区文化局 项目实施单位 某区图书馆',
  '预算执行情况(万元)',
  '(20分)',
  '预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)',
  '年度财政资金总额 80 60 75% 15',
  '年度绩效目标',
  '(80分)',
  '一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分',
  '产出指标 数量指标 建成图书角 12个 12个 40',
  '效益指标 社会效益指标 读者满意度 90% 96% 40',
  '总分 95',
].join('\n');

describe('a heading whose weight stands on the line under it', () => {
  it('is told by the cell alone: a bracketed weight and nothing else', () => {
    expect(isLoneHeadingWeight('(20分)')).toBe(true);
    expect(isLoneHeadingWeight('（80 分）')).toBe(true);
    expect(isLoneHeadingWeight('(万元)')).toBe(false);
    expect(isLoneHeadingWeight('得分(20分*执行率)')).toBe(false);
  });

  it('does not hide the column labels under it: the budget row and the indicator rows are read', () => {
    const p = read(TABLE).projects[0]!;
    expect([p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text, p.total.score?.text]).toEqual(['80', '60', '75%', '15']);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.score?.text])).toEqual([
      ['建成图书角', '12个', '12个', '40'],
      ['读者满意度', '90%', '96%', '40'],
    ]);
  });
});
