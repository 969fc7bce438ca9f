/**
 * 部门预算项目支出绩效自评表, Sichuan's template (四川省, e.g. 青神县, 大英县 2023): 项目名称 with
 * the project's code prefix (`51000021R000000019951-工资性支出`); 预算执行情况(10分) with 年度预算数
 * (万元) 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因; rows 总额 /
 * 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金; 项目年度目标 / 年度目标完成情况;
 * 绩效指标(90分) 一级 / 二级 / 三级指标 / 指标性质 (=, ≥, ≤) / 指标值 / 度量单位 / 完成值 / 权重 /
 * 得分 / 未完成原因分析; 合计; 评价结论, 存在问题, 改进措施.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const sichuan: Template = {
  id: 'sichuan-project',
  kind: 'project',
  description: '部门预算项目支出绩效自评表 (四川省)',
  // A table cut before its budget columns is still told by its numbered 项目基本情况 labels, the form's own.
  recognisedBy: [
    ['预算执行情况'],
    ['调整后预算数', '1.项目年度目标完成情况'],
    ['指标性质', '2.项目实施内容及过程概述'],
  ],
  titles: ['部门预算项目支出绩效自评表', '项目支出绩效自评表'],
  formWeights: { budget: 10, indicators: 90 },
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['实施单位'],
  funding: {
    heading: ['预算执行情况'],
    skip: ['年度预算数(万元)', '年度预算数'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算', '年初预算数'] },
      { role: 'budget', labels: ['调整后预算数', '调整后预算'] },
      { role: 'executed', labels: ['预算执行数', '执行数'] },
      { role: 'executionRate', labels: ['预算执行率', '执行率'] },
      { role: 'weight', labels: ['权重'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['原因'] },
    ],
    rows: [
      { role: 'total', labels: ['总额'] },
      { role: 'currentYear', labels: ['其中:财政资金', '财政资金'] },
      { role: 'extra', labels: ['财政专户管理资金'] },
      { role: 'extra', labels: ['单位资金'] },
      { role: 'other', labels: ['其他资金'] },
    ],
    subRowMayOmit: ['note'],
  },
  goals: { expected: ['项目年度目标'], actual: ['年度目标完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'comparator', labels: ['指标性质'] },
      { role: 'target', labels: ['指标值'] },
      { role: 'unit', labels: ['度量单位'] },
      { role: 'actual', labels: ['完成值'] },
      { role: 'weight', labels: ['权重'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['未完成原因分析'] },
    ],
  },
  total: { labels: ['合计'] },
  closing: { deviationAnalysis: ['存在问题'], improvementMeasures: ['改进措施'] },
  otherLabels: ['项目基本情况', '1.项目年度目标完成情况', '2.项目实施内容及过程概述', '评价结论', '项目负责人', '财务负责人'],
};
