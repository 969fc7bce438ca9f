/**
 * 河北's 部门整体支出绩效自评表 (平山县, after its 整体支出绩效自评报告): 填报单位 names the unit, 单位:万元;
 * 一、预算执行情况 with 预算安排情况（调整后） / 资金执行情况 / 预算执行率 side by side, the amounts as
 * labelled cells (预算数: 95 | 执行数: 82.65 | 87%, then 其中:财政资金 / 其他); 二、工作整体完成情况, a
 * score sheet: 一级指标 / 二级指标 / 三级指标 / 指标内容 / 评价标准 / 分值 / 自评得分, the levels' weights
 * in brackets (投入(30), 绩效目标指标管理(15)). No 年初预算数, no score for the execution, no target or
 * actual value.
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

const BUDGET = ['预算数'];
const EXECUTED = ['执行数'];

export const hebeiDepartment: Template = {
  id: 'hebei-department-overall',
  kind: 'department',
  description: '部门整体支出绩效自评表 (河北: 预算数 / 执行数 as labelled cells under 预算安排情况(调整后) / 资金执行情况; a score sheet with 指标内容 / 评价标准 / 分值 / 自评得分)',
  // The unit's label and the two labelled amounts (as 海南's form is recognised by its own).
  recognisedBy: [['填报单位'], BUDGET, EXECUTED],
  titles: ['部门整体支出绩效自评表'],
  weightedLevels: true,
  nameLabels: ['填报单位'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: { ...NO_FUNDING, labelled: { budget: BUDGET, executed: EXECUTED, rate: ['预算执行率'] } },
  goals: null,
  indicators: {
    heading: ['二、工作整体完成情况', '工作整体完成情况'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'description', labels: ['指标内容'] },
      { role: 'scoringRule', labels: ['评价标准'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'score', labels: ['自评得分', '得分'] },
    ],
  },
  total: { labels: ['合计', '总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['单位:万元', '一、预算执行情况', '预算安排情况(调整后)', '预算安排情况', '资金执行情况', '预算执行率', '其中:财政资金', '其他'],
};
