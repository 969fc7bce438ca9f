/** SQL for regions (行政区划): by code, by level, children; each one statement per batch. */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

const columns = Prisma.sql`r.code, r.name, r.level::text AS level, r.parent_code AS "parentCode"`;

/** Whether any current (not superseded) document concerns the region or a region beneath it. */
const hasData = Prisma.sql`EXISTS (
  SELECT 1 FROM region_closure c
  JOIN source_document d ON d.region_code = c.descendant_code AND d.superseded_by_id IS NULL
  WHERE c.ancestor_code = r.code)`;

export async function regionsByCodes(reader: SqlReader, codes: readonly string[]): Promise<RegionRow[]> {
  return reader.$queryRaw<RegionRow[]>`SELECT ${columns} FROM region r WHERE r.code = ANY(${[...codes]}::varchar[])`;
}

/** Children of several parents at once. */
export async function regionChildren(reader: SqlReader, parentCodes: readonly string[], includeEmpty: boolean): Promise<RegionRow[]> {
  return reader.$queryRaw<RegionRow[]>`
    SELECT ${columns} FROM region r
    WHERE r.parent_code = ANY(${[...parentCodes]}::varchar[]) AND (${includeEmpty} OR ${hasData})
    ORDER BY r.code`;
}

export interface RegionsWithinKey {
  level: RegionLevel | null;
  within: string | null;
  includeEmpty?: boolean;
}

/**
 * For each key, the regions of a level (any level when null) in and beneath an ancestor (or
 * anywhere), with data unless includeEmpty: one statement for all the keys, each row carrying the
 * 1-based position of its key.
 */
export async function regionsWithin(reader: SqlReader, keys: readonly RegionsWithinKey[]): Promise<(RegionRow & { i: number })[]> {
  return reader.$queryRaw<(RegionRow & { i: number })[]>`
    SELECT k.i::int AS i, ${columns}
    FROM unnest(${keys.map((k) => k.level)}::text[], ${keys.map((k) => k.within)}::text[], ${keys.map((k) => k.includeEmpty ?? false)}::boolean[])
      WITH ORDINALITY AS k(level, within, include_empty, i)
    JOIN region r ON (k.level IS NULL OR r.level::text = k.level)
      AND (k.within IS NULL OR EXISTS (
        SELECT 1 FROM region_closure c WHERE c.ancestor_code = k.within AND c.descendant_code = r.code))
      AND (k.include_empty OR ${hasData})
    ORDER BY k.i, r.code`;
}
