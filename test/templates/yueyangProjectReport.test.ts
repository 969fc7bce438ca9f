/**
 * 岳阳's 财政支出项目绩效评价自评报告 (src/templates/definitions/yueyangProjectReport.ts): a cover one field
 * per line (项目名称 某某专项), then 一、项目基本概况 one cell per line followed by ` |` — 项目起止时间 and four
 * amounts side by side, each a label and its amount: 计划安排资金 (万元) the budget, 实际到位资金, 实际支出
 * (万元) the execution, 结余 — each split by source. A synthetic report, as the city's pages give it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const REPORT = [
  '某某市财政支出项目绩效评价自评报告',
  '评价类型:项目实施过程评价□ 项目完成结果评价■',
  '项目名称 某某补助专项',
  '项目单位 某某区某某局',
  '主管部门',
  '评价方式:部门(单位)绩效自评',
  '报告日期:2019年 7月 15日',
  '一、项 目 基 本 概 况 |',
  '|||||||||',
  '项目负责人 |',
  '张 三 |',
  '项目起止时间 |',
  '2018 年 1 月起至 2018 年 12 月止 |',
  '||||||||',
  '计划安排资金 (万元) |',
  '300 |',
  '实际到位资金 (万元) |',
  '280 |',
  '实际支出 (万元) |',
  '265.5 |',
  '结余(万元) |',
  '14.5 |',
  '||||||',
  '其中:中央财政 |',
  '其中:中央财政 |',
  '其中:中央财政 |',
  '其中:中央财政 |',
  '||||||',
  '二、项目支出明细情况 |',
].join('\n');

describe('岳阳 project evaluation report', () => {
  it('reads the name, the planned amount as budget, the amount spent as executed, and the whole-year period', () => {
    const { projects } = read(REPORT);
    expect(projects).toHaveLength(1);
    const p = projects[0]!;
    expect(p.name).toBe('某某补助专项');
    expect(p.fiscalYear).toBe(2018);
    expect(p.total.budget?.text).toBe('300');
    expect(p.total.executed?.text).toBe('265.5');
    expect(p.total.initialBudget).toBeNull();
  });
});
