/**
 * 四川省项目支出绩效评分表, the score sheet of a project's evaluation report (四川 仪陇县 2019):
 * 一级 / 二级 / 三级指标 (项目决策 / 项目管理 / 项目绩效, the levels with their weight: 项目决策(20分)) /
 * 分值 / 指标评价内容(公式计算结果=x) / 得分; no funding block (the budget and its execution are in
 * the report's prose), so its records are read and reported, never loaded as complete projects.
 * The sheet often writes no 项目名称 and no heading over its levels: it opens at its title or at
 * 一级指标, and is the project the report's title names (关于…项目绩效评价报告).
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';
import { SCORESHEET_LEVEL1, SCORESHEET_LEVEL2 } from '../vocabulary';

const EVALUATION_CONTENT = ['指标评价内容(公式计算结果=x)', '指标评价内容', '评价内容'];

export const sichuanProjectScoresheet: Template = {
  id: 'sichuan-project-scoresheet',
  kind: 'project',
  description: '项目支出绩效评分表 (四川省; score sheet: 分值 / 指标评价内容 / 得分, no funding block)',
  recognisedBy: [['分值'], EVALUATION_CONTENT, ['得分']],
  titles: ['项目支出绩效评分表'],
  startLabels: ['一级指标'],
  weightedLevels: true,
  levelWords: [...SCORESHEET_LEVEL1, ...SCORESHEET_LEVEL2],
  nameLabels: ['项目名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: null,
  indicators: {
    heading: [],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'weight', labels: ['分值'] },
      { role: 'scoringRule', labels: EVALUATION_CONTENT },
      { role: 'score', labels: ['得分'] },
    ],
  },
  total: { labels: ['总分', '合计'], inProse: ['总体得分', '评价得分', '自评得分', '综合得分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: [],
};
