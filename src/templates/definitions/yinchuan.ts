/**
 * 本级部门项目支出绩效自评表 as Yinchuan publishes it (宁夏 银川市): 项目名称, 主管部门, 实施单位 and
 * 自评得分 in the header (the total is no row); 项目资金（万元） with 年初预算数 / 调整预算数（A） /
 * 全年执行数（B） / 执行率（B/A） and no score (execution is scored as an indicator, 预算执行率);
 * row 年度资金总额; 年度总体目标 (年初设定目标 / 年度总体目标完成情况); indicators 一级 / 二级 /
 * 三级指标 / 考核分值 / 指标值（A） / 全年实际值（B） / 得分 / 未完成原因分析及改进措施, the levels
 * with their weight (项目决策（10分）, 数量指标（10分）).
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const yinchuan: Template = {
  id: 'yinchuan-project',
  kind: 'project',
  description: '本级部门项目支出绩效自评表 (宁夏 银川市: 自评得分 in the header, 考核分值)',
  recognisedBy: [['自评得分'], ['调整预算数(A)', '调整预算数'], ['全年实际值(B)', '全年实际值']],
  titles: ['本级部门项目支出绩效自评表', '项目支出绩效自评表'],
  weightedLevels: true,
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['实施单位'],
  funding: {
    heading: ['项目资金(万元)', '项目资金'],
    skip: ['(万元)'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算数'] },
      { role: 'budget', labels: ['调整预算数(A)', '调整预算数'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
    ],
    rows: [{ role: 'total', labels: ['年度资金总额'] }],
    subRowMayOmit: [],
  },
  goals: { expected: ['年初设定目标'], actual: ['年度总体目标完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['考核分值', '分值', '考值(分值)'] },
      { role: 'target', labels: ['指标值(A)', '指标值'] },
      { role: 'actual', labels: ['全年实际值(B)', '全年实际值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['未完成原因分析及改进措施', '偏差原因分析及改进措施'] },
    ],
  },
  total: { labels: ['自评得分'], inHeader: true },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['年度总体目标', '填报日期'],
};
