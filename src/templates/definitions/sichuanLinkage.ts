/**
 * 绩效目标自评表 of Sichuan's 财政衔接资金 projects (四川 中江县 …): 项目名称, 项目负责人及电话,
 * 主管部门, 实施单位; 资金情况（万元） with 全年预算数（A） / 全年执行数（B） / 分值 / 执行率（B/A） /
 * 得分 (no 年初预算数); rows 年度资金总额 / 其中：本年财政拨款 / 其他资金; 年度总体目标 (年初设定目标 /
 * 年度总体目标完成情况综述); 绩效指标 一级 / 二级 / 三级指标 / 分值 / 年度指标值 / 全年实际值 / 得分 /
 * 未完成原因及拟采取的改进措施 (分值 before the values); 总分.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const sichuanLinkage: Template = {
  id: 'sichuan-linkage-project',
  kind: 'project',
  description: '绩效目标自评表 (四川 财政衔接资金)',
  recognisedBy: [['资金情况(万元)', '资金情况'], ['全年实际值']],
  titles: ['绩效目标自评表', '绩效自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['实施单位'],
  funding: {
    heading: ['资金情况(万元)', '资金情况'],
    skip: ['(万元)'],
    columns: [
      { role: 'budget', labels: ['全年预算数(A)', '全年预算数'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'currentYear', labels: ['其中:本年财政拨款', '其中:财政拨款'] },
      { role: 'other', labels: ['其他资金'] },
    ],
    subRowMayOmit: ['weight', 'executionRate', 'score'],
  },
  goals: { expected: ['年初设定目标'], actual: ['年度总体目标完成情况综述'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['分值'] },
      { role: 'target', labels: ['年度指标值'] },
      { role: 'actual', labels: ['全年实际值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['未完成原因及拟采取的改进措施', '未完成原因分析及改进措施'] },
    ],
  },
  total: { labels: ['总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['项目负责人及电话', '年度总体目标'],
};
