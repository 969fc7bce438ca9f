import type { DepartmentEvaluationRow } from '../../db/queries/department';
import { GOALS_TEMPLATE } from '../../db/rows/departmentEvaluation';
import { builder } from '../builder';
import { DepartmentGoalRef } from './departmentGoal';
import { discrepancyFilterArgs, filterDiscrepancies } from './discrepancy';
import { GradeEnum } from './grade';
import { IndicatorRef } from './indicator';
import { DepartmentEvaluationRef, DiscrepancyRef, OrganizationRef, RegionRef, SourceRef } from '../refs';
import { indicatorFields } from '../selection';

builder.node(DepartmentEvaluationRef, {
  description:
    '部门整体支出绩效自评表: a department-wide self-evaluation for a fiscal year — Henan template (投入/过程/产出/效益) or Hubei template (budget execution 20 + weighted annual goals 年度目标).',
  id: { resolve: (e) => e.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.departmentEvaluation.load(id))),
  fields: (t) => ({
    fiscalYear: t.exposeInt('fiscalYear', { description: '年度.' }),
    title: t.exposeString('title', { nullable: true, description: 'The table title as written.' }),
    template: t.exposeString('template', { description: 'HENAN_FOUR_LEVEL or HUBEI_GOALS.' }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The department evaluated (部门).',
      resolve: async (e, _a, ctx) => (await ctx.loaders.organization.load(e.organizationId))!,
    }),
    region: t.field({
      type: RegionRef,
      description: 'Its region.',
      resolve: async (e, _a, ctx) => (await ctx.loaders.region.load(e.regionCode))!,
    }),
    filledOn: t.exposeString('filledOnText', { nullable: true, description: '填报日期 as written.' }),
    basicExpenditure: t.exposeFloat('basicExpenditure', { nullable: true, description: '基本支出总额, 万元.' }),
    projectExpenditure: t.exposeFloat('projectExpenditure', { nullable: true, description: '项目支出总额, 万元.' }),
    initialBudget: t.exposeFloat('initialBudget', {
      nullable: true,
      description: '年初预算数 of the whole department, 万元, where the table writes it beside the full-year budget.',
    }),
    budget: t.exposeFloat('budget', { nullable: true, description: '预算数 of the whole department, 万元.' }),
    executed: t.exposeFloat('executed', { nullable: true, description: '执行数, 万元.' }),
    executionRate: t.exposeFloat('executionRate', { nullable: true, description: '执行率 computed: executed / budget.' }),
    reportedExecutionRate: t.exposeFloat('reportedExecutionRate', { nullable: true, description: '执行率 as reported.' }),
    budgetScore: t.exposeFloat('budgetScore', { nullable: true, description: 'Budget-execution score computed (Hubei: 20 × rate).' }),
    reportedBudgetScore: t.exposeFloat('reportedBudgetScore', { nullable: true, description: 'Budget-execution score as reported.' }),
    reportedScore: t.exposeFloat('reportedTotalScore', {
      nullable: true,
      description:
        '自评得分 as reported: the table\'s 总分 row, else the score its header or its report states (e.g. "自评得分 94.99 分").',
    }),
    tableScoreSum: t.exposeFloat('tableScoreSum', {
      nullable: true,
      description:
        "The table's own total as reported in its cells: the budget-execution score (得分, where the template has one) + Σ the indicators' reported scores (得分). Kept beside reportedScore, which may come from the prose.",
    }),
    computedScore: t.exposeFloat('computedScore', {
      nullable: true,
      description: 'Total computed by the rules: budget score (where the template has one) + Σ indicator scores.',
    }),
    grade: t.field({ type: GradeEnum, nullable: true, description: '等次 of the computed total.', resolve: (e) => e.grade as never }),
    annualObjectives: t.exposeString('annualObjectives', { nullable: true, description: '年度履职目标 as written.' }),
    narrative: t.exposeString('narrative', {
      nullable: true,
      description: 'The narrative self-evaluation report (整体绩效自评报告) beside the table, as written.',
    }),
    narrativeSource: t.field({
      type: SourceRef,
      nullable: true,
      description: 'Where the narrative report was read, if there is one.',
      resolve: (e) =>
        e.narrativeLineStart == null ? null : { documentId: e.documentId, lineStart: e.narrativeLineStart, lineEnd: e.narrativeLineEnd! },
    }),
    indicators: t.field({
      type: [IndicatorRef],
      description: 'Every indicator of the evaluation, in table order, under a goal or not.',
      resolve: (e, _a, ctx, info) => ctx.loaders.indicators('departmentEvaluation').load({ id: e.id, fields: indicatorFields(info) }),
    }),
    goals: t.field({
      type: [DepartmentGoalRef],
      description: 'Weighted annual goals (年度目标) grouping the indicators; empty where the template has none.',
      // An evaluation of a form without goals has none: no statement to say so.
      resolve: (e, _a, ctx) => (e.template === GOALS_TEMPLATE ? ctx.loaders.goals.load(e.id) : []),
    }),
    discrepancies: t.field({
      type: [DiscrepancyRef],
      description: 'Reported figures of this evaluation that disagree with the rules.',
      args: discrepancyFilterArgs,
      resolve: async (e, args, ctx) => filterDiscrepancies(await ctx.loaders.discrepancies('departmentEvaluation').load(e.id), args),
    }),
    source: t.field({
      type: SourceRef,
      description: 'Where the table was read.',
      resolve: (e) => ({ documentId: e.documentId, lineStart: e.lineStart, lineEnd: e.lineEnd }),
    }),
  }),
});
