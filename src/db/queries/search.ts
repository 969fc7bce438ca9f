/** SQL for finding regions and organizations by a part of their name (名称检索), those with data first. */
import type { PrismaClient } from '../../generated/prisma';
import type { OrganizationRow } from './organization';
import type { RegionRow } from './region';

/** Regions whose name contains the text: those with documents beneath them first, then exact and shorter names, higher levels. */
export async function searchRegions(prisma: PrismaClient, text: string, limit: number): Promise<RegionRow[]> {
  return prisma.$queryRaw<RegionRow[]>`
    SELECT r.code, r.name, r.level::text AS level, r.parent_code AS "parentCode"
    FROM region r
    WHERE strpos(r.name, ${text}) > 0
    ORDER BY
      EXISTS (
        SELECT 1 FROM region_closure c
        JOIN source_document d ON d.region_code = c.descendant_code AND d.superseded_by_id IS NULL
        WHERE c.ancestor_code = r.code) DESC,
      (r.name = ${text}) DESC, length(r.name), r.level, r.code
    LIMIT ${limit}`;
}

/** Organizations whose name or a short name (简称) contains the text, shorter names first. */
export async function searchOrganizations(prisma: PrismaClient, text: string, limit: number): Promise<OrganizationRow[]> {
  return prisma.$queryRaw<OrganizationRow[]>`
    SELECT o.id, o.region_code AS "regionCode", o.name, o.aliases, o.parent_id AS "parentId"
    FROM organization o
    WHERE strpos(o.name, ${text}) > 0 OR EXISTS (SELECT 1 FROM unnest(o.aliases) a WHERE strpos(a, ${text}) > 0)
    ORDER BY (o.name = ${text}) DESC, length(o.name), o.id
    LIMIT ${limit}`;
}
