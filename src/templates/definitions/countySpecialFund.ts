/**
 * 县级专项资金绩效目标自评表 (湖南 衡山县 …), the transfer layout for county funds: 专项资金名称,
 * 负责人及电话, 县级主管部门, 实施单位; 项目资金（万元） with 全年预算数（A） / 全年执行数（B） /
 * 执行率（B/A） and no 分值; rows 年度资金总额 / 其中：中央、省、市补助县级资金 / 其他资金; 年度总体目标
 * (年初设定目标 / 全年实际完成情况); 绩效指标 一级 / 二级 / 三级指标 / 年度指标值 / 全年完成值 /
 * 未完成原因和改进措施; no scores, no 总分; a 说明 row closes it.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const countySpecialFund: Template = {
  id: 'county-special-fund',
  kind: 'project',
  description: '县级专项资金绩效目标自评表 (no scores)',
  recognisedBy: [['专项资金名称'], ['全年完成值', '全年实际完成值']],
  titles: ['专项资金绩效目标自评表', '绩效目标自评表'],
  nameLabels: ['专项资金名称'],
  supervisingLabels: ['县级主管部门', '主管部门'],
  implementingLabels: ['实施单位'],
  funding: {
    heading: ['项目资金(万元)', '项目资金', '资金情况(万元)'],
    skip: ['(万元)'],
    columns: [
      { role: 'budget', labels: ['全年预算数(A)', '全年预算数'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'currentYear', labels: ['其中:中央、省、市补助县级资金', '其中:中央、省、市补助资金', '其中:本级财政资金'] },
      { role: 'other', labels: ['其他资金'] },
    ],
    subRowMayOmit: [],
  },
  goals: { expected: ['年初设定目标'], actual: ['全年实际完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'target', labels: ['年度指标值'] },
      { role: 'actual', labels: ['全年完成值', '全年实际完成值'] },
      { role: 'note', labels: ['未完成原因和改进措施', '未完成原因分析及改进措施'] },
    ],
  },
  total: { labels: [] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['负责人及电话', '年度总体目标', '说明'],
};
