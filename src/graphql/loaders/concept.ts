/** Indicator concepts: the catalog, one by key, and one concept aggregated across regions. */
import {
  allConcepts,
  conceptAcrossRegions,
  conceptsByKeys,
  type ConceptAggregateRow,
  type ConceptRow,
  type SourceFields,
} from '../../db/queries/concept';
import { batchByGroup, byId, type Batcher } from './batch';

type InRegionKey = { concept: string; code: string; year: number; fields: SourceFields };

export function conceptLoaders(b: Batcher) {
  return {
    concepts: b.loader<'all', ConceptRow[]>(async (keys) => {
      const rows = await allConcepts(b.reader);
      return keys.map(() => rows);
    }),
    concept: b.byIds(conceptsByKeys, (r) => r.key),
    /** The regions of one concept, year and fields of the sources are one statement. */
    conceptInRegion: b.loader<InRegionKey, ConceptAggregateRow>(
      (keys) =>
        batchByGroup(
          keys,
          (k) => `${k.concept}|${k.year}|${k.fields}`,
          async (group) => {
            const rows = byId(
              await conceptAcrossRegions(
                b.reader,
                group[0]!.concept,
                group.map((k) => k.code),
                group[0]!.year,
                group[0]!.fields,
              ),
              (r) => r.regionCode,
            );
            return new Map(group.map((k) => [k, rows.get(k.code)!]));
          },
        ),
      (k) => `${k.concept}|${k.code}|${k.year}|${k.fields}`,
    ),
  };
}
