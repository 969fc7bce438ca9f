/**
 * 江西's 整体支出绩效自评表 (src/templates/definitions/jiangxiDepartment.ts): 评价部门名称 names the unit,
 * the title the year (蚕茶卫生院整体支出绩效自评表(2021年度)); no heading over the indicator block, whose
 * header opens at 分解目标 (the 一级指标 column), 自评权重 (the level's weight) after it, then 二级指标 /
 * 三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分 / 偏差及原因分析. A synthetic form, as a document-sharing
 * preview glues it (南昌县 蚕茶卫生院's page): its rows run together with the level names (预算编审管理) that
 * no vocabulary knows, so they are reported with their line, never cut by guess.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';

const read = (text: string) => readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const GLUED = [
  '某卫生院整体支出绩效自评表.docx',
  '1、某卫生院整体支出绩效自评表(2022年度)评价部门名称某县某乡某卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率' +
    '资金来源:(1)财政拨款98.5%资金结构:(1)基本支出98.5%(2)项目支出年度总年初设定目标全年完成情况体目标门诊人次达到9000人次门诊人次9200人次' +
    '分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标20预算编审管理完整、准确率100%100%1010资产管理安全性100%100%1010',
].join('\n');

describe('the 江西 整体支出绩效自评表', () => {
  it('is recognised by 评价部门名称 and 分解目标: the unit under 评价部门名称 and the year of its title are read', () => {
    const out = read(GLUED);
    expect(out.departmentEvaluations.map((d) => [d.templateId, d.unitName, d.fiscalYear])).toEqual([
      ['jiangxi-department-overall', '某县某乡某卫生院', 2022],
    ]);
  });

  it('reports its glued indicator rows with their line, reading no indicator from them', () => {
    const out = read(GLUED);
    expect(out.departmentEvaluations[0]!.indicators).toEqual([]);
    const row = out.unread.find((u) => u.text.startsWith('管理指标20预算编审管理'));
    expect(row?.line).toBe(2);
    expect(row?.reason).toMatch(/cannot tell which are missing/);
  });
});
