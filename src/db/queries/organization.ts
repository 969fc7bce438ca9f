/** Organizations (部门 and their 下属单位). */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';

export interface OrganizationRow {
  id: number;
  regionCode: string;
  name: string;
  aliases: string[];
  parentId: number | null;
}

const columns = Prisma.sql`o.id, o.region_code AS "regionCode", o.name, o.aliases, o.parent_id AS "parentId"`;

/** The same row of the organization aliased `o` as one JSON value, for a statement that reads it beside another table's row. */
export const organizationObject = Prisma.sql`json_build_object('id', o.id, 'regionCode', o.region_code, 'name', o.name, 'aliases', o.aliases, 'parentId', o.parent_id)`;

export async function organizationsByIds(reader: SqlReader, ids: readonly number[]): Promise<OrganizationRow[]> {
  return reader.$queryRaw`SELECT ${columns} FROM organization o WHERE o.id = ANY(${[...ids]}::int[])`;
}

/** Organizations located in each region itself (not beneath it), top-level ones first. */
export async function organizationsInRegions(reader: SqlReader, codes: readonly string[]): Promise<OrganizationRow[]> {
  return reader.$queryRaw`SELECT ${columns} FROM organization o WHERE o.region_code = ANY(${[...codes]}::varchar[])
    ORDER BY o.region_code, o.parent_id NULLS FIRST, o.name`;
}

export async function organizationChildren(reader: SqlReader, parentIds: readonly number[]): Promise<OrganizationRow[]> {
  return reader.$queryRaw`SELECT ${columns} FROM organization o WHERE o.parent_id = ANY(${[...parentIds]}::int[]) ORDER BY o.name`;
}

/** Organizations in and beneath each region (for rankings), those with projects in the year (by their rollup sums). */
export async function organizationsWithProjects(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
): Promise<(OrganizationRow & { key: string })[]> {
  return reader.$queryRaw`SELECT DISTINCT c.ancestor_code::text AS key, ${columns} FROM region_closure c
    JOIN organization o ON o.region_code = c.descendant_code
    JOIN organization_rollup_sum s ON s.organization_id = o.id AND s.fiscal_year = ${year} AND s.project_count > 0
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[])
    ORDER BY 1, o.id`;
}
