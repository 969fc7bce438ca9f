/**
 * 河北's 预算项目绩效自评表 (成安县民政局2020年度预算项目绩效自评表): 一、基本情况 (项目名称:, 是否为专项资金:,
 * 实施(主管)单位, 金额单位: 万元); 二、预算执行情况 with 预算安排情况(调整后) / 资金到位情况 / 资金执行情况 /
 * 预算执行进度(%) side by side, the amounts as labelled cells (预算数 6.84 | 到位数 6.84 | 执行数 6.84 |
 * 100.00, then 其中:财政资金 / 其他), the rate a percentage under 预算执行进度(%) right after the amount
 * executed; 三、目标完成情况; 四、年度绩效指标完成情况: 一级 / 二级 / 三级指标, 指标分值, 预期指标值 (符号 /
 * 单位(文字描述)), 单项指标实际完成值, 单项指标完成情况, 自评得分 (单项指标得分 / 权重占比(%) / 单项指标折算得分),
 * the execution scored as a last row 预算执行率. No 年初预算数 (the project counterpart of
 * src/templates/definitions/hebeiDepartment.ts).
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

const BUDGET = ['预算数'];
const EXECUTED = ['执行数'];
const RATE = ['预算执行进度(%)', '预算执行进度'];

export const hebeiProject: Template = {
  id: 'hebei-project',
  kind: 'project',
  description:
    '预算项目绩效自评表 (河北: 预算数 / 到位数 / 执行数 as labelled cells under 预算安排情况(调整后) / 资金到位情况 / 资金执行情况, 预算执行进度(%))',
  recognisedBy: [['项目名称'], BUDGET, EXECUTED, RATE],
  titles: ['预算项目绩效自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: [],
  implementingLabels: ['实施(主管)单位'],
  funding: { ...NO_FUNDING, labelled: { budget: BUDGET, executed: EXECUTED, rate: RATE, notKept: [['到位数']] } },
  goals: { expected: ['年度预期目标'], actual: ['具体完成情况'] },
  indicators: {
    heading: ['四、年度绩效指标完成情况', '年度绩效指标完成情况'],
    budgetRow: ['预算执行率'],
    columns: [
      ...INDICATOR_LEVELS,
      // The form heads its indicator's explanation 指标分值 (成安县: 享受补贴政策人数占符合条件申报对象总数的比例); the weight is 权重占比.
      { role: 'description', labels: ['指标分值'] },
      { role: 'target', labels: ['预期指标值'] },
      { role: 'actual', labels: ['单项指标实际完成值'] },
      { role: 'note', labels: ['单项指标完成情况'] },
      { role: 'score', labels: ['自评得分'] },
    ],
    groups: [
      {
        role: 'target',
        parts: [
          { role: 'comparator', labels: ['符号'] },
          { role: 'target', labels: ['指标值'] },
          { role: 'unit', labels: ['单位(文字描述)', '单位'] },
        ],
        // The value's own label cell is blank (成安县: 符号 | | 单位(文字描述)).
        blankLabels: ['target'],
      },
      {
        role: 'score',
        parts: [
          { role: 'score', labels: ['单项指标得分'] },
          { role: 'weight', labels: ['权重占比(%)', '权重占比'] },
          { role: 'convertedScore', labels: ['单项指标折算得分'] },
        ],
      },
    ],
  },
  total: { labels: ['合计', '总分'] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: [
    '一、基本情况',
    '是否为专项资金',
    '金额单位',
    '二、预算执行情况',
    '预算安排情况(调整后)',
    '资金到位情况',
    '资金执行情况',
    '到位数',
    '其中:财政资金',
    '其他',
    '三、目标完成情况',
    '总体完成率(%)',
  ],
};
