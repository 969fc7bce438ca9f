/**
 * 岳阳's project evaluation report form (财政支出项目绩效评价自评报告, 岳阳市财政局(制) and its 南湖新区's,
 * 附件2 / 附件3-2): a cover — 评价类型, 项目名称, 项目单位, 主管部门, 评价方式, 评价机构, 报告日期 —, then
 * 一、项目基本概况 with 项目负责人 / 联系电话 / 项目地址 / 邮编 / 项目起止时间 and four amounts side by side,
 * each a label and its amount: 计划安排资金 (万元) (the budget), 实际到位资金 (万元), 实际支出 (万元) (the
 * execution), 结余(万元), each split 其中:中央财政 / 省财政 / 市财政 / 区 (县市区) 财政 / 其它;
 * 二、项目支出明细情况 (支出内容 / 实际支出数 / 会计凭证号 / 备注: payments, not indicators);
 * 三、项目绩效自评情况, its targets (一级指标 / 二级指标 / 指标内容 / 指标(目标)值 / 实际完成值 …).
 * The form has no 年初预算数 and no execution rate of its own. Its title names no year: the year is
 * the project period when that is one whole calendar year (src/templates/wholeYearPeriod.ts).
 */
import { INDICATOR_LEVELS, NO_FUNDING, type Template } from '../template';

const BUDGET = ['计划安排资金(万元)', '计划安排资金'];
const RECEIVED = ['实际到位资金(万元)', '实际到位资金'];
const SPENT = ['实际支出(万元)', '实际支出'];

export const yueyangProjectReport: Template = {
  id: 'yueyang-project-evaluation-report',
  kind: 'project',
  description: '财政支出项目绩效评价自评报告 (岳阳: 计划安排资金 / 实际到位资金 / 实际支出 / 结余 as labelled cells)',
  recognisedBy: [BUDGET, SPENT],
  titles: ['财政支出项目绩效评价自评报告'],
  nameLabels: ['项目名称'],
  supervisingLabels: ['主管部门'],
  implementingLabels: ['项目单位'],
  funding: { ...NO_FUNDING, labelled: { budget: BUDGET, executed: SPENT, notKept: [RECEIVED] } },
  goals: null,
  indicators: {
    heading: ['项目绩效定量目标(指标)及完成情况'],
    columns: [
      ...INDICATOR_LEVELS.slice(0, 2),
      { role: 'name', labels: ['指标内容', '三级指标'] },
      { role: 'target', labels: ['指标(目标)值'] },
      { role: 'actual', labels: ['实际完成值'] },
    ],
  },
  total: { labels: [] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: [
    ...RECEIVED,
    '结余(万元)',
    '结余',
    '项目负责人',
    '联系电话',
    '项目地址',
    '邮编',
    '项目起止时间',
    '评价方式',
    '评价机构',
    '报告日期',
    '二、项目支出明细情况',
    '支出内容',
    '实际支出数',
    '会计凭证号',
    '备注',
    '支出合计',
  ],
};
