/**
 * 江西's 整体支出绩效自评表 (南昌县 蚕茶卫生院 2021): the unit in its title before the year
 * (蚕茶卫生院整体支出绩效自评表(2021年度)); 评价部门名称 / 下属单位个数; 整体支出规模 with 全年预算数 /
 * 全年执行数 / 执行率 by 资金来源 ((1)财政拨款) and 资金结构 ((1)基本支出, (2)项目支出), no total row;
 * 年度总体目标 (年初设定目标 / 全年完成情况); then 分解目标 / 自评权重 / 二级指标 / 三级指标 / 年度指标值 /
 * 全年完成值 / 分值 / 得分 / 偏差及原因分析: the 分解目标 are the 一级指标 (管理指标, 产出指标, 效果指标,
 * 满意度指标), each with its weight in the 自评权重 column after it.
 *
 * The 自评权重 is joined into its level's cell where the weights add up (levelWeightLabels,
 * src/templates/levelWeightColumns.ts), so that a row reads as one of 一级 / 二级 / 三级指标 … and a
 * 二级指标 of no vocabulary (预算编审管理) is read by its place under its label. A flattened, glued
 * page (蚕茶卫生院's preview) is not cut: its rows are reported.
 *
 * No heading stands over the indicator block: it is found at 分解目标, its first column label (as a
 * score sheet's at 一级指标). The funding block has no total row, and the one page known gives no
 * amount (only the rates): it is not read, and its column labels (全年预算数 / 全年执行数 / 执行率) are
 * not the form's other labels either, since a flattened text is cut at the other labels of every template
 * (湖南 衡山县's glued 执行率 would be cut out of its figures).
 */
import { NO_FUNDING, type Template } from '../template';

export const jiangxiDepartment: Template = {
  id: 'jiangxi-department-overall',
  kind: 'department',
  description: '整体支出绩效自评表 (江西: 评价部门名称 / 下属单位个数 / 整体支出规模; 分解目标 with 自评权重, 二级指标 / 三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分)',
  // The unit's label and the 分解目标 column that opens the indicator header (the form has no heading over it).
  recognisedBy: [['评价部门名称'], ['分解目标']],
  titles: ['整体支出绩效自评表'],
  // Each 分解目标's weight, in the 自评权重 column after it, is joined into its cell (src/templates/levelWeightColumns.ts).
  weightedLevels: true,
  levelWeightLabels: ['自评权重'],
  nameLabels: ['评价部门名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: { expected: ['年初设定目标'], actual: ['全年完成情况'] },
  indicators: {
    heading: [],
    columns: [
      { role: 'level1', labels: ['分解目标'] },
      { role: 'level2', labels: ['二级指标'] },
      { role: 'name', labels: ['三级指标'] },
      { role: 'target', labels: ['年度指标值'] },
      { role: 'actual', labels: ['全年完成值'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['偏差及原因分析'] },
    ],
  },
  total: { labels: ['总分', '合计'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['下属单位个数', '整体支出规模', '资金来源', '资金结构', '年度总体目标'],
};
