/**
 * 海南's project evaluation form (项目绩效自评表, and the 项目基本信息表 of a 财政支出项目绩效评价报告,
 * 海南省商务厅, 海南省人民政府研究室): 一、项目基本情况 with 项目实施单位 / 主管部门 / 项目负责人 / 项目类型,
 * then three amounts side by side, each a label and its amount — 计划投资额(万元) (the budget),
 * 实际到位资金(万元), 实际使用情况(万元) (the execution) — each split 其中 中央财政 / 省财政 / 市县财政
 * / 其他; 二、绩效评价指标评分, a score sheet: 一级指标 / 分值 / 二级指标 / 分值 / 三级指标 / 分值 / 得分
 * (项目决策 20, 项目管理 25, 项目绩效 55), each level's weight in a column of its own after it
 * (src/templates/levelWeightColumns.ts joins them into the level cell). The 项目绩效自评表 names no
 * project: only its title does (服务贸易项目绩效自评表).
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

const BUDGET = ['计划投资额(万元)', '计划投资额'];
const RECEIVED = ['实际到位资金(万元)', '实际到位资金'];
const USED = ['实际使用情况(万元)', '实际使用情况'];

export const hainan: Template = {
  id: 'hainan-project-evaluation',
  kind: 'project',
  description:
    '项目绩效自评表 (海南: 计划投资额 / 实际到位资金 / 实际使用情况 as labelled cells; score sheet with a 分值 after each level)',
  recognisedBy: [BUDGET, USED],
  titles: ['项目绩效自评表', '财政支出项目绩效评价报告'],
  startLabels: ['一、项目基本情况'],
  weightedLevels: true,
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['项目实施单位', '项目单位'],
  funding: { ...NO_FUNDING, labelled: { budget: BUDGET, executed: USED, notKept: [RECEIVED] } },
  goals: null,
  indicators: {
    heading: ['二、绩效评价指标评分', '绩效评价指标评分'],
    columns: [...INDICATOR_LEVELS, { role: 'weight', labels: ['分值'] }, { role: 'score', labels: ['得分'] }],
  },
  total: { labels: ['总分', '合计'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  // The evaluation report's 项目绩效目标表 before the form, its header words: labels, never a name.
  otherLabels: [...RECEIVED, '项目负责人', '联系电话', '地址', '邮编', '项目类型', '项目绩效目标表', '指标类型', '指标名称', '绩效标准'],
};
