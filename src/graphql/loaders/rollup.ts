/**
 * Rollups keyed by (node, year, figures): the keys of one year are one statement adding up the
 * rollup sums (src/db/rollupSums.ts) for the union of the figures they ask for.
 */
import type { SqlReader } from '../../db/reader';
import { organizationRollups, regionRollups, type RollupFigure, type RollupRow } from '../../db/queries/rollup';
import { batchByGroup, byId, type Batcher, type YearKey } from './batch';

/** A rollup asked for: the node, the year and the figures the selection needs. */
export interface RollupKey<T> extends YearKey<T> {
  figures: readonly RollupFigure[];
}

function rollups<I>(b: Batcher, fetch: (reader: SqlReader, ids: I[], year: number, figures: RollupFigure[]) => Promise<RollupRow[]>) {
  return b.loader<RollupKey<I>, RollupRow>(
    (keys) =>
      batchByGroup(
        keys,
        (k) => String(k.year),
        async (group) => {
          const ids = [...new Set(group.map((k) => k.id))];
          const figures = [...new Set(group.flatMap((k) => k.figures))];
          const rows = byId(await fetch(b.reader, ids, group[0]!.year, figures), (r) => r.key);
          return new Map(group.map((k) => [k, rows.get(String(k.id))!]));
        },
      ),
    (k) => `${k.id}|${k.year}|${[...k.figures].sort().join(',')}`,
  );
}

export function rollupLoaders(b: Batcher) {
  return {
    regionRollup: rollups<string>(b, regionRollups),
    organizationRollup: rollups<number>(b, organizationRollups),
  };
}
