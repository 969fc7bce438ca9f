/**
 * Per-request DataLoaders: every database read of a request goes through one of these, each batch
 * is one SQL statement (one per distinct year or page shape), so the number of statements an
 * operation issues depends on its shape, not on the data.
 */
import DataLoader from 'dataloader';
import type { PrismaClient } from '../generated/prisma';
import { RequestBudget } from './budget';
import { allConcepts, conceptAcrossRegions, conceptsByKeys, type ConceptAggregateRow, type ConceptRow } from '../db/queries/concept';
import {
  departmentEvaluationsByIds,
  departmentEvaluationsInRegions,
  departmentEvaluationsOfOrganizations,
  goalsOf,
  type DepartmentEvaluationRow,
  type GoalRow,
} from '../db/queries/department';
import { discrepanciesInRegions, discrepanciesOf, type DiscrepancyFilter, type DiscrepancyOwner, type DiscrepancyRow } from '../db/queries/discrepancy';
import { documentLines, documentsByIds, fiscalYearsInRegions, listDocuments, type DocumentRow } from '../db/queries/document';
import { indicatorsOf, type IndicatorOwner, type IndicatorRow } from '../db/queries/indicator';
import {
  organizationChildren,
  organizationsByIds,
  organizationsInRegions,
  organizationsWithProjects,
  type OrganizationRow,
} from '../db/queries/organization';
import { projectPages, projectsByIds, type ProjectPage, type ProjectPageRequest, type ProjectRow } from '../db/queries/project';
import { regionChildren, regionsByCodes, regionsWithin, type RegionRow, type RegionsWithinKey } from '../db/queries/region';
import { organizationRollups, regionRollups, type RollupFigure, type RollupRow } from '../db/queries/rollup';
import { summaryRowsOf, summaryTablesInRegions, type SummaryRowRow, type SummaryTableRow } from '../db/queries/summary';

/** Groups keys that share a parameter (a year, a page shape) so each group is one statement. */
async function batchByGroup<K, V>(keys: readonly K[], groupOf: (key: K) => string, load: (group: K[]) => Promise<Map<K, V>>): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const g = groupOf(key);
    groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  const results = new Map<K, V>();
  for (const group of groups.values()) {
    for (const [k, v] of await load(group)) results.set(k, v);
  }
  return keys.map((k) => results.get(k) as V);
}

function byId<K, R>(rows: R[], keyOf: (row: R) => K): Map<K, R> {
  return new Map(rows.map((r) => [keyOf(r), r]));
}

function grouped<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export interface YearKey<T> {
  id: T;
  year: number;
}

/** A rollup asked for: the node, the year and the figures the selection needs. */
export interface RollupKey<T> extends YearKey<T> {
  figures: readonly RollupFigure[];
}

export interface PageKey<T> {
  id: T;
  request: ProjectPageRequest;
}

export class Loaders {
  constructor(
    private readonly prisma: PrismaClient,
    /** Stops loading when the request is abandoned, and bounds the rows it loads. */
    private readonly budget: RequestBudget = new RequestBudget(),
  ) {}

  private cache = new Map<string, DataLoader<never, unknown>>();

  private loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => unknown): DataLoader<K, V> {
    let loader = this.cache.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      const budgeted = async (keys: readonly K[]) => {
        this.budget.check();
        const values = await batch(keys);
        this.budget.charge(values);
        return values;
      };
      loader = new DataLoader<K, V, unknown>(budgeted, { cacheKeyFn: cacheKey ?? ((k) => k) });
      this.cache.set(name, loader as unknown as DataLoader<never, unknown>);
    }
    return loader;
  }

  /**
   * A loader keyed by (id, year): the keys of one year are fetched in one statement, and
   * `assemble` lays the rows out in the order of the ids.
   */
  private yearBatched<I, R, V>(
    name: string,
    fetch: (prisma: PrismaClient, ids: I[], year: number) => Promise<R[]>,
    assemble: (ids: I[], rows: R[]) => V[],
  ) {
    return this.loader<YearKey<I>, V>(
      name,
      (keys) =>
        batchByGroup(
          keys,
          (k) => String(k.year),
          async (group) => {
            const ids = group.map((k) => k.id);
            const values = assemble(ids, await fetch(this.prisma, ids, group[0]!.year));
            return new Map(group.map((k, i) => [k, values[i]!]));
          },
        ),
      (k) => `${k.id}|${k.year}`,
    );
  }

  /** Lists of rows in and beneath regions for a year. */
  private regionYearLists<R extends { key: string }>(
    name: string,
    fetch: (prisma: PrismaClient, codes: readonly string[], year: number) => Promise<R[]>,
  ) {
    return this.yearBatched<string, R, R[]>(name, fetch, (codes, rows) => grouped(codes, rows, (r) => r.key));
  }

  get region() {
    return this.loader<string, RegionRow | undefined>('region', async (codes) => {
      const rows = byId(await regionsByCodes(this.prisma, codes), (r) => r.code);
      return codes.map((c) => rows.get(c));
    });
  }

  regionChildren(includeEmpty: boolean) {
    return this.loader<string, RegionRow[]>(`regionChildren:${includeEmpty}`, async (codes) =>
      grouped(codes, await regionChildren(this.prisma, codes, includeEmpty), (r) => r.parentCode!),
    );
  }

  get regionsWithin() {
    return this.loader<RegionsWithinKey, RegionRow[]>(
      'regionsWithin',
      async (keys) => {
        const lists = keys.map((): RegionRow[] => []);
        for (const { i, ...row } of await regionsWithin(this.prisma, keys)) lists[i - 1]!.push(row);
        return lists;
      },
      (k) => JSON.stringify([k.level, k.within, k.includeEmpty ?? false]),
    );
  }

  /**
   * Rollups keyed by (node, year, figures): the keys of one year are one statement computing the
   * union of the figures they ask for.
   */
  private rollups<I>(name: string, fetch: (prisma: PrismaClient, ids: I[], year: number, figures: RollupFigure[]) => Promise<RollupRow[]>) {
    return this.loader<RollupKey<I>, RollupRow>(
      name,
      (keys) =>
        batchByGroup(
          keys,
          (k) => String(k.year),
          async (group) => {
            const ids = [...new Set(group.map((k) => k.id))];
            const figures = [...new Set(group.flatMap((k) => k.figures))];
            const rows = byId(await fetch(this.prisma, ids, group[0]!.year, figures), (r) => r.key);
            return new Map(group.map((k) => [k, rows.get(String(k.id))!]));
          },
        ),
      (k) => `${k.id}|${k.year}|${[...k.figures].sort().join(',')}`,
    );
  }

  get regionRollup() {
    return this.rollups<string>('regionRollup', regionRollups);
  }

  get organizationRollup() {
    return this.rollups<number>('organizationRollup', organizationRollups);
  }

  get organization() {
    return this.loader<number, OrganizationRow | undefined>('organization', async (ids) => {
      const rows = byId(await organizationsByIds(this.prisma, ids), (r) => r.id);
      return ids.map((id) => rows.get(id));
    });
  }

  get organizationsInRegion() {
    return this.loader<string, OrganizationRow[]>('organizationsInRegion', async (codes) =>
      grouped(codes, await organizationsInRegions(this.prisma, codes), (r) => r.regionCode),
    );
  }

  get organizationsWithProjects() {
    return this.regionYearLists('organizationsWithProjects', organizationsWithProjects);
  }

  get organizationChildren() {
    return this.loader<number, OrganizationRow[]>('organizationChildren', async (ids) =>
      grouped(ids, await organizationChildren(this.prisma, ids), (r) => r.parentId!),
    );
  }

  get project() {
    return this.loader<number, ProjectRow | undefined>('project', async (ids) => {
      const rows = byId(await projectsByIds(this.prisma, ids), (r) => r.id);
      return ids.map((id) => rows.get(id));
    });
  }

  private pages(kind: 'region' | 'organization' | 'all') {
    return this.loader<PageKey<string>, ProjectPage>(
      `projectPage:${kind}`,
      (keys) =>
        batchByGroup(
          keys,
          (k) => JSON.stringify(k.request),
          async (group) => {
            const request = group[0]!.request;
            const scope =
              kind === 'region'
                ? { kind, codes: group.map((k) => k.id) }
                : kind === 'organization'
                  ? { kind, ids: group.map((k) => Number(k.id)) }
                  : { kind };
            const pages = byId(await projectPages(this.prisma, scope, request), (p) => p.key);
            return new Map(group.map((k) => [k, pages.get(k.id) ?? { key: k.id, rows: [], totalCount: 0, hasNextPage: false }]));
          },
        ),
      (k) => `${k.id}|${JSON.stringify(k.request)}`,
    );
  }

  get regionProjects() {
    return this.pages('region');
  }

  get organizationProjects() {
    return this.pages('organization');
  }

  get allProjects() {
    return this.pages('all');
  }

  indicators(owner: IndicatorOwner) {
    return this.loader<number, IndicatorRow[]>(`indicators:${owner}`, async (ids) => {
      const rows = await indicatorsOf(this.prisma, owner, ids);
      const column = owner === 'project' ? 'projectId' : owner === 'goal' ? 'goalId' : 'departmentEvaluationId';
      return grouped(ids, rows, (r) => r[column]!);
    });
  }

  discrepancies(owner: DiscrepancyOwner) {
    return this.loader<number, DiscrepancyRow[]>(`discrepancies:${owner}`, async (ids) => {
      const rows = await discrepanciesOf(this.prisma, owner, ids);
      const column = owner === 'project' ? 'projectId' : owner === 'summaryRow' ? 'summaryRowId' : 'departmentEvaluationId';
      return grouped(ids, rows, (r) => r[column]!);
    });
  }

  get regionDiscrepancies() {
    type Key = { code: string; year: number; offset: number; limit: number; filter: DiscrepancyFilter };
    const filterKey = (f: DiscrepancyFilter) => `${[...(f.kinds ?? [])].sort()}|${[...(f.severities ?? [])].sort()}|${f.problemsOnly ?? false}`;
    return this.loader<Key, { rows: DiscrepancyRow[]; totalCount: number; hasNextPage: boolean }>(
      'regionDiscrepancies',
      (keys) =>
        batchByGroup(
          keys,
          (k) => `${k.year}|${k.offset}|${k.limit}|${filterKey(k.filter)}`,
          async (group) => {
            const { year, offset, limit, filter } = group[0]!;
            const pages = await discrepanciesInRegions(
              this.prisma,
              group.map((k) => k.code),
              year,
              offset,
              limit,
              filter,
            );
            return new Map(group.map((k) => [k, pages.get(k.code)!]));
          },
        ),
      (k) => `${k.code}|${k.year}|${k.offset}|${k.limit}|${filterKey(k.filter)}`,
    );
  }

  get departmentEvaluation() {
    return this.loader<number, DepartmentEvaluationRow | undefined>('departmentEvaluation', async (ids) => {
      const rows = byId(await departmentEvaluationsByIds(this.prisma, ids), (r) => r.id);
      return ids.map((id) => rows.get(id));
    });
  }

  get departmentEvaluationsInRegion() {
    return this.regionYearLists('departmentEvaluationsInRegion', departmentEvaluationsInRegions);
  }

  get departmentEvaluationsOfOrganization() {
    return this.loader<number, DepartmentEvaluationRow[]>('departmentEvaluationsOfOrganization', async (ids) =>
      grouped(ids, await departmentEvaluationsOfOrganizations(this.prisma, ids), (r) => r.organizationId),
    );
  }

  get goals() {
    return this.loader<number, GoalRow[]>('goals', async (ids) => grouped(ids, await goalsOf(this.prisma, ids), (r) => r.evaluationId));
  }

  get summaryTablesInRegion() {
    return this.regionYearLists('summaryTablesInRegion', summaryTablesInRegions);
  }

  get summaryRows() {
    return this.loader<number, SummaryRowRow[]>('summaryRows', async (ids) =>
      grouped(ids, await summaryRowsOf(this.prisma, ids), (r) => r.tableId),
    );
  }

  get document() {
    return this.loader<number, DocumentRow | undefined>('document', async (ids) => {
      const rows = byId(await documentsByIds(this.prisma, ids), (r) => r.id);
      return ids.map((id) => rows.get(id));
    });
  }

  get fiscalYears() {
    return this.loader<string, number[]>('fiscalYears', async (codes) => {
      const rows = byId(await fiscalYearsInRegions(this.prisma, codes), (r) => r.key);
      return codes.map((c) => rows.get(c)?.years ?? []);
    });
  }

  /** The documents, current ones only or with those superseded: one statement for both. */
  get documents() {
    return this.loader<boolean, DocumentRow[]>('documents', async (keys) => {
      const rows = await listDocuments(this.prisma, keys.includes(true));
      return keys.map((includeSuperseded) => (includeSuperseded ? rows : rows.filter((d) => d.supersededById === null)));
    });
  }

  get concepts() {
    return this.loader<'all', ConceptRow[]>('concepts', async (keys) => {
      const rows = await allConcepts(this.prisma);
      return keys.map(() => rows);
    });
  }

  get sourceLines() {
    type Key = { documentId: number; start: number; end: number };
    return this.loader<Key, string>(
      'sourceLines',
      (keys) => documentLines(this.prisma, keys),
      (k) => `${k.documentId}|${k.start}|${k.end}`,
    );
  }

  get concept() {
    return this.loader<string, ConceptRow | undefined>('concept', async (keys) => {
      const rows = byId(await conceptsByKeys(this.prisma, keys), (r) => r.key);
      return keys.map((k) => rows.get(k));
    });
  }

  get conceptInRegion() {
    return this.loader<{ concept: string; code: string; year: number }, ConceptAggregateRow>(
      'conceptInRegion',
      (keys) =>
        batchByGroup(
          keys,
          (k) => `${k.concept}|${k.year}`,
          async (group) => {
            const rows = byId(
              await conceptAcrossRegions(
                this.prisma,
                group[0]!.concept,
                group.map((k) => k.code),
                group[0]!.year,
              ),
              (r) => r.regionCode,
            );
            return new Map(group.map((k) => [k, rows.get(k.code)!]));
          },
        ),
      (k) => `${k.concept}|${k.code}|${k.year}`,
    );
  }
}
