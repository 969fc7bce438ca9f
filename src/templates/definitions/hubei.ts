/**
 * 项目自评表 (财政项目绩效自评表) as Hubei publishes it (黄石市, 通城县 — the seeds 000 and 002): 项目名称, 主管部门,
 * 项目实施单位; 预算执行情况（万元）（20分） with 预算数（A） / 执行数（B） / 执行率（B/A） / 得分
 * (20分*执行率); row 年度财政资金总额; 年度绩效目标（80分） 一级 / 二级 / 三级指标 / 年初目标值（A） /
 * 实际完成值（B） / 得分 (no 分值 per indicator); 总分 (the score alone); 偏差大或目标未完成原因分析,
 * 改进措施及结果应用方案. The seeds keep their own reader; this reads the layout in other formats.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const hubei: Template = {
  id: 'hubei-project',
  kind: 'project',
  description: '项目自评表 (湖北省: 预算执行情况（20分）, 年度绩效目标（80分）)',
  recognisedBy: [
    ['预算执行情况(万元)', '预算执行情况'],
    ['年初目标值(A)', '年初目标值'],
  ],
  titles: ['项目自评表', '项目支出绩效自评表', '项目绩效自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['项目实施单位', '实施单位'],
  classificationLabels: { category: ['项目类别'], attribute: ['项目属性'], type: ['项目类型'] },
  funding: {
    heading: ['预算执行情况(万元)', '预算执行情况'],
    skip: ['(20分*执行率)'],
    columns: [
      { role: 'budget', labels: ['预算数(A)', '预算数'] },
      { role: 'executed', labels: ['执行数(B)', '执行数'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分', '得分(20分*执行率)'] },
    ],
    rows: [{ role: 'total', labels: ['年度财政资金总额', '年度资金总额'] }],
    subRowMayOmit: [],
  },
  goals: null,
  indicators: {
    // A table with several annual goals numbers them, each block with its own weight: 年度绩效目标1（40分）, 年度绩效目标2（40分）;
    // 黄冈市档案馆's heads its one block 年度绩效指标.
    heading: ['年度绩效目标', '年度绩效目标1', '年度绩效目标2', '年度绩效目标3', '年度绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'target', labels: ['年初目标值(A)', '年初目标值'] },
      { role: 'actual', labels: ['实际完成值(B)', '实际完成值'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'score', labels: ['得分'] },
    ],
  },
  total: { labels: ['总分'] },
  closing: { deviationAnalysis: ['偏差大或目标未完成原因分析'], improvementMeasures: ['改进措施及结果应用方案'] },
  otherLabels: ['项目类别', '项目属性', '项目类型', '项目单位', '主要领导签字', '填报日期'],
};
