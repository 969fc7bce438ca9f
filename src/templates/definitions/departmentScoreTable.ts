/**
 * 部门整体支出绩效评价得分表, the department-wide score table of a self-evaluation report: 一级 /
 * 二级 / 三级指标 / 得分, every level and indicator cell carrying its weight in brackets
 * (部门决策(25分) / 目标任务(15分) / 相关性(5分)), no 分值 column, no funding block. The report
 * states its total in the prose before it (自评得分90分); the table often names no unit.
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

export const departmentScoreTable: Template = {
  id: 'department-score-table',
  kind: 'department',
  description: '部门整体支出绩效评价得分表 (一级 / 二级 / 三级指标 with their weights in brackets, 得分; no funding block)',
  recognisedBy: [['三级指标'], ['得分']],
  titles: ['部门整体支出绩效评价得分表', '整体支出绩效评价得分表'],
  startLabels: [],
  weightedLevels: true,
  weightedNames: true,
  // Opened by its title only: a 部门(单位)名称 label opens the other department forms.
  nameLabels: [],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: null,
  indicators: {
    heading: [],
    columns: [...INDICATOR_LEVELS, { role: 'score', labels: ['得分'] }],
  },
  total: { labels: ['合计', '总分'], inProse: ['自评得分', '评价得分', '综合得分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: [],
};
