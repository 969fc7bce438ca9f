/**
 * 河北's 部门整体支出绩效自评表 (src/templates/definitions/hebeiDepartment.ts): 填报单位 names the
 * unit; 一、预算执行情况 writes its amounts as labelled cells under 预算安排情况（调整后） / 资金执行情况
 * (预算数: 95 | 执行数: 82.65), with no 年初预算数 and no score for the execution, and its rate right
 * after the amount executed, under 预算执行率 (src/templates/labelledFunding.ts). Its title names no
 * year: the year is the one of the report heading above it (2023年度整体支出绩效自评报告). A synthetic form,
 * one cell per line, each followed by ` |`, as the county's page gives it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const FORM = [
  '某县某局部门',
  '2022年度整体支出绩效自评报告',
  '一、部门基本情况',
  '(一)部门概况',
  '1.主要职能。贯彻落实上级关于本部门工作的方针政策和决策部署。',
  '部门整体支出绩效自评表 | |||||||',
  '填报单位: |',
  '某县某局 |',
  '|',
  '单位:万元 | |||',
  '一、预算执行情况 |',
  '预算安排情况(调整后) |',
  '资金执行情况 |',
  '预算执行率 | ||||',
  '预算数: |',
  '120 |',
  '执行数: |',
  '108.5 |',
  '90% | |||',
  '其中:财政资金 |',
  '120 |',
  '其中:财政资金 |',
  '108.5 | ||||',
  '其他 |',
  '|',
  '其他 |',
  '| ||||',
  '二、工作整体完成情况 |',
  '一级指标 |',
  '二级指标 |',
  '三级指标 |',
  '指标内容 |',
  '评价标准 |',
  '分值 |',
  '自评得分 |',
].join('\n');

describe('the 河北 部门整体支出绩效自评表', () => {
  it('reads the unit under 填报单位 and the labelled 预算数 / 执行数, with no 年初预算数 and no execution score', () => {
    const d = read(FORM).departmentEvaluations[0]!;
    expect(d.unitName).toBe('某县某局');
    expect([d.budget?.text, d.executed?.text]).toEqual(['120', '108.5']);
    expect([d.initialBudget ?? null, d.budgetScore]).toEqual([null, null]);
    expect(d.templateId).toBe('hebei-department-overall');
  });

  it('takes the year of the report it is attached to, its heading above the title that names none', () => {
    expect(read(FORM).departmentEvaluations[0]!.fiscalYear).toBe(2022);
    // A heading that is a sentence of the report, not its title, names no year of the form.
    expect(read(FORM.replace('2022年度整体支出绩效自评报告', '现将2022年度整体支出绩效自评情况报告如下,请审阅。')).departmentEvaluations[0]!.fiscalYear).toBeNull();
  });

  it('reads the rate written after the amount executed, under 预算执行率, where it is the amounts\' ratio', () => {
    expect(read(FORM).departmentEvaluations[0]!.executionRate?.text).toBe('90%');
    // A percentage that is not 执行数 / 预算数 is no rate of theirs.
    expect(read(FORM.replace('90% | |||', '80% | |||')).departmentEvaluations[0]!.executionRate).toBeNull();
  });
});
