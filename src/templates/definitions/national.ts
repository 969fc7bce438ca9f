/**
 * 项目支出绩效自评表, the Ministry of Finance's template (财预〔2020〕10号 附件) that most
 * provinces publish as is (安徽, 河北, 湖北 …): 项目资金（万元） with 年初预算数 / 全年预算数（A） /
 * 全年执行数（B） / 分值 / 执行率（B/A） / 得分; rows 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
 * 其他资金; 年度总体目标 (预期目标 / 实际完成情况); 绩效指标 一级 / 二级 / 三级指标 / 年度指标值 /
 * 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施; 总分. Yunnan's variant splits 年度指标值 into
 * 指标性质 / 指标值 / 度量单位, Inner Mongolia's into 指标性质 (正向) / 指标方向 (大于等于) / 年度指标值 / 实际完成值 /
 * 计量单位; Hebei's writes 调整预算数 for 全年预算数. Columns are read in the order
 * the header writes them.
 */
import { INDICATOR_LEVELS, type Template } from '../template';

export const NATIONAL_FUNDING_ROWS: Template['funding']['rows'] = [
  { role: 'total', labels: ['年度资金总额', '年度资金总额(万元)', '资金总额'] },
  {
    role: 'currentYear',
    labels: [
      '其中:本年财政拨款',
      '其中:当年财政拨款',
      '其中:本年财政拨款(当年财政拨款)',
      '其中:财政拨款',
      '本年财政拨款',
      '当年财政拨款',
      '其中:财政资金',
    ],
  },
  { role: 'carryOver', labels: ['上年结转资金', '上年结转', '其中:上年结转资金'] },
  { role: 'other', labels: ['其他资金'] },
];

export const national: Template = {
  id: 'national-project',
  kind: 'project',
  description: '项目支出绩效自评表 (财政部 template; 安徽, 河北, 湖北 and most provinces)',
  recognisedBy: [
    ['项目资金(万元)', '项目资金', '项目资金(元)'],
    ['年度指标值', '指标值', '年度目标值'],
  ],
  titles: ['项目支出绩效自评表', '项目绩效自评表', '项目自评表'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门', '项目主管部门'],
  implementingLabels: ['实施单位', '项目实施单位'],
  funding: {
    heading: ['项目资金(万元)', '项目资金', '项目资金(元)'],
    skip: ['(万元)'],
    columns: [
      { role: 'initialBudget', labels: ['年初预算数', '年初预算'] },
      {
        role: 'budget',
        labels: ['全年预算数(A)', '全年预算数', '调整预算数', '调整预算数(A)', '全年预算数(调整预算数)', '预算数(A)', '预算数'],
      },
      { role: 'executed', labels: ['全年执行数(B)', '全年执行数', '全年执行', '执行数(B)', '执行数'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'executionRate', labels: ['执行率(B/A)', '执行率'] },
      { role: 'score', labels: ['得分'] },
    ],
    rows: NATIONAL_FUNDING_ROWS,
    subRowMayOmit: ['weight', 'executionRate', 'score'],
  },
  goals: { expected: ['预期目标'], actual: ['实际完成情况'] },
  indicators: {
    // Anhui's pages head it 年度绩效指标完成情况.
    heading: ['绩效指标', '年度绩效指标完成情况'],
    columns: [
      ...INDICATOR_LEVELS,
      // Yunnan writes the target in three columns: 指标性质 (≥) / 指标值 (95) / 度量单位 (%). Inner
      // Mongolia's 2024 form writes 正向 / 反向 under 指标性质 and the comparator in words under 指标方向
      // (大于等于 / 等于), its 计量单位 after 实际完成值.
      { role: 'polarity', labels: ['指标性质'], before: ['指标方向'] },
      { role: 'comparator', labels: ['指标性质', '指标方向'] },
      { role: 'target', labels: ['年度指标值', '指标值', '年度目标值'] },
      { role: 'unit', labels: ['度量单位', '计量单位'] },
      { role: 'actual', labels: ['实际完成值', '完成值', '全年实际完成值'] },
      { role: 'weight', labels: ['分值'] },
      { role: 'score', labels: ['得分'] },
      { role: 'note', labels: ['偏差原因分析及改进措施', '偏差原因分析及改进措施', '未完成原因分析及改进措施', '偏差原因分析'] },
    ],
  },
  total: { labels: ['总分'] },
  closing: { deviationAnalysis: ['偏差大或目标未完成原因分析'], improvementMeasures: ['改进措施及结果应用方案'] },
  otherLabels: ['年度总体目标', '年度总体目标完成情况', '其他需要说明事项', '填报日期', '联系人', '联系电话'],
};
