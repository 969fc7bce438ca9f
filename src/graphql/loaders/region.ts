/** Regions (行政区划): by code, their children, those of a level within another, their fiscal years. */
import { fiscalYearsInRegions } from '../../db/queries/document';
import { regionChildren, regionsByCodes, regionsWithin, type RegionRow, type RegionsWithinKey } from '../../db/queries/region';
import { byId, grouped, perValue, type Batcher } from './batch';

export function regionLoaders(b: Batcher) {
  return {
    region: b.byIds(regionsByCodes, (r) => r.code),
    regionChildren: perValue([false, true], (includeEmpty) =>
      b.loader<string, RegionRow[]>(async (codes) =>
        grouped(codes, await regionChildren(b.prisma, codes, includeEmpty), (r) => r.parentCode),
      ),
    ),
    regionsWithin: b.loader<RegionsWithinKey, RegionRow[]>(
      async (keys) => {
        const lists = keys.map((): RegionRow[] => []);
        for (const { i, ...row } of await regionsWithin(b.prisma, keys)) lists[i - 1]!.push(row);
        return lists;
      },
      (k) => JSON.stringify([k.level, k.within, k.includeEmpty ?? false]),
    ),
    fiscalYears: b.loader<string, number[]>(async (codes) => {
      const rows = byId(await fiscalYearsInRegions(b.prisma, codes), (r) => r.key);
      return codes.map((c) => rows.get(c)?.years ?? []);
    }),
  };
}
