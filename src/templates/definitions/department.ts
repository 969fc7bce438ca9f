/**
 * 部门整体支出绩效自评表, the department-wide table of the national layout (贵州 绥阳县, and the
 * provinces that follow the Ministry of Finance's form): 部门（单位）名称; 部门（单位）总体资金（万元）
 * with 资金来源 / 年初预算数（A） / 全年执行数（B） / 分值 / 得分 (/ 执行率 / 得分计算方法); rows
 * 年度资金总额 / 基本支出 / 项目支出 / 其他; 年度总体目标 (年初设定目标 / 年度总体目标完成情况);
 * 绩效指标 一级 / 二级 / 三级指标 / 年度指标值（A） / 全年实际值（B） / 分值 / 得分计算方法 / 得分 /
 * 偏差原因分析及改进措施; 总分. 基本支出 and 项目支出 are kept as their 全年执行数.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

/** The funding block's heading: 部门(单位)总体资金 nationally; 年度预算申请 (湖南), 预算资金 (安徽). */
const FUNDING_HEADINGS = [
  '部门(单位)总体资金(万元)',
  '部门(单位)总体资金',
  '部门整体资金(万元)',
  '部门整体资金',
  '年度预算申请(万元)',
  '年度预算申请',
  '预算资金(万元)',
  '预算资金',
];

export const department: Template = {
  id: 'department-overall',
  kind: 'department',
  description: '部门整体支出绩效自评表 (national layout)',
  recognisedBy: [
    ['部门(单位)名称', '部门名称', '单位名称', '部门', '预算部门名称', '预算部门、单位名称', '预算单位名称', '一级预算单位名称', '二级预算单位名称'],
    FUNDING_HEADINGS,
  ],
  titles: ['部门整体支出绩效自评表', '部门整体绩效自评表'],
  nameLabels: ['部门(单位)名称', '部门名称', '部门', '预算部门名称', '预算部门、单位名称', '预算单位名称', '一级预算单位名称', '二级预算单位名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: {
    heading: FUNDING_HEADINGS,
    // 湖南 writes the unit under its heading on a line of its own, its bracket sometimes unclosed.
    skip: ['资金来源', '(万元)', '(万元'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算数'] },
      { role: 'budget', labels: ['年初预算数(A)', '全年预算数(A)', '全年预算数', '预算数(A)'] },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数', '执行数(B)'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分', '自评得分'] },
      { role: 'note', labels: ['得分计算方法'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额'] },
      { role: 'basic', labels: ['基本支出'] },
      { role: 'project', labels: ['项目支出'] },
      // The project table's rows, as 安徽 writes them under 预算资金.
      { role: 'currentYear', labels: ['其中:当年财政拨款', '其中:本年财政拨款', '当年财政拨款', '本年财政拨款'] },
      { role: 'carryOver', labels: ['上年结转资金', '上年结转'] },
      { role: 'other', labels: ['其他', '其他资金'] },
    ],
    subRowMayOmit: ['weight', 'executionRate', 'score'],
    breakdowns: [
      '按收入性质分',
      '按支出性质分',
      '一般公共预算',
      '政府性基金拨款',
      '政府性基金预算',
      '国有资本经营预算',
      '纳入专户管理的非税收入拨款',
      '基本支出',
      '项目支出',
      '其他资金',
    ],
  },
  goals: { expected: ['年初设定目标', '预期目标'], actual: ['年度总体目标完成情况', '实际完成情况'] },
  indicators: {
    heading: ['绩效指标'],
    columns: [
      ...INDICATOR_LEVELS,
      { role: 'target', labels: ['年度指标值(A)', '年度指标值', '指标值'] },
      { role: 'actual', labels: ['全年实际值(B)', '全年实际值', '实际完成值'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'scoringRule', labels: ['得分计算方法'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['偏差原因分析及改进措施', '未完成原因分析及改进措施'] },
    ],
  },
  total: { labels: ['总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['年度总体目标', '填报日期'],
};
