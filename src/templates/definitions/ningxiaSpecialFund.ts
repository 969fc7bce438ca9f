/**
 * 宁夏 自治区 special funds' 绩效目标自评表 (a transfer to a county: 马铃薯种薯繁育示范推广项目,
 * 原州区): 项目总得分 in the header (the total is no row); 项目名称, 项目实施单位/项目负责人,
 * 自治区主管部门, 专项实施期, 市县财政部门, 市县主管部门; 资金情况（万元） with 全年预算数（A） /
 * 全年执行数（B） / 执行率（B/A） and no score, rows 年度资金总额 and 其中 中央补助 / 自治区补助 /
 * 市县资金; 年度总体目标; 绩效指标 一级 / 二级 / 三级指标 / 分值 / 年度指标值 / 全年实际值 / 得分 /
 * 未完成原因及改进措施, the indicators numbered 指标1, 指标2 ….
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const ningxiaSpecialFund: Template = {
  id: 'nx-region-special-fund',
  kind: 'project',
  description: '自治区专项资金绩效目标自评表 (宁夏: 项目总得分 in the header, 自治区 / 市县主管部门)',
  recognisedBy: [['自治区主管部门'], ['资金情况(万元)', '资金情况']],
  titles: ['绩效目标自评表', '绩效自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['自治区主管部门'],
  implementingLabels: ['项目实施单位/项目负责人', '项目实施单位'],
  funding: {
    heading: ['资金情况(万元)', '资金情况'],
    skip: ['(万元)'],
    columns: [
      { role: 'budget', labels: ['全年预算数(A)', '全年预算数'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'currentYear', labels: ['其中:中央补助', '中央补助'] },
      { role: 'extra', labels: ['自治区补助', '市县资金'] },
    ],
    subRowMayOmit: [],
  },
  goals: { expected: ['年度总体目标'], actual: [] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['分值'] },
      { role: 'target', labels: ['年度指标值'] },
      { role: 'actual', labels: ['全年实际值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['未完成原因及改进措施', '未完成原因分析及改进措施'] },
    ],
  },
  total: { labels: ['项目总得分'], inHeader: true },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['专项实施期', '市县财政部门', '市县主管部门', '项目负责人', '其中'],
};
