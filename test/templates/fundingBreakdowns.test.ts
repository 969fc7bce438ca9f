/**
 * Hunan's 部门整体支出绩效自评表 writes breakdowns beside the funding rows, each label with its amount
 * in one cell (按收入性质分:2030.12, 其中:基本支出:900.47). They end the 年度资金总额 row and are reported
 * as not kept — never taken for its columns. The table, one cell per line, as web pages extract it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const cells = [
  '2023年度部门整体支出绩效自评表',
  '预算部门、单位名称', '某县某乡人民政府',
  '年度预算申请', '(万元',
  '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分',
  '年度资金总额', '861.10', '2030.12', '2030.12', '10', '100%', '10',
  '按收入性质分:2030.12', '按支出性质分:1925.67',
  '其中: 一般公共预算:1325.68', '其中:基本支出:900.47',
  '政府性基金拨款:118.82', '项目支出:1025.20',
  '纳入专户管理的非税收入拨款:', '其他资金:585.62',
  '年度总体目标', '预期目标', '实际完成情况', '完成全年工作任务', '完成全年工作任务',
  '绩效指标',
  '一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '分值', '得分',
  '产出指标', '数量指标', '培训人次', '100人', '120人', '90', '90',
  '总分', '100', '100',
];
const text = cells.join('\n\n');

describe('funding breakdowns beside the rows (湖南 部门整体支出绩效自评表)', () => {
  const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
  const d = reading.departmentEvaluations[0]!;

  it('reads the 年度资金总额 row from its own six cells', () => {
    expect(reading.departmentEvaluations).toHaveLength(1);
    expect(d.unitName).toBe('某县某乡人民政府');
    expect(d.fiscalYear).toBe(2023);
    expect(d.budget?.text).toBe('2030.12');
    expect(d.executed?.text).toBe('2030.12');
    expect(d.executionRate?.text).toBe('100%');
    expect(d.budgetScore?.text).toBe('10');
  });

  it('does not take a breakdown amount for the 基本支出 / 项目支出 rows, and reports each breakdown as not kept', () => {
    expect(d.basicExpenditure).toBeNull();
    expect(d.projectExpenditure).toBeNull();
    const breakdowns = reading.unread.filter((u) => u.reason.startsWith('a breakdown of the funds'));
    expect(breakdowns.map((u) => u.text)).toEqual(cells.slice(18, 26));
  });
});
