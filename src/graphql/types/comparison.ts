/** Comparisons across regions: rollups side by side, rankings, and one indicator concept across regions. */
import type { ConceptSource, SourceFields } from '../../db/queries/concept';
import type { OrganizationRow } from '../../db/queries/organization';
import type { RegionRow } from '../../db/queries/region';
import type { RollupFigure, RollupRow } from '../../db/queries/rollup';
import { findConcepts } from '../../domain/indicatorConcepts';
import { checkedRegionCode, checkedRegionCodes, checkedYear } from '../arguments';
import { builder } from '../builder';
import { apiText } from '../../i18n/api';
import { badInput } from '../errors';
import { LIST_SIZES, listOf, perCodeComplexity, regionLevelComplexity } from '../listComplexity';
import type { Context } from '../context';
import { IndicatorConceptRef } from './indicatorConcept';
import { RollupRef } from './rollup';
import { rollupFigures, selectedNames } from '../selection';
import { OrganizationRef, RegionLevelEnum, RegionRef } from '../refs';

/**
 * Loads the regions of codes already checked where their argument is declared (`checkedRegionCode`,
 * `checkedRegionCodes`); an unknown code is an error naming it.
 */
export async function loadRegions(ctx: Context, codes: readonly string[], argument: string): Promise<RegionRow[]> {
  const regions = await ctx.loaders.region.loadMany(codes);
  return regions.map((r, i) => {
    if (r instanceof Error) throw r;
    if (!r) throw badInput(apiText.unknownRegionCode(codes[i]!), { argument });
    return r;
  });
}

export async function loadRegion(ctx: Context, code: string, argument: string): Promise<RegionRow> {
  const [region] = await loadRegions(ctx, [code], argument);
  return region!;
}

type Rollup = RollupRow & { year: number };

export const RegionComparisonRef = builder.objectRef<{ region: RegionRow; rollup: Rollup }>('RegionComparison');
RegionComparisonRef.implement({
  description: 'One region’s rollup in a side-by-side comparison.',
  fields: (t) => ({
    region: t.field({ type: RegionRef, description: 'The region.', resolve: (c) => c.region }),
    rollup: t.field({ type: RollupRef, description: 'Its rollup for the year.', resolve: (c) => c.rollup }),
  }),
});

export const RollupMetricEnum = builder.enumType('RollupMetric', {
  description: 'A rollup figure to rank by.',
  values: [
    'EXECUTION_RATE',
    'WEIGHTED_SCORE',
    'MEAN_SCORE',
    'REPORTED_WEIGHTED_SCORE',
    'BUDGET',
    'EXECUTED',
    'PROJECT_COUNT',
    'DISCREPANCY_COUNT',
  ] as const,
});

type Metric = (typeof RollupMetricEnum)['$inferType'];

const METRIC: Record<Metric, (r: RollupRow) => number | null> = {
  EXECUTION_RATE: (r) => r.executionRate,
  WEIGHTED_SCORE: (r) => r.weightedScore,
  MEAN_SCORE: (r) => r.meanScore,
  REPORTED_WEIGHTED_SCORE: (r) => r.reportedWeightedScore,
  BUDGET: (r) => r.budget,
  EXECUTED: (r) => r.executed,
  PROJECT_COUNT: (r) => r.projectCount,
  DISCREPANCY_COUNT: (r) => r.discrepancyCount,
};

/** The rollup figure each metric reads. */
const METRIC_FIGURE: Record<Metric, RollupFigure> = {
  EXECUTION_RATE: 'executionRate',
  WEIGHTED_SCORE: 'weightedScore',
  MEAN_SCORE: 'meanScore',
  REPORTED_WEIGHTED_SCORE: 'reportedWeightedScore',
  BUDGET: 'budget',
  EXECUTED: 'executed',
  PROJECT_COUNT: 'projectCount',
  DISCREPANCY_COUNT: 'discrepancyCount',
};

export interface Ranked<T> {
  rank: number | null;
  value: number | null;
  item: T;
  rollup: Rollup;
}

/** Each item with its rollup for the year. */
async function withRollups<T>(items: T[], year: number, rollupOf: (item: T) => Promise<RollupRow>): Promise<{ item: T; rollup: Rollup }[]> {
  const rollups = await Promise.all(items.map(rollupOf));
  return items.map((item, i) => ({ item, rollup: { ...rollups[i]!, year } }));
}

/** Ranks by a metric: ties share a rank, nulls come last without a rank. */
export function rank<T>(items: { item: T; rollup: Rollup }[], metric: Metric, descending: boolean): Ranked<T>[] {
  const valued = items.map((i) => ({ ...i, value: METRIC[metric](i.rollup) }));
  const known = valued.filter((v) => v.value != null).sort((a, b) => (descending ? b.value! - a.value! : a.value! - b.value!));
  const ranked: Ranked<T>[] = [];
  known.forEach((v, i) => {
    const previous = ranked[i - 1];
    ranked.push({ ...v, rank: previous && previous.value === v.value ? previous.rank : i + 1 });
  });
  return [...ranked, ...valued.filter((v) => v.value == null).map((v) => ({ ...v, rank: null }))];
}

export const RankedRegionRef = builder.objectRef<Ranked<RegionRow>>('RankedRegion');
RankedRegionRef.implement({
  description: 'A region’s place in a ranking (排名).',
  fields: (t) => ({
    rank: t.exposeInt('rank', { nullable: true, description: '1 is first; ties share a rank; null where the metric is unknown.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'The metric ranked by.' }),
    region: t.field({ type: RegionRef, description: 'The region.', resolve: (r) => r.item }),
    rollup: t.field({ type: RollupRef, description: 'Its rollup for the year.', resolve: (r) => r.rollup }),
  }),
});

export const RankedOrganizationRef = builder.objectRef<Ranked<OrganizationRow>>('RankedOrganization');
RankedOrganizationRef.implement({
  description: 'An organization’s place in a ranking (排名).',
  fields: (t) => ({
    rank: t.exposeInt('rank', { nullable: true, description: '1 is first; ties share a rank; null where the metric is unknown.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'The metric ranked by.' }),
    organization: t.field({ type: OrganizationRef, description: 'The organization.', resolve: (r) => r.item }),
    rollup: t.field({ type: RollupRef, description: 'Its rollup (with its sub-units) for the year.', resolve: (r) => r.rollup }),
  }),
});

/** The source fields read as written; the others are parsed values. */
const SOURCE_TEXTS = new Set(['name', 'target', 'actual', '__typename']);

/** What of the sources a selection reads (`rows { sources { … } }`). */
function sourceFields(selected: Set<string>): SourceFields {
  if (selected.size === 0) return 'none';
  return [...selected].every((name) => SOURCE_TEXTS.has(name)) ? 'texts' : 'values';
}

export const ConceptSourceRef = builder.objectRef<ConceptSource>('IndicatorComparisonSource');
ConceptSourceRef.implement({
  description: 'A reported indicator a comparison row was aggregated from, as written.',
  fields: (t) => ({
    name: t.exposeString('name', { description: '三级指标 as written.' }),
    target: t.exposeString('target', { nullable: true, description: 'Target as written.' }),
    actual: t.exposeString('actual', { nullable: true, description: 'Actual as written.' }),
    targetValue: t.exposeFloat('targetValue', { nullable: true, description: 'Target in the base unit.' }),
    actualValue: t.exposeFloat('actualValue', { nullable: true, description: 'Actual in the base unit.' }),
    unit: t.exposeString('unit', {
      nullable: true,
      description: 'Unit of the parsed values; a source in another unit than the concept’s is listed but not aggregated.',
    }),
    funds: t.exposeFloat('funds', {
      nullable: true,
      description: 'Budget of the project or evaluation it belongs to, 万元 (the weight for rates).',
    }),
  }),
});

export const ConceptRowRef = builder.objectRef<{
  region: RegionRow;
  value: number | null;
  target: number | null;
  sources: ConceptSource[];
}>('IndicatorComparisonRow');
ConceptRowRef.implement({
  description: 'One region’s aggregated value of the concept: absolute values summed, rates weighted by funds, in the concept’s base unit.',
  fields: (t) => ({
    region: t.field({ type: RegionRef, description: 'The region.', resolve: (r) => r.region }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Aggregated actual value; null when no comparable indicator was reported.',
    }),
    target: t.exposeFloat('target', { nullable: true, description: 'Aggregated target value.' }),
    completionRate: t.float({
      nullable: true,
      description: 'value / target (完成率), null where either is unknown or the target is 0.',
      resolve: (r) => (r.value != null && r.target ? r.value / r.target : null),
    }),
    sources: t.field({
      type: [ConceptSourceRef],
      complexity: listOf(LIST_SIZES.conceptSources),
      description: 'The reported indicators aggregated, as written.',
      resolve: (r) => r.sources,
    }),
  }),
});

export const IndicatorComparisonRef = builder.objectRef<{
  concept: { key: string; name: string; unit: string; aggregation: 'ABSOLUTE' | 'RATE'; synonyms: string[] };
  rows: { region: RegionRow; value: number | null; target: number | null; sources: ConceptSource[] }[];
}>('IndicatorComparison');
IndicatorComparisonRef.implement({
  description: 'One indicator concept (e.g. 城镇新增就业人数) across regions (定量指标完成数汇总).',
  fields: (t) => ({
    concept: t.field({ type: IndicatorConceptRef, description: 'The concept compared.', resolve: (c) => c.concept }),
    rows: t.field({ type: [ConceptRowRef], description: 'One row per region, in the order given.', resolve: (c) => c.rows }),
  }),
});

builder.queryFields((t) => ({
  compareRegions: t.field({
    type: [RegionComparisonRef],
    complexity: perCodeComplexity,
    description: 'Several regions’ rollups for one year, side by side, in the order given (e.g. 黄石市 420200 and 十堰市 420300).',
    args: {
      codes: t.arg.stringList({ required: true, description: 'GB/T 2260 codes.', extensions: checkedRegionCodes }),
      year: t.arg.int({ required: true, description: 'Fiscal year (年度).', extensions: checkedYear }),
    },
    resolve: async (_root, args, ctx, info) => {
      const year = args.year;
      const figures = rollupFigures(info, ['rollup']);
      const regions = await loadRegions(ctx, args.codes, 'codes');
      const rollups = await Promise.all(regions.map((r) => ctx.loaders.regionRollup.load({ id: r.code, year, figures })));
      return regions.map((region, i) => ({ region, rollup: { ...rollups[i]!, year } }));
    },
  }),
  regionRanking: t.field({
    type: [RankedRegionRef],
    complexity: regionLevelComplexity,
    description: 'Regions of a level (optionally within an ancestor) ranked by a rollup metric for a year.',
    args: {
      level: t.arg({ type: RegionLevelEnum, required: true }),
      year: t.arg.int({ required: true, extensions: checkedYear }),
      metric: t.arg({ type: RollupMetricEnum, required: true }),
      descending: t.arg.boolean({ defaultValue: true, description: 'Highest first (default).' }),
      within: t.arg.string({ description: 'Only regions beneath this GB/T 2260 code.', extensions: checkedRegionCode }),
    },
    resolve: async (_root, args, ctx, info) => {
      const year = args.year;
      const figures = [METRIC_FIGURE[args.metric], ...rollupFigures(info, ['rollup'])];
      if (args.within) await loadRegion(ctx, args.within, 'within');
      const regions = await ctx.loaders.regionsWithin.load({ level: args.level, within: args.within ?? null });
      const rollupOf = (r: RegionRow) => ctx.loaders.regionRollup.load({ id: r.code, year, figures });
      return rank(await withRollups(regions, year, rollupOf), args.metric, args.descending ?? true);
    },
  }),
  organizationRanking: t.field({
    type: [RankedOrganizationRef],
    complexity: listOf(LIST_SIZES.organizationRanking),
    description: 'Organizations in and beneath a region that have project evaluations in a year, ranked by a rollup metric.',
    args: {
      regionCode: t.arg.string({ required: true, description: 'GB/T 2260 code.', extensions: checkedRegionCode }),
      year: t.arg.int({ required: true, extensions: checkedYear }),
      metric: t.arg({ type: RollupMetricEnum, required: true }),
      descending: t.arg.boolean({ defaultValue: true, description: 'Highest first (default).' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const year = args.year;
      const figures = [METRIC_FIGURE[args.metric], ...rollupFigures(info, ['rollup'])];
      const region = await loadRegion(ctx, args.regionCode, 'regionCode');
      const organizations = await ctx.loaders.organizationsWithProjects.load({ id: region.code, year });
      const rollupOf = (o: OrganizationRow) => ctx.loaders.organizationRollup.load({ id: o.id, year, figures });
      return rank(await withRollups(organizations, year, rollupOf), args.metric, args.descending ?? true);
    },
  }),
  indicatorComparison: t.field({
    type: IndicatorComparisonRef,
    description:
      'One indicator concept across regions for a year: each region’s matched indicators aggregated by the rules (absolute values summed, rates weighted by funds), in the concept’s base unit.',
    args: {
      regionCodes: t.arg.stringList({ required: true, description: 'GB/T 2260 codes.', extensions: checkedRegionCodes }),
      year: t.arg.int({ required: true, extensions: checkedYear }),
      query: t.arg.string({ required: true, description: 'Concept key, name or synonym, e.g. 城镇新增就业.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const year = args.year;
      const candidates = findConcepts(args.query);
      if (candidates.length === 0) {
        throw badInput(apiText.noIndicatorConcept(args.query), { argument: 'query' });
      }
      const exact = candidates.filter((c) => c.key === args.query || c.name === args.query || c.synonyms.includes(args.query));
      const chosen = exact.length === 1 ? exact[0]! : candidates.length === 1 ? candidates[0]! : null;
      if (!chosen) {
        throw badInput(apiText.severalIndicatorConcepts(args.query, candidates.map((c) => `${c.name} (${c.key})`).join(', ')), {
          argument: 'query',
        });
      }
      const regions = await loadRegions(ctx, args.regionCodes, 'regionCodes');
      const fields = sourceFields(selectedNames(info, ['rows', 'sources']));
      const rows = await Promise.all(
        regions.map((r) => ctx.loaders.conceptInRegion.load({ concept: chosen.key, code: r.code, year, fields })),
      );
      return {
        concept: chosen,
        rows: regions.map((region, i) => ({ region, value: rows[i]!.value, target: rows[i]!.target, sources: rows[i]!.sources })),
      };
    },
  }),
}));
