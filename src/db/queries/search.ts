/**
 * SQL for finding regions and organizations by their name (名称检索) or its 拼音: Chinese text is
 * looked for in the names (and short names), Latin letters also in the stored full pinyin and
 * initials (src/domain/pinyin.ts: `shiyan` → 十堰市, `hs` → 黄石市). One statement per search.
 *
 * Ranked by how well the name matches — the exact name (or its whole pinyin or initials), a name
 * that begins with the text (or pinyin that does), initials that begin with it, the text anywhere —
 * then, for regions, those with documents beneath them, then shorter names.
 */
import { Prisma } from '../../generated/prisma';
import { plannedForItsValues } from '../preparedStatements';
import type { SqlReader } from '../reader';
import { pinyinQuery } from '../../domain/pinyin';
import type { OrganizationRow } from './organization';
import type { RegionRow } from './region';

/**
 * The rank of a row's match (0 best, 4 no match) from its name, pinyin and initials columns. A
 * text that is not Latin letters is matched against the name only (its pinyin query is null, and
 * a comparison with null is never true).
 */
function matchRank(name: Prisma.Sql, pinyin: Prisma.Sql, initials: Prisma.Sql, text: string): Prisma.Sql {
  const letters = pinyinQuery(text);
  return Prisma.sql`CASE
      WHEN ${name} = ${text} OR ${pinyin} = ${letters} OR ${initials} = ${letters} THEN 0
      WHEN starts_with(${name}, ${text}) OR starts_with(${pinyin}, ${letters}) THEN 1
      WHEN starts_with(${initials}, ${letters}) THEN 2
      WHEN strpos(${name}, ${text}) > 0 OR strpos(${pinyin}, ${letters}) > 0 OR strpos(${initials}, ${letters}) > 0 THEN 3
      ELSE 4 END`;
}

/** Regions whose name or its pinyin matches the text, best matches first; among equals those with documents beneath them. */
export async function searchRegions(reader: SqlReader, text: string, limit: number): Promise<RegionRow[]> {
  const rank = matchRank(Prisma.sql`r.name`, Prisma.sql`r.pinyin`, Prisma.sql`r.initials`, text);
  return reader.$queryRaw<RegionRow[]>(
    plannedForItsValues(Prisma.sql`
    SELECT code, name, level, "parentCode" FROM (
      SELECT r.code, r.name, r.level::text AS level, r.parent_code AS "parentCode", r.level AS level_order, ${rank} AS match_rank
      FROM region r
    ) r
    WHERE match_rank < 4
    ORDER BY
      match_rank,
      EXISTS (
        SELECT 1 FROM region_closure c
        JOIN source_document d ON d.region_code = c.descendant_code AND d.superseded_by_id IS NULL
        WHERE c.ancestor_code = r.code) DESC,
      length(r.name), level_order, r.code
    LIMIT ${limit}`),
  );
}

/** Organizations whose name, a short name (简称) or the name's pinyin matches the text, best matches first, shorter names first. */
export async function searchOrganizations(reader: SqlReader, text: string, limit: number): Promise<OrganizationRow[]> {
  const rank = matchRank(Prisma.sql`o.name`, Prisma.sql`o.pinyin`, Prisma.sql`o.initials`, text);
  return reader.$queryRaw<OrganizationRow[]>(
    plannedForItsValues(Prisma.sql`
    SELECT id, "regionCode", name, aliases, "parentId" FROM (
      SELECT o.id, o.region_code AS "regionCode", o.name, o.aliases, o.parent_id AS "parentId",
        CASE WHEN EXISTS (SELECT 1 FROM unnest(o.aliases) a WHERE strpos(a, ${text}) > 0) THEN least(${rank}, 3) ELSE ${rank} END AS match_rank
      FROM organization o
    ) o
    WHERE match_rank < 4
    ORDER BY match_rank, length(o.name), o.id
    LIMIT ${limit}`),
  );
}
