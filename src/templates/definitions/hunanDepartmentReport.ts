/**
 * 湖南 部门整体支出绩效评价自评报告, the report form 岳阳市财政局 prescribes (岳阳市 2018): a cover —
 * the title (岳阳市2018年度部门整体支出 / 绩效评价自评报告), 部门(单位)名称, 预算编码, 评价方式,
 * 评价机构, 报告日期, …财政局(制) — then 一、部门(单位)基本概况 (联系人, 联络电话, 人员编制, 实有人数,
 * 职能职责概述: staff counts and prose, no figure of the evaluation). The budget and score tables
 * of its later sections are not described here (no published page shows them): a record of this
 * form is read for its unit and year and left out, never loaded.
 */
import { NO_FUNDING, type Template } from '../template';

export const hunanDepartmentReport: Template = {
  id: 'hunan-department-report',
  kind: 'department',
  description: '部门整体支出绩效评价自评报告 (湖南 report form: cover with 部门(单位)名称 / 预算编码 / 评价方式)',
  recognisedBy: [['部门(单位)名称'], ['预算编码'], ['评价方式']],
  // 部门(单位)整体支出: the wording of the same form in 岳阳楼区 (岳阳楼区2020年度部门(单位)整体支出 / 绩效评价自评报告).
  titles: ['部门整体支出绩效评价自评报告', '部门整体支出', '部门(单位)整体支出绩效评价自评报告', '部门(单位)整体支出'],
  nameLabels: ['部门(单位)名称'],
  supervisingLabels: [],
  implementingLabels: [],
  funding: NO_FUNDING,
  goals: null,
  indicators: { heading: [], columns: [] },
  total: { labels: [] },
  closing: { deviationAnalysis: [], improvementMeasures: [] },
  otherLabels: ['预算编码', '评价方式', '评价机构', '报告日期', '联系人', '联络电话', '人员编制', '实有人数', '职能职责概述'],
};
