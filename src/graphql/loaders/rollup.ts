/**
 * Rollups keyed by (node, year, figures): the keys of one year are one statement computing the
 * union of the figures they ask for; and how many organizations a rollup spans.
 */
import type { PrismaClient } from '../../generated/prisma';
import { organizationCounts, organizationRollups, regionRollups, type RollupFigure, type RollupRow } from '../../db/queries/rollup';
import { batchByGroup, byId, perValue, type Batcher, type YearKey } from './batch';

/** A rollup asked for: the node, the year and the figures the selection needs. */
export interface RollupKey<T> extends YearKey<T> {
  figures: readonly RollupFigure[];
}

function rollups<I>(b: Batcher, fetch: (prisma: PrismaClient, ids: I[], year: number, figures: RollupFigure[]) => Promise<RollupRow[]>) {
  return b.loader<RollupKey<I>, RollupRow>(
    (keys) =>
      batchByGroup(
        keys,
        (k) => String(k.year),
        async (group) => {
          const ids = [...new Set(group.map((k) => k.id))];
          const figures = [...new Set(group.flatMap((k) => k.figures))];
          const rows = byId(await fetch(b.prisma, ids, group[0]!.year, figures), (r) => r.key);
          return new Map(group.map((k) => [k, rows.get(String(k.id))!]));
        },
      ),
    (k) => `${k.id}|${k.year}|${[...k.figures].sort().join(',')}`,
  );
}

const SCOPES: RollupRow['scope'][] = ['region', 'organization'];

export function rollupLoaders(b: Batcher) {
  return {
    regionRollup: rollups<string>(b, regionRollups),
    organizationRollup: rollups<number>(b, organizationRollups),
    organizationCount: perValue(SCOPES, (scope) =>
      b.yearBatched<string, { key: string; count: number }, number>(
        (_reader, ids, year) => organizationCounts(b.prisma, scope, ids, year),
        (ids, rows) => {
          const byKey = byId(rows, (r) => r.key);
          return ids.map((id) => byKey.get(id)?.count ?? 0);
        },
      ),
    ),
  };
}
