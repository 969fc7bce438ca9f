/** What the reader tests compare: an indicator as its written figures, and the head of a department-wide table as cells. */
import type { ParsedIndicator } from '../../src/templates/parsed';

/** An indicator as figures: name, target, actual, weight, score (the text as written; null when not read). */
export const indicatorFigures = (i: ParsedIndicator) => [
  i.name,
  i.target?.text ?? null,
  i.actual?.text ?? null,
  i.weight?.text ?? null,
  i.score?.text ?? null,
];

/** A 部门整体支出绩效自评表 up to its indicator header, one cell per entry (a county forestry bureau, 2021). */
// prettier-ignore
export const DEPARTMENT_HEAD = [
  '部门整体支出绩效自评表', '(2021年度)',
  '预算单位名称', '某县林业局',
  '年度预算申请(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分',
  '年度资金总额', '100', '100', '90', '10', '90%', '9',
  '年度总体目标', '预期目标', '实际完成情况', '造林', '造林',
  '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
];
