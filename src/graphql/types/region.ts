import type { RegionRow } from '../../db/queries/region';
import { checkedYear } from '../arguments';
import { builder } from '../builder';
import { LIST_SIZES, listOf } from '../listComplexity';
import { offsetPage, pageComplexity, toConnection } from '../paging';
import { discrepancyFilterArgs } from './discrepancy';
import { projectArgs, ProjectConnection, projectConnection } from './project';
import { RollupRef } from './rollup';
import { RollupChangeRef } from './rollupChange';
import { departmentEvaluationFields, rollupChangeFigures, rollupFigures } from '../selection';
import { DepartmentEvaluationRef, DiscrepancyRef, OrganizationRef, ProjectRef, RegionLevelEnum, RegionRef, SummaryTableRef } from '../refs';

builder.node(RegionRef, {
  description: '行政区划: a province, city or county, addressed by its GB/T 2260 code.',
  id: { resolve: (r) => r.code },
  loadMany: (codes, ctx) => Promise.all(codes.map((id) => ctx.loaders.region.load(id))),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'GB/T 2260 administrative division code (行政区划代码), six digits.' }),
    name: t.exposeString('name', { description: 'Official name (名称), e.g. 黄石市.' }),
    level: t.field({ type: RegionLevelEnum, description: '行政级别.', resolve: (r) => r.level }),
    parent: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region directly above (上级行政区), null for a province.',
      resolve: (r, _a, ctx) => (r.parentCode ? ctx.loaders.region.load(r.parentCode).then((p) => p ?? null) : null),
    }),
    children: t.field({
      type: [RegionRef],
      description: 'Regions directly beneath (下级行政区). By default only those with data loaded beneath them.',
      args: { includeEmpty: t.arg.boolean({ defaultValue: false, description: 'Also list regions with no document loaded.' }) },
      resolve: (r, args, ctx) => ctx.loaders.regionChildren(args.includeEmpty ?? false).load(r.code),
    }),
    fiscalYears: t.intList({
      description: 'Fiscal years (年度) with documents in and beneath this region, earliest first.',
      resolve: (r, _a, ctx) => ctx.loaders.fiscalYears.load(r.code),
    }),
    organizations: t.field({
      type: [OrganizationRef],
      complexity: listOf(LIST_SIZES.organizations),
      description: 'Organizations located in this region itself (本级单位), departments before their sub-units.',
      resolve: (r, _a, ctx) => ctx.loaders.organizationsInRegion.load(r.code),
    }),
    rollup: t.field({
      type: RollupRef,
      description: 'Everything beneath this region for a year, rolled up (a city includes its counties).',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year (年度).', extensions: checkedYear }) },
      resolve: async (r, args, ctx, info) => ({
        ...(await ctx.loaders.regionRollup.load({ id: r.code, year: args.year, figures: rollupFigures(info) })),
        year: args.year,
      }),
    }),
    rollupChange: t.field({
      type: RollupChangeRef,
      description: 'Year-over-year change (同比) of the rollup: the year against the one before.',
      args: { year: t.arg.int({ required: true, description: 'The later fiscal year.', extensions: checkedYear }) },
      resolve: async (r, args, ctx, info) => {
        const year = args.year;
        const figures = rollupChangeFigures(info);
        const [current, previous] = await Promise.all([
          ctx.loaders.regionRollup.load({ id: r.code, year, figures }),
          ctx.loaders.regionRollup.load({ id: r.code, year: year - 1, figures }),
        ]);
        return { current: { ...current, year }, previous: { ...previous, year: year - 1 } };
      },
    }),
    projects: t.connection(
      {
        type: ProjectRef,
        description: 'Project evaluations (项目支出绩效自评) in and beneath this region, filtered and sorted, paged forward.',
        args: projectArgs,
        complexity: pageComplexity,
        resolve: (r, args, ctx, info) => projectConnection(ctx.loaders.regionProjects, r.code, args, info),
      },
      ProjectConnection,
    ),
    departmentEvaluations: t.field({
      type: [DepartmentEvaluationRef],
      complexity: listOf(LIST_SIZES.departmentEvaluations),
      description: 'Department-wide self-evaluations (部门整体支出绩效自评) of organizations in and beneath this region.',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year (年度).', extensions: checkedYear }) },
      resolve: async (r, args, ctx, info) => {
        const evaluations = await ctx.loaders.departmentEvaluationsInRegion.load({
          id: r.code,
          year: args.year,
          fields: departmentEvaluationFields(info),
        });
        // Their organizations came with them (src/db/queries/department.ts).
        for (const e of evaluations) ctx.loaders.organization.prime(e.organization.id, e.organization);
        return evaluations;
      },
    }),
    summaryTables: t.field({
      type: [SummaryTableRef],
      complexity: listOf(LIST_SIZES.summaryTables),
      description: 'Reported summary tables (项目支出自评汇总表) of organizations in and beneath this region.',
      args: { year: t.arg.int({ required: true, description: 'Fiscal year (年度).', extensions: checkedYear }) },
      resolve: (r, args, ctx) => ctx.loaders.summaryTablesInRegion.load({ id: r.code, year: args.year }),
    }),
    discrepancies: t.connection(
      {
        type: DiscrepancyRef,
        description: 'Every reported figure in and beneath this region that disagrees with the rules, in document order.',
        args: {
          year: t.arg.int({ required: true, description: 'Fiscal year (年度).', extensions: checkedYear }),
          ...discrepancyFilterArgs,
        },
        complexity: pageComplexity,
        resolve: async (r, args, ctx) => {
          const page = offsetPage(args);
          const filter = { kinds: args.kinds, severities: args.severities, problemsOnly: args.problemsOnly };
          const result = await ctx.loaders.regionDiscrepancies.load({ code: r.code, year: args.year, ...page, filter });
          return toConnection(page, result.rows, result.totalCount, result.hasNextPage);
        },
      },
      { name: 'DiscrepancyConnection', description: 'A page of discrepancies.' },
      { name: 'DiscrepancyEdge', description: 'A discrepancy in a page.' },
    ),
  }),
});
