/**
 * 转移支付（项目）绩效自评表 / 中央对地方转移支付区域绩效自评表: 转移支付（项目）名称, 中央 / 地方
 * 主管部门, 资金使用单位; 资金投入情况 / 项目资金 / 资金情况（万元） with 全年预算数（A） / 全年执行数（B） / (预算)执行率（B/A）
 * and no 分值 column; 年度总体目标; 绩效指标 with 指标值 and 实际完成值 but no 分值 / 得分, no 总分.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const transfer: Template = {
  id: 'transfer-payment',
  kind: 'project',
  description: '转移支付（项目）绩效自评表 (no scores)',
  // 资金情况（万元）: 天津's 抗疫特别国债项目（打捆项目）绩效目标自评表.
  recognisedBy: [['资金投入情况(万元)', '资金投入情况', '项目资金(万元)', '项目资金', '资金情况(万元)', '资金情况']],
  titles: ['转移支付', '绩效自评表', '绩效目标自评'],
  // 转移(项目)名称: the label as some counties write it, 支付 left out.
  nameLabels: ['转移支付(项目)名称', '转移支付名称', '转移(项目)名称'],
  supervisingLabels: ['中央主管部门', '省级主管部门', '地方主管部门', '主管部门'],
  implementingLabels: ['资金使用单位', '实施单位'],
  funding: {
    heading: ['资金投入情况(万元)', '资金投入情况', '项目资金(万元)', '项目资金', '资金情况(万元)', '资金情况'],
    skip: ['(万元)'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算数'] },
      { role: 'budget', labels: ['全年预算数(A)', '全年预算数', '预算数(A)'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数', '执行数(B)'] },
      // 预算执行率(B/A×100%): the 2024 form's wording.
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率', '预算执行率(B/A)', '预算执行率', '预算执行率(B/A×100%)', '执行率(B/A×100%)'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'currentYear', labels: ['其中:中央财政资金', '其中:中央补助', '中央财政资金', '中央补助', '其中:财政资金'] },
      { role: 'extra', labels: ['地方资金', '省级资金', '市县资金', '地方财政资金'] },
      { role: 'other', labels: ['其他资金'] },
    ],
    subRowMayOmit: [],
  },
  goals: { expected: ['预期目标', '总体目标'], actual: ['实际完成情况', '实际完成目标', '全年实际完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'target', labels: ['全年指标值', '年度指标值', '指标值'] },
      { role: 'actual', labels: ['全年实际完成值', '实际完成值', '全年完成值', '完成值'] },
      { role: 'note', labels: ['未完成原因分析及改进措施', '未完成原因和改进措施', '偏差原因分析及改进措施', '未完成原因分析'] },
    ],
  },
  total: { labels: [] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['年度总体目标', '总体目标完成情况', '填报日期'],
};
