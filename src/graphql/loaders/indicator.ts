/**
 * Indicators (绩效指标) of projects, department-wide evaluations or goals, keyed by (owner, fields):
 * each batch of one kind of owner is one statement reading the union of the fields its keys ask
 * for (src/graphql/selection.ts indicatorFields), so the statements stay as many whatever the data.
 */
import { indicatorsOf, OWNER_FIELD, type IndicatorOwner } from '../../db/queries/indicator';
import type { IndicatorRow } from '../../db/rows/indicator';
import { grouped, perValue, type Batcher } from './batch';

/** The indicators of one owner asked for: its id and the row fields the selection reads. */
export interface IndicatorsKey {
  id: number;
  fields: readonly (keyof IndicatorRow)[];
}

const OWNERS = Object.keys(OWNER_FIELD) as IndicatorOwner[];

export function indicatorLoaders(b: Batcher) {
  return {
    indicators: perValue(OWNERS, (owner) =>
      b.loader<IndicatorsKey, IndicatorRow[]>(
        async (keys) => {
          const ids = [...new Set(keys.map((k) => k.id))];
          const fields = [...new Set(keys.flatMap((k) => k.fields))];
          const lists = grouped(ids, await indicatorsOf(b.reader, owner, ids, fields), (r) => r[OWNER_FIELD[owner]] as number | null);
          const byOwner = new Map(ids.map((id, i) => [id, lists[i]!]));
          return keys.map((k) => byOwner.get(k.id)!);
        },
        (k) => `${k.id}|${[...k.fields].sort().join(',')}`,
      ),
    ),
  };
}
