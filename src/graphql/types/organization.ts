import type { OrganizationRow } from '../../db/queries/organization';
import { checkedYear } from '../arguments';
import { builder } from '../builder';
import { LIST_SIZES, listOf } from '../listComplexity';
import { pageComplexity } from '../paging';
import { projectArgs, ProjectConnection, projectConnection } from './project';
import { RollupRef } from './rollup';
import { rollupFigures } from '../selection';
import { DepartmentEvaluationRef, OrganizationRef, ProjectRef, RegionRef } from '../refs';

builder.node(OrganizationRef, {
  description:
    '单位: a department (主管部门, e.g. 黄石市人力资源和社会保障局) or one of its sub-units (下属单位, e.g. 黄石市社会保险事业局).',
  id: { resolve: (o) => o.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.organization.load(id))),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name (全称).' }),
    aliases: t.exposeStringList('aliases', { description: 'Short names the documents use for it (简称), e.g. 市社保局.' }),
    region: t.field({
      type: RegionRef,
      description: 'Where it is (行政区划).',
      resolve: async (o, _a, ctx) => (await ctx.loaders.region.load(o.regionCode))!,
    }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The department it belongs to (上级单位).',
      resolve: async (o, _a, ctx) => (o.parentId ? ((await ctx.loaders.organization.load(o.parentId)) ?? null) : null),
    }),
    children: t.field({
      type: [OrganizationRef],
      complexity: listOf(LIST_SIZES.organizationChildren),
      description: 'Its sub-units (下属单位).',
      resolve: (o, _a, ctx) => ctx.loaders.organizationChildren.load(o.id),
    }),
    rollup: t.field({
      type: RollupRef,
      description: 'Its projects and its sub-units’ for a year, rolled up.',
      args: { year: t.arg.int({ required: true, extensions: checkedYear }) },
      resolve: async (o, args, ctx, info) => ({
        ...(await ctx.loaders.organizationRollup.load({ id: o.id, year: args.year, figures: rollupFigures(info) })),
        year: args.year,
      }),
    }),
    projects: t.connection(
      {
        type: ProjectRef,
        description: 'Its project evaluations and its sub-units’.',
        args: projectArgs,
        complexity: pageComplexity,
        resolve: (o, args, ctx, info) => projectConnection(ctx.loaders.organizationProjects, String(o.id), args, info),
      },
      ProjectConnection,
    ),
    departmentEvaluations: t.field({
      type: [DepartmentEvaluationRef],
      description: 'Its department-wide self-evaluations, latest year first.',
      resolve: (o, _a, ctx) => ctx.loaders.departmentEvaluationsOfOrganization.load(o.id),
    }),
  }),
});
