import type { ProjectFilter, ProjectOrderField, ProjectPage, ProjectPageRequest, ProjectRow } from '../../db/queries/project';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { checkedYear } from '../arguments';
import { builder } from '../builder';
import { apiText } from '../../i18n/api';
import { badInput } from '../errors';
import type { PageKey } from '../loaders/project';
import { offsetPage, toConnection, type ConnectionArgs } from '../paging';
import { discrepancyFilterArgs, filterDiscrepancies } from './discrepancy';
import { GradeEnum } from './grade';
import { IndicatorRef } from './indicator';
import { ReportedCellRef, reportedCells } from './source';
import { DiscrepancyRef, OrganizationRef, ProjectRef, RegionLevelEnum, RegionRef, SourceRef } from '../refs';
import { indicatorFields, projectFields } from '../selection';
import type { GraphQLResolveInfo } from 'graphql';

builder.node(ProjectRef, {
  description:
    '项目支出绩效自评表: one project self-evaluation for a fiscal year. `reported*` fields hold what the document says; the unprefixed ones what the rules compute (scoring.md). Money in 万元, rates as fractions.',
  id: { resolve: (p) => p.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.project.load(id))),
  fields: (t) => ({
    name: t.exposeString('name', { description: '项目名称 as written.' }),
    title: t.exposeString('title', { nullable: true, description: 'The table title as written.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: '年度: the fiscal year evaluated.' }),
    region: t.field({
      type: RegionRef,
      description: 'The region (行政区划) of the implementing unit.',
      resolve: async (p, _a, ctx) => (await ctx.loaders.region.load(p.regionCode))!,
    }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The implementing unit (项目实施单位) resolved to an organization.',
      resolve: async (p, _a, ctx) => (await ctx.loaders.organization.load(p.organizationId))!,
    }),
    supervisingDepartment: t.exposeString('supervisingDepartment', { nullable: true, description: '主管部门 as written.' }),
    implementingUnit: t.exposeString('implementingUnit', { nullable: true, description: '项目实施单位 as written.' }),
    category: t.exposeString('category', { nullable: true, description: '项目类别: the ticked option as written.' }),
    attribute: t.exposeString('attribute', { nullable: true, description: '项目属性: the ticked option as written.' }),
    projectType: t.exposeString('projectType', { nullable: true, description: '项目类型: the ticked option as written.' }),
    filledOn: t.exposeString('filledOnText', { nullable: true, description: '填报日期 as written.' }),
    initialBudget: t.exposeFloat('initialBudget', { nullable: true, description: '年初预算数, 万元.' }),
    fullYearBudget: t.exposeFloat('fullYearBudget', { nullable: true, description: '全年预算数 (adjusted full-year budget), 万元.' }),
    budget: t.exposeFloat('budget', {
      nullable: true,
      description:
        'The budget the rules use, 万元: the full-year budget, or the initial budget where no adjusted one was reported (see budgetBasis).',
    }),
    budgetBasis: t.exposeString('budgetBasis', {
      nullable: true,
      description: 'FULL_YEAR (全年预算数) or INITIAL (年初预算数, fallback).',
    }),
    executed: t.exposeFloat('executed', { nullable: true, description: '执行数, 万元.' }),
    currentYearBudget: t.exposeFloat('currentYearBudget', { nullable: true, description: '其中：当年财政拨款 — budget, 万元.' }),
    currentYearExecuted: t.exposeFloat('currentYearExecuted', { nullable: true, description: '其中：当年财政拨款 — executed, 万元.' }),
    carryOverBudget: t.exposeFloat('carryOverBudget', { nullable: true, description: '上年结转资金 — budget, 万元.' }),
    carryOverExecuted: t.exposeFloat('carryOverExecuted', { nullable: true, description: '上年结转资金 — executed, 万元.' }),
    otherBudget: t.exposeFloat('otherBudget', { nullable: true, description: '其他资金 — budget, 万元.' }),
    otherExecuted: t.exposeFloat('otherExecuted', { nullable: true, description: '其他资金 — executed, 万元.' }),
    executionRate: t.exposeFloat('executionRate', {
      nullable: true,
      description: '执行率 computed: executed / budget; null when the budget is 0 or missing.',
    }),
    reportedExecutionRate: t.exposeFloat('reportedExecutionRate', { nullable: true, description: '执行率 as reported, as a fraction.' }),
    budgetWeight: t.exposeFloat('budgetWeight', {
      description: 'The template’s budget-execution weight (分值): 20 in Hubei, 10 in Henan.',
    }),
    budgetScore: t.exposeFloat('budgetScore', { nullable: true, description: 'Budget-execution score computed: weight × min(rate, 1).' }),
    reportedBudgetScore: t.exposeFloat('reportedBudgetScore', {
      nullable: true,
      description: 'Budget-execution score (得分) as reported.',
    }),
    indicatorScore: t.exposeFloat('indicatorScore', { nullable: true, description: 'Σ computed indicator scores.' }),
    totalScore: t.exposeFloat('totalScore', {
      nullable: true,
      description: '总分 computed: budget score + Σ indicator scores (capped by constraint indicators).',
    }),
    reportedTotalScore: t.exposeFloat('reportedTotalScore', { nullable: true, description: '总分 as reported.' }),
    grade: t.field({ type: GradeEnum, nullable: true, description: '等次 of the computed total.', resolve: (p) => p.grade }),
    reportedGrade: t.field({
      type: GradeEnum,
      nullable: true,
      description: '等次 of the reported total.',
      resolve: (p) => p.reportedGrade,
    }),
    outputScoreRate: t.exposeFloat('outputScoreRate', {
      nullable: true,
      description: '产出指标得分率: Σ output scores / Σ output weights.',
    }),
    benefitScoreRate: t.exposeFloat('benefitScoreRate', { nullable: true, description: '效益指标得分率.' }),
    satisfactionScoreRate: t.exposeFloat('satisfactionScoreRate', {
      nullable: true,
      description: '满意度指标得分率; null where the project has no satisfaction indicator.',
    }),
    code: t.exposeString('code', {
      nullable: true,
      description:
        '项目代码: the identifier the name carries in some templates (Sichuan: 51000021R000000019951), kept apart from the name.',
    }),
    expectedGoal: t.exposeString('expectedGoal', { nullable: true, description: '年度总体目标 / 预期目标 as written.' }),
    actualOutcome: t.exposeString('actualOutcome', { nullable: true, description: '实际完成情况 as written.' }),
    deviationAnalysis: t.exposeString('deviationAnalysis', { nullable: true, description: '偏差大或目标未完成原因分析 as written.' }),
    improvementMeasures: t.exposeString('improvementMeasures', { nullable: true, description: '改进措施及结果应用方案 as written.' }),
    narrative: t.exposeString('narrative', {
      nullable: true,
      description: 'The narrative self-evaluation report (项目自评报告) beside the table, as written.',
    }),
    indicators: t.field({
      type: [IndicatorRef],
      description: 'Performance indicators (绩效指标) in table order.',
      resolve: (p, _a, ctx, info) => ctx.loaders.indicators('project').load({ id: p.id, fields: indicatorFields(info) }),
    }),
    discrepancyCount: t.exposeInt('discrepancyCount', {
      description:
        'Problems of this project (不一致项): discrepancies of severity MAJOR or MINOR. Those within rounding (ROUNDING) and notes that follow from another (INFO) are listed in `discrepancies` but not counted here.',
    }),
    listedDiscrepancyCount: t.int({
      description: 'Every discrepancy listed for this project, problems or not (ROUNDING and INFO included).',
      resolve: async (p, _a, ctx) => (await ctx.loaders.discrepancies('project').load(p.id)).length,
    }),
    discrepancies: t.field({
      type: [DiscrepancyRef],
      description: 'Reported figures of this project that disagree with the rules (不一致项).',
      args: discrepancyFilterArgs,
      resolve: async (p, args, ctx) => filterDiscrepancies(await ctx.loaders.discrepancies('project').load(p.id), args),
    }),
    reportedCells: t.field({
      type: [ReportedCellRef],
      description: 'Every reported cell of the funding block and totals, as written, with its line.',
      resolve: (p) => reportedCells(p.reportedText),
    }),
    source: t.field({
      type: SourceRef,
      description: 'Where the table was read.',
      resolve: (p) => ({ documentId: p.documentId, lineStart: p.lineStart, lineEnd: p.lineEnd }),
    }),
    narrativeSource: t.field({
      type: SourceRef,
      nullable: true,
      description: 'Where the narrative report was read, if there is one.',
      resolve: (p) =>
        p.narrativeLineStart == null ? null : { documentId: p.documentId, lineStart: p.narrativeLineStart, lineEnd: p.narrativeLineEnd! },
    }),
  }),
});

export const ProjectConnection = builder.connectionObject(
  { type: ProjectRef, name: 'ProjectEvaluationConnection', description: 'A page of project evaluations.' },
  { name: 'ProjectEvaluationEdge', description: 'A project evaluation in a page.' },
);

export const ProjectOrderFieldEnum = builder.enumType('ProjectOrderField', {
  description: 'What to sort project evaluations by.',
  values: ['NAME', 'BUDGET', 'EXECUTED', 'EXECUTION_RATE', 'TOTAL_SCORE', 'REPORTED_TOTAL_SCORE', 'DISCREPANCY_COUNT'] as const,
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Sort direction; nulls always last.',
  values: ['ASC', 'DESC'] as const,
});

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  description: 'Filters on project evaluations; all given conditions must hold.',
  fields: (t) => ({
    level: t.field({
      type: RegionLevelEnum,
      description: 'Level of the project’s own region (e.g. only COUNTY projects beneath a province).',
    }),
    organizationId: t.id({ description: 'Global ID of an organization: its projects and its sub-units’.' }),
    category: t.string({ description: '项目类别 exactly as written, e.g. 部门预算项目.' }),
    grades: t.field({ type: [GradeEnum], description: 'Computed grade is one of these.' }),
    minScore: t.float({ description: 'Computed total score ≥ this.' }),
    maxScore: t.float({ description: 'Computed total score ≤ this.' }),
    minExecutionRate: t.float({ description: 'Computed execution rate ≥ this (fraction).' }),
    maxExecutionRate: t.float({ description: 'Computed execution rate ≤ this (fraction).' }),
    hasDiscrepancies: t.boolean({ description: 'Only projects with (true) or without (false) discrepancies.' }),
    search: t.string({ description: 'Case-insensitive substring of the project name.' }),
  }),
});

export const ProjectOrderInput = builder.inputType('ProjectOrder', {
  description: 'Sort order of project evaluations (ties broken by ID).',
  fields: (t) => ({
    field: t.field({ type: ProjectOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

/** Arguments shared by every field that lists project evaluations (besides first/after). */
export const projectArgs = builder.args((t) => ({
  year: t.int({ description: 'Fiscal year (年度); all years when omitted.', extensions: checkedYear }),
  filter: t.field({ type: ProjectFilterInput }),
  orderBy: t.field({ type: ProjectOrderInput }),
}));

interface ProjectArgs extends ConnectionArgs {
  year?: number | null;
  /** The database's filter, the organization named by its global ID. */
  filter?: (Omit<ProjectFilter, 'year' | 'organizationId'> & { organizationId?: string | null }) | null;
  orderBy?: { field: ProjectOrderField; direction?: 'ASC' | 'DESC' | null } | null;
}

function organizationIdOf(globalId: string): number {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = null;
  }
  if (decoded?.typename !== 'Organization' || !/^\d+$/.test(decoded.id)) {
    throw badInput(apiText.invalidOrganizationId(globalId), { argument: 'organizationId' });
  }
  return Number(decoded.id);
}

function projectPageRequest(args: ProjectArgs): { page: ReturnType<typeof offsetPage>; request: ProjectPageRequest } {
  const page = offsetPage(args);
  const f = args.filter ?? {};
  return {
    page,
    request: {
      filter: {
        year: args.year ?? null,
        level: f.level ?? null,
        organizationId: f.organizationId ? organizationIdOf(f.organizationId) : null,
        category: f.category ?? null,
        grades: f.grades ?? null,
        minScore: f.minScore ?? null,
        maxScore: f.maxScore ?? null,
        minExecutionRate: f.minExecutionRate ?? null,
        maxExecutionRate: f.maxExecutionRate ?? null,
        hasDiscrepancies: f.hasDiscrepancies ?? null,
        search: f.search ?? null,
      },
      orderBy: args.orderBy?.field ?? 'NAME',
      descending: args.orderBy?.direction === 'DESC',
      offset: page.offset,
      limit: page.limit,
    },
  };
}

/** A page of project evaluations as a connection: the arguments read, the page loaded for a region code, an organization id or '' (all). */
export async function projectConnection(
  loader: { load(key: PageKey<string>): Promise<ProjectPage> },
  id: string,
  args: ProjectArgs,
  info: GraphQLResolveInfo,
) {
  const { page, request } = projectPageRequest(args);
  const result = await loader.load({ id, request: { ...request, fields: projectFields(info) } });
  return toConnection(page, result.rows, result.totalCount, result.hasNextPage);
}
