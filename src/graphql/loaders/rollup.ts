/**
 * Rollups keyed by (node, year, figures): the keys of one year are one statement adding up the
 * rollup sums (src/db/rollupSums.ts) for the union of the figures they ask for.
 */
import type { SqlReader } from '../../db/reader';
import { organizationRollups, regionRollups, type RollupFigure, type RollupRow } from '../../db/queries/rollup';
import { byId, type Batcher, type YearKey } from './batch';

/** A rollup asked for: the node, the year and the figures the selection needs. */
export interface RollupKey<T> extends YearKey<T> {
  figures: readonly RollupFigure[];
}

function rollups<I>(b: Batcher, fetch: (reader: SqlReader, ids: I[], year: number, figures: RollupFigure[]) => Promise<RollupRow[]>) {
  return b.yearBatchedAsking(
    (k: RollupKey<I>) => k.figures,
    fetch,
    (ids, rows) => {
      const found = byId(rows, (r) => r.key);
      return ids.map((id) => found.get(String(id))!);
    },
  );
}

export function rollupLoaders(b: Batcher) {
  return {
    regionRollup: rollups<string>(b, regionRollups),
    organizationRollup: rollups<number>(b, organizationRollups),
  };
}
