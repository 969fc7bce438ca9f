/**
 * Regions (行政区划). The regions themselves are reference data compiled in (GB/T 2260,
 * src/domain/gazetteer.ts; the database's region table is a copy of it, for joins), so a region by
 * its code, its children or the regions of a level cost no statement. Which of them have data — a
 * current document in or beneath them — is one statement per request: the regions with a current
 * document of their own, read by skipping along an index (one probe per such region), and every
 * region above one of them.
 */
import { ancestry, childRegions, REGIONS, regionOf, type RegionLevel } from '../../domain/gazetteer';
import type { SqlReader } from '../reader';

export type { RegionLevel };

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Codes of the regions with data: a current document in the region or beneath it. */
export async function regionsWithData(reader: SqlReader): Promise<Set<string>> {
  const rows = await reader.$queryRaw<{ code: string }[]>`
    WITH RECURSIVE next(code) AS (
      SELECT min(region_code) FROM source_document WHERE superseded_by_id IS NULL
      UNION ALL
      SELECT (SELECT min(d.region_code) FROM source_document d WHERE d.superseded_by_id IS NULL AND d.region_code > next.code)
      FROM next WHERE next.code IS NOT NULL)
    SELECT code::text FROM next WHERE code IS NOT NULL`;
  return new Set(rows.flatMap((r) => ancestry(r.code).map((a) => a.code)));
}

export function regionsByCodes(codes: readonly string[]): (RegionRow | undefined)[] {
  return codes.map(regionOf);
}

/** Children of a region, by code; only those with data unless `withData` is null. */
export function regionChildren(code: string, withData: Set<string> | null): RegionRow[] {
  return childRegions(code).filter((r) => !withData || withData.has(r.code));
}

export interface RegionsWithinKey {
  level: RegionLevel | null;
  within: string | null;
  includeEmpty?: boolean;
}

/** The regions of a level (any level when null) in and beneath an ancestor (or anywhere), by code; only those with data unless `withData` is null. */
export function regionsWithin(key: RegionsWithinKey, withData: Set<string> | null): RegionRow[] {
  return REGIONS.filter(
    (r) =>
      (key.level === null || r.level === key.level) &&
      (key.within === null || ancestry(r.code).some((a) => a.code === key.within)) &&
      (!withData || withData.has(r.code)),
  ).sort((a, b) => (a.code < b.code ? -1 : 1));
}
