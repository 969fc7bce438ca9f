/**
 * Regions (行政区划): by code, their children, those of a level within another, their fiscal years.
 * The regions are compiled in (src/db/queries/region.ts): only which have data costs a statement,
 * one per request for every region list.
 */
import { fiscalYearsInRegions } from '../../db/queries/document';
import { regionChildren, regionsByCodes, regionsWithData, regionsWithin, type RegionRow, type RegionsWithinKey } from '../../db/queries/region';
import { byId, perValue, type Batcher } from './batch';

export function regionLoaders(b: Batcher) {
  const withData = b.loader<'all', Set<string>>(async (keys) => {
    const codes = await regionsWithData(b.reader);
    return keys.map(() => codes);
  });
  const dataFilter = async (includeEmpty: boolean) => (includeEmpty ? null : withData.load('all'));
  return {
    region: b.loader<string, RegionRow | undefined>(async (codes) => regionsByCodes(codes)),
    regionChildren: perValue([false, true], (includeEmpty) =>
      b.loader<string, RegionRow[]>(async (codes) => {
        const filter = await dataFilter(includeEmpty);
        return codes.map((code) => regionChildren(code, filter));
      }),
    ),
    regionsWithin: b.loader<RegionsWithinKey, RegionRow[]>(
      (keys) => Promise.all(keys.map(async (key) => regionsWithin(key, await dataFilter(key.includeEmpty ?? false)))),
      (k) => JSON.stringify([k.level, k.within, k.includeEmpty ?? false]),
    ),
    fiscalYears: b.loader<string, number[]>(async (codes) => {
      const rows = byId(await fiscalYearsInRegions(b.reader, codes), (r) => r.key);
      return codes.map((c) => rows.get(c)?.years ?? []);
    }),
  };
}
