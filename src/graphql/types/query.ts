/** Root fields that are not comparisons: the region tree, a region, all projects, documents, the concept catalog. */
import { checkedRegionCode } from '../arguments';
import { builder } from '../builder';
import { LIST_SIZES, listOf, regionLevelComplexity } from '../listComplexity';
import { pageComplexity } from '../paging';
import { loadRegion } from './comparison';
import { IndicatorConceptRef } from './indicatorConcept';
import { projectArgs, ProjectConnection, projectConnection } from './project';
import { ProjectRef, RegionLevelEnum, RegionRef, SourceDocumentRef } from '../refs';

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    complexity: regionLevelComplexity,
    description: 'Regions of a level (行政区划), or the children of a parent; by default only those with data loaded beneath them.',
    args: {
      level: t.arg({ type: RegionLevelEnum, description: 'PROVINCE, CITY or COUNTY.' }),
      parentCode: t.arg.string({ description: 'Only regions directly beneath this GB/T 2260 code.', extensions: checkedRegionCode }),
      includeEmpty: t.arg.boolean({ defaultValue: false, description: 'Also list regions with no document loaded.' }),
    },
    resolve: async (_root, args, ctx) => {
      const includeEmpty = args.includeEmpty ?? false;
      if (args.parentCode) {
        await loadRegion(ctx, args.parentCode, 'parentCode');
        const children = await ctx.loaders.regionChildren(includeEmpty).load(args.parentCode);
        return args.level ? children.filter((c) => c.level === args.level) : children;
      }
      return ctx.loaders.regionsWithin.load({ level: args.level ?? null, within: null, includeEmpty });
    },
  }),
  region: t.field({
    type: RegionRef,
    description: 'One region by its GB/T 2260 code, e.g. "420200" for 黄石市. An unknown code is an error.',
    args: { code: t.arg.string({ required: true, extensions: checkedRegionCode }) },
    resolve: (_root, args, ctx) => loadRegion(ctx, args.code, 'code'),
  }),
  projects: t.connection(
    {
      type: ProjectRef,
      description: 'All project evaluations, filtered and sorted, paged forward.',
      args: projectArgs,
      complexity: pageComplexity,
      resolve: (_root, args, ctx, info) => projectConnection(ctx.loaders.allProjects, '', args, info),
    },
    ProjectConnection,
  ),
  documents: t.field({
    type: [SourceDocumentRef],
    complexity: listOf(LIST_SIZES.documents),
    description: 'Loaded source documents (来源文件), oldest first.',
    args: { includeSuperseded: t.arg.boolean({ defaultValue: false, description: 'Also list versions a corrected document replaced.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.documents.load(args.includeSuperseded ?? false),
  }),
  fiscalYears: t.intList({
    description: 'Fiscal years (年度) with documents anywhere, earliest first.',
    resolve: async (_root, _args, ctx) => {
      const provinces = await ctx.loaders.regionsWithin.load({ level: 'PROVINCE', within: null });
      const years = await Promise.all(provinces.map((p) => ctx.loaders.fiscalYears.load(p.code)));
      return [...new Set(years.flat())].sort((a, b) => a - b);
    },
  }),
  indicatorConcepts: t.field({
    type: [IndicatorConceptRef],
    description: 'The catalog of indicator concepts (指标概念) available to `indicatorComparison`.',
    resolve: (_root, _args, ctx) => ctx.loaders.concepts.load('all'),
  }),
}));
