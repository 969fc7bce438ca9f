/**
 * 部门整体支出绩效自评表 as Hubei publishes it (十堰市, 通城县 — the seeds 003 and 002): 单位名称;
 * 基本支出总额（万元） and 项目支出总额（万元） as labelled cells; 预算执行情况（万元）（20分） with
 * 部门整体支出总额 / 预算数（A） / 执行数（B） / 执行率（B/A） / 得分（20分*执行率）; the indicator
 * block 一级 / 二级 / 三级指标 / 分值 / 指标说明 / 评分标准 / 年初目标值（A） / 实际完成值（B） / 得分 /
 * 偏差原因分析及改进措施, divided by weighted annual goals (年度目标1: … (18分)); 合计.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const hubeiDepartment: Template = {
  id: 'hubei-department',
  kind: 'department',
  description: '部门整体支出绩效自评表 (湖北省: 基本支出总额 / 项目支出总额, 年度目标 with weights)',
  recognisedBy: [['单位名称'], ['基本支出总额(万元)', '基本支出总额'], ['部门整体支出总额']],
  titles: ['部门整体支出绩效自评表', '部门整体绩效自评表'],
  goalRows: true,
  expenditureLabels: { basic: ['基本支出总额(万元)', '基本支出总额'], project: ['项目支出总额(万元)', '项目支出总额'] },
  nameLabels: ['单位名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: {
    heading: ['预算执行情况(万元)', '预算执行情况'],
    columns: [
      { role: 'budget', labels: ['预算数(A)', '预算数'] },
      { role: 'executed', labels: ['执行数(B)', '执行数'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分(20分*执行率)', '得分(20分*执行)', '得分'] },
      { role: 'note', labels: ['未执行完原因和改进措施'] },
    ],
    rows: [{ role: 'total', labels: ['部门整体支出总额'] }],
    subRowMayOmit: [],
  },
  goals: null,
  indicators: {
    heading: ['年度绩效指标', '绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['分值'] },
      { role: 'description', labels: ['指标说明'] },
      { role: 'scoringRule', labels: ['评分标准'] },
      { role: 'target', labels: ['年初目标值(A)', '年初目标值'] },
      { role: 'actual', labels: ['实际完成值(B)', '实际完成值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['偏差原因分析及改进措施'] },
    ],
  },
  total: { labels: ['合计', '总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['填报日期', '填报单位'],
};
