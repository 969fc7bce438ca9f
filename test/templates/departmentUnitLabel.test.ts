/**
 * The national 部门整体支出绩效自评表 as 岳阳 fills it in (src/templates/definitions/department.ts): the
 * unit under 预算部门名称, the funding under 年度预算申请 (万元). A synthetic table, one cell per line,
 * each followed by ` |`, as the city's page gives it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const TABLE = [
  '2024年度部门整体支出绩效自评表 |',
  '预算部门名称 |',
  '某某部 |',
  '|||||||',
  '年度预 算申请 (万元) |',
  '年初预算数 |',
  '全年预算数 |',
  '全年执行数 |',
  '分值 |',
  '执行率 |',
  '得分 |',
  '||',
  '年度资金总额 |',
  '200 |',
  '200 |',
  '190 |',
  '10 |',
  '95% |',
  '9.5 |',
  '||',
].join('\n');

describe('部门整体支出绩效自评表 whose unit is under 预算部门名称', () => {
  it('reads the unit and its funding row', () => {
    const { departmentEvaluations } = read(TABLE);
    expect(departmentEvaluations).toHaveLength(1);
    const d = departmentEvaluations[0]!;
    expect(d.unitName).toBe('某某部');
    expect(d.fiscalYear).toBe(2024);
    expect([d.initialBudget?.text, d.budget?.text, d.executed?.text, d.executionRate?.text, d.budgetScore?.text]).toEqual([
      '200',
      '200',
      '190',
      '95%',
      '9.5',
    ]);
  });
});
