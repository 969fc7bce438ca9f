/**
 * 部门整体绩效自评表 as Chongqing publishes it (重庆 梁平区, 西部(重庆)科学城): the unit in its
 * title before the year (重庆市梁平区林业局2023年度部门整体绩效自评表), 主管部门 / 财政处室 /
 * 自评总分（分） / 部门联系人 / 联系电话 in the header (the total is no row); 部门预算执行情况（万元） with
 * 年初预算数 / 全年（调整）预算数 / 全年执行数 / 执行率 / 执行率权重 / 执行率得分, rows 年度总金额 /
 * 其中财政拨款; 当年绩效目标 (年初绩效目标 / 全年（调整）绩效目标 / 全年目标实际完成情况); 绩效指标 with
 * no levels: 指标名称 / 计量单位 / 指标性质 / 指标值 (年初指标值 / 调整指标值) / 指标权重（分） /
 * 全年完成值 / 得分系数 / 指标得分（分） / 是否核心指标 / 说明 — the engine reads indicator blocks
 * headed by their levels only, so these are reported, not read.
 */
import type { Template } from '../template';

export const chongqingDepartment: Template = {
  id: 'chongqing-department-overall',
  kind: 'department',
  description: '部门整体绩效自评表 (重庆: 自评总分 in the header, 执行率权重 / 执行率得分)',
  recognisedBy: [['自评总分(分)', '自评总分'], ['执行率权重'], ['执行率得分(分)', '执行率得分']],
  titles: ['部门整体绩效自评表'],
  startLabels: ['自评总分(分)', '自评总分'],
  nameLabels: ['部门名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: {
    heading: ['部门预算执行情况(万元)', '部门预算执行情况'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算数'] },
      { role: 'budget', labels: ['全年(调整)预算数', '全年预算数'] },
      { role: 'executed', labels: ['全年执行数'] },
      { role: 'executionRate', labels: ['执行率(%)', '执行率'] },
      { role: 'weight', labels: ['执行率权重'] },
      { role: 'score', labels: ['执行率得分(分)', '执行率得分'] },
    ],
    rows: [
      { role: 'total', labels: ['年度总金额'] },
      { role: 'currentYear', labels: ['其中财政拨款', '其中:财政拨款'] },
    ],
    subRowMayOmit: ['executionRate', 'weight', 'score'],
  },
  goals: { expected: ['年初绩效目标'], actual: ['全年目标实际完成情况'], adjusted: ['全年(调整)绩效目标'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      { role: 'name', labels: ['指标名称'] },
      { role: 'unit', labels: ['计量单位'] },
      { role: 'comparator', labels: ['指标性质'] },
      { role: 'target', labels: ['年初指标值', '指标值'] },
      { role: 'weight', labels: ['指标权重(分)', '指标权重'] },
      { role: 'actual', labels: ['全年完成值'] },
      { role: 'score', labels: ['指标得分(分)', '指标得分'] },
      { role: 'note', labels: ['说明'] },
    ],
  },
  total: { labels: ['自评总分(分)', '自评总分'], inHeader: true },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['主管部门', '财政处室', '部门联系人', '联系电话', '当年绩效目标', '调整指标值', '得分系数(%)', '是否核心指标'],
};
