/**
 * 部门整体支出绩效评价（自评）表 as a score sheet (安徽 寿县, 四川 大英县 …): no funding block; one
 * row per indicator, 一级 / 二级 / 三级指标 (the levels with their weight: 预算编制（30分）) /
 * 指标分值 / 指标解释 / 评分标准 (计分标准, 指标说明及评分标准) / 自评得分 / 备注, the header
 * sometimes on two rows with the levels last (绩效指标 指标分值 … 备注, then 一级 二级 三级指标);
 * 合计 or 总分. The sheet often names no unit: it is the one its title, or the page title, names
 * before the year.
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

export const departmentScoresheet: Template = {
  id: 'department-scoresheet',
  kind: 'department',
  description: '部门整体支出绩效评价表 (score sheet: 指标分值 / 评分标准 / 自评得分, no funding block)',
  recognisedBy: [
    ['指标分值', '分值'],
    ['指标解释', '评分标准', '计分标准', '指标说明及评分标准', '评分标准及说明'],
    ['自评得分', '得分'],
  ],
  titles: ['部门整体支出绩效评价自评表', '部门整体支出绩效评价表', '部门整体支出绩效自评表', '部门整体绩效评价表'],
  startLabels: ['绩效指标'],
  weightedLevels: true,
  nameLabels: ['部门(单位)名称', '部门名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: null,
  indicators: {
    heading: ['绩效指标', '评价指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['指标分值', '分值'] },
      { role: 'description', labels: ['指标解释'] },
      { role: 'scoringRule', labels: ['评分标准', '计分标准', '指标说明及评分标准', '评分标准及说明'] },
      { role: 'score', labels: ['自评得分', '得分'] },
      { role: 'note', labels: ['备注'] },
    ],
  },
  total: { labels: ['合计', '总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['序号', '填报日期'],
};
