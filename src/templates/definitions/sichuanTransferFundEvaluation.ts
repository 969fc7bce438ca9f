/**
 * Sichuan's evaluation form for a central transfer-payment fund (林业草原改革发展资金绩效评价表, 雅安市
 * 名山区林业局 2024): no name cell — the fund is named only by the title (`****2024年度林业草原改革发展资金
 * 绩效评价表`), the year also in 年度:2024年; 资金投入情况（万元） with numbered columns (列次 0–7) and rows
 * (行次 1–4): 全年预算数（A） / 统筹整合资金数（B） / 扣除统筹整合资金后预算金额（C） / 全年到位资金（D） /
 * 预算到位（D/C×100%） / 全年执行资金（E） / 预算执行（E/C×100%） / 佐证材料; rows 年度资金总额（万元）,
 * 其中：中央财政资金（万元）, 地方财政资金（万元）, 其他资金（万元，自有资金…）; then 资金管理情况 (分配科学性,
 * 下达及时性, 拨付合规性, 使用规范性 with 情况说明 / 存在问题 / 改进措施). No 年初预算数, no score for
 * execution, no indicator block as far as the published excerpts show.
 */
import type { Template } from '../template';

export const sichuanTransferFundEvaluation: Template = {
  id: 'sc-transfer-fund-evaluation',
  kind: 'project',
  description: '转移支付资金绩效评价表 (四川: 资金投入情况 with 行次 / 列次, 统筹整合资金数, 预算到位; the fund named in the title)',
  // (A header cell broken over lines is recognised by its first line: 统筹整合资金数 / (B).)
  recognisedBy: [
    ['资金投入情况(万元)', '资金投入情况'],
    ['统筹整合资金数(B)', '统筹整合资金数'],
    ['全年到位资金(D)', '全年到位资金'],
  ],
  titles: ['绩效评价表'],
  startLabels: ['资金投入情况(万元)', '资金投入情况'],
  namedByTitle: true,
  nameLabels: [],
  supervisingLabels: [],
  implementingLabels: [],
  funding: {
    heading: ['资金投入情况(万元)', '资金投入情况'],
    // The 佐证材料 column holds the documents' names, and 列次 numbers the columns: no figures.
    skip: ['(万元)', '佐证材料', '列次'],
    columns: [
      { role: 'rowNumber', labels: ['行次'] },
      { role: 'budget', labels: ['全年预算数(A)'] },
      { role: 'pooled', labels: ['统筹整合资金数(B)'] },
      { role: 'netBudget', labels: ['扣除统筹整合资金后预算金额(C)'] },
      { role: 'received', labels: ['全年到位资金(D)'] },
      { role: 'receivedRate', labels: ['预算到位(D/C×100%)', '预算到位(D/C)'] },
      { role: 'executed', labels: ['全年执行资金(E)'] },
      { role: 'executionRate', labels: ['预算执行(E/C×100%)', '预算执行(E/C)'] },
    ],
    rows: [
      { role: 'total', labels: ['年度资金总额(万元)', '年度资金总额'] },
      { role: 'currentYear', labels: ['其中:中央财政资金(万元)', '其中:中央财政资金'] },
      { role: 'extra', labels: ['地方财政资金(万元)', '地方财政资金'] },
    ],
    subRowMayOmit: [],
  },
  goals: null,
  indicators: { heading: [], columns: [] },
  total: { labels: [] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['资金管理情况'],
};
