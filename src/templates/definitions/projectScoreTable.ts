/**
 * 项目支出绩效自评指标计分表, a project's score sheet as the framework of 财预〔2020〕10号 lays it out
 * (湖南 南县民政局 2022): 一级 / 二级 / 三级指标 (项目决策 / 项目管理 / 项目绩效 …), every level and
 * indicator cell carrying its weight in brackets (项目决策(20分) / 项目目标(4分) / 目标内容(4分)),
 * no 分值 column, then 自评分, 具体指标 (what the indicator looks at) and 评价标准; no funding block,
 * so its records are read and reported, never loaded as complete projects. The sheet often names
 * no project (a bureau's sheet for its projects of the year): it opens at its title or at 一级指标.
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';
import { SCORESHEET_LEVEL1, SCORESHEET_LEVEL2 } from '../vocabulary';

const SCORE = ['自评分', '自评得分'];
const DESCRIPTION = ['具体指标', '指标解释', '指标说明'];
const SCORING_RULE = ['评价标准', '评分标准', '计分标准'];

export const projectScoreTable: Template = {
  id: 'project-score-table',
  kind: 'project',
  description:
    '项目支出绩效自评指标计分表 (一级 / 二级 / 三级指标 with their weights in brackets, 自评分, 具体指标, 评价标准; no funding block)',
  recognisedBy: [['三级指标'], SCORE, SCORING_RULE],
  titles: ['项目支出绩效自评指标计分表', '项目支出绩效评价指标计分表', '项目支出绩效自评计分表', '项目支出绩效评价计分表'],
  startLabels: ['一级指标'],
  weightedLevels: true,
  weightedNames: true,
  levelWords: [...SCORESHEET_LEVEL1, ...SCORESHEET_LEVEL2],
  // Opened by its title or its 一级指标 (the sheet names no project); the synthetic generator, which writes a form's name cell, leaves it out.
  nameLabels: [],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: null,
  indicators: {
    heading: [],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'score', labels: SCORE },
      { role: 'description', labels: DESCRIPTION },
      { role: 'scoringRule', labels: SCORING_RULE },
    ],
  },
  total: { labels: ['总分', '合计'], inProse: ['总体得分', '评价得分', '自评得分', '综合得分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: [],
};
