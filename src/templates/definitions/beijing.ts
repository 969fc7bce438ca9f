/**
 * 项目支出绩效自评表 as Beijing publishes it (北京市 海淀区 …): 项目名称, 主管部门及代码, 实施单位;
 * 项目资金（万元） with 年初预算数（A） / 全年执行数（B） / 分值（10分） / 执行率（B/A） / 得分 /
 * 得分计算方法 — the budget is the 年初预算数 (A); rows 年度资金总额 / 其中：本年一般公共预算拨款 /
 * 其他资金; 年度总体目标 (年初设定目标 / 年度总体目标完成情况综述); 绩效指标 一级 / 二级 / 三级指标 /
 * 分值 / 年度指标值（A） / 全年实际值（B） / 得分计算方法 / 得分 / 未完成原因分析; 总分.
 * The same table as Shandong's districts publish it (济南市历城区 区级部门预算项目支出绩效自评表):
 * 项目实施单位, 项目负责人, 联系电话; indicators with 预期指标值(A) / 实际完成指标值(B) / 分值 / 得分 /
 * 未完成原因 / 得分计算方法; the funding block headed 项目预算执行情况(10分), broken over lines.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const beijing: Template = {
  id: 'beijing-project',
  kind: 'project',
  description: '项目支出绩效自评表 (北京市: 年初预算数(A), 得分计算方法)',
  recognisedBy: [['年初预算数(A)'], ['得分计算方法']],
  titles: ['项目支出绩效自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门及代码', '主管部门'],
  implementingLabels: ['实施单位', '项目实施单位'],
  funding: {
    heading: ['项目资金(万元)', '项目资金', '项目预算执行情况'],
    skip: ['(万元)'],
    columns: [
      { role: 'budget', labels: ['年初预算数(A)', '全年预算数(A)'] },
      { role: 'executed', labels: ['全年执行数(B)'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['得分计算方法'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'currentYear', labels: ['其中:本年一般公共预算拨款', '其中:财政拨款', '其中:本年财政拨款', '本年一般公共预算拨款'] },
      { role: 'other', labels: ['其他资金'] },
    ],
    subRowMayOmit: ['weight', 'executionRate', 'score'],
  },
  goals: { expected: ['年初设定目标', '预期目标'], actual: ['年度总体目标完成情况综述', '全年实际完成情况', '实际完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['分值'] },
      { role: 'target', labels: ['年度指标值(A)', '年度指标值', '预期指标值(A)'] },
      { role: 'actual', labels: ['全年实际值(B)', '全年实际值', '实际完成指标值(B)'] },
      { role: 'scoringRule', labels: ['得分计算方法'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['未完成原因分析', '偏差原因分析及改进措施', '未完成原因'] },
    ],
  },
  total: { labels: ['总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['年度总体目标', '填报日期', '项目负责人', '联系电话'],
  // A flattened Hubei table glues 一次性项目 to its 预算执行情况 heading.
  notInGluedText: ['项目预算执行情况'],
};
