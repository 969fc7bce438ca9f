/**
 * 河北's 预算项目绩效自评表 (src/templates/definitions/hebeiProject.ts): 项目名称: names the project; 二、预算执行情况
 * writes its amounts as labelled cells under 预算安排情况(调整后) / 资金到位情况 / 资金执行情况 / 预算执行进度(%)
 * (预算数 6.84 到位数 6.84 执行数 6.84 100.00), no 年初预算数; the rate after the amount executed is a
 * percentage written without its sign under the column labelled in per cent (src/templates/labelledFunding.ts),
 * read where it is the two amounts' ratio. A synthetic form, one row per line with cells separated by
 * spaces, as the county's page gives it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const form = (rate: string) =>
  [
    '某县某局2021年度预算项目绩效自评表',
    '一、基本情况 项目名称: 某某补贴 是否为专项资金: 实施(主管)单位 某县某局机关 金额单位: 万元',
    '二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)',
    `预算数 12.5 到位数 12.5 执行数 10 ${rate}`,
    '其中:财政资金 12.5 其中:财政资金 12.5 其中:财政资金 10',
    '其他 0.00 其他 0.00 其他 0.00',
    '三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)',
  ].join('\n');

describe('河北 预算项目绩效自评表', () => {
  it('reads the project, its year and its labelled amounts, with no 年初预算数', () => {
    const p = read(form('80.00')).projects[0]!;
    expect(p.name).toBe('某某补贴');
    expect(p.fiscalYear).toBe(2021);
    expect([p.total.initialBudget, p.total.budget?.text, p.total.executed?.text]).toEqual([null, '12.5', '10']);
  });

  it('reads the rate written without its sign under 预算执行进度(%) when it is the amounts ratio, not otherwise', () => {
    expect(read(form('80.00')).projects[0]!.total.executionRate?.text).toBe('80.00');
    expect(read(form('90.00')).projects[0]!.total.executionRate).toBeNull();
  });
});
