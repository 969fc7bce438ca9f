import type { SummaryRowRow, SummaryTableRow } from '../../db/queries/summary';
import { builder } from '../builder';
import { LIST_SIZES, listOf } from '../listComplexity';
import { discrepancyFilterArgs, filterDiscrepancies } from './discrepancy';
import { ReportedCellRef, reportedCells } from './source';
import { DiscrepancyRef, OrganizationRef, ProjectRef, SourceRef, SummaryTableRef } from '../refs';

export const SummaryRowRef = builder.objectRef<SummaryRowRow>('SummaryRow');

SummaryTableRef.implement({
  description: '项目支出自评汇总表: a unit’s reported summary of its project self-evaluations, kept as reported so it can be checked.',
  fields: (t) => ({
    unitName: t.exposeString('unitName', { description: '部门（单位）名称 as written.' }),
    compiledOn: t.exposeString('compiledOnText', { nullable: true, description: '汇总时间 as written.' }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The unit resolved to an organization.',
      resolve: async (s, _a, ctx) => (await ctx.loaders.organization.load(s.organizationId))!,
    }),
    rows: t.field({
      type: [SummaryRowRef],
      complexity: listOf(LIST_SIZES.summaryRows),
      description: 'Its rows, in order.',
      resolve: (s, _a, ctx) => ctx.loaders.summaryRows.load(s.id),
    }),
    source: t.field({
      type: SourceRef,
      description: 'Where the table was read.',
      resolve: (s) => ({ documentId: s.documentId, lineStart: s.lineStart, lineEnd: s.lineEnd }),
    }),
  }),
});

SummaryRowRef.implement({
  description: 'One row of a 项目支出自评汇总表, as reported.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: '序号.' }),
    projectName: t.exposeString('projectName', { description: '项目名称 as written.' }),
    budget: t.exposeFloat('budget', { nullable: true, description: '全年预算数, 万元.' }),
    executed: t.exposeFloat('executed', { nullable: true, description: '执行数, 万元.' }),
    executionRate: t.exposeFloat('executionRate', { nullable: true, description: '执行率 as reported (fraction).' }),
    outputScoreRate: t.exposeFloat('outputScoreRate', { nullable: true, description: '产出指标得分率 as reported.' }),
    benefitScoreRate: t.exposeFloat('benefitScoreRate', { nullable: true, description: '效益指标得分率 as reported.' }),
    satisfactionScoreRate: t.exposeFloat('satisfactionScoreRate', { nullable: true, description: '满意度指标得分率 as reported.' }),
    totalScore: t.exposeFloat('totalScore', { nullable: true, description: '自评得分 as reported.' }),
    deviationNote: t.exposeString('deviationNote', { nullable: true, description: '偏差原因 as written.' }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project table this row summarises, when one was matched by name.',
      resolve: async (r, _a, ctx) => (r.projectId ? ((await ctx.loaders.project.load(r.projectId)) ?? null) : null),
    }),
    discrepancies: t.field({
      type: [DiscrepancyRef],
      description: 'Where the row disagrees with its project table or with its own arithmetic.',
      args: discrepancyFilterArgs,
      resolve: async (r, args, ctx) => filterDiscrepancies(await ctx.loaders.discrepancies('summaryRow').load(r.id), args),
    }),
    reportedCells: t.field({
      type: [ReportedCellRef],
      description: 'Every cell of the row as written, with its line.',
      resolve: (r) => reportedCells(r.reportedText),
    }),
  }),
});
