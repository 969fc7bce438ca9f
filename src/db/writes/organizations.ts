/**
 * A document's organizations, merged into those already known (by region and full name): a new one
 * is inserted with its 拼音 keys (computed with the reading); a known one gains the document's aliases (sorted, each once) and
 * keeps its parent unless the document names one. Parents first, so children can point at them.
 * One lookup, then per level one INSERT of the new and one UPDATE of the known (an upsert would
 * spend an id of the sequence on every organization already known).
 */
import type { PinyinKeys } from '../../domain/pinyin';
import { Prisma } from '../../generated/prisma';
import type { SqlWriter } from '../transaction';

export interface OrganizationToWrite {
  regionCode: string;
  fullName: string;
  aliases: string[];
  parentName: string | null;
  /** Its 拼音 keys (pinyinKeys of its full name). */
  keys: PinyinKeys;
}

const keyOf = (o: { regionCode: string; name: string }) => `${o.regionCode}:${o.name}`;

/** The id of each organization, by its full name. */
export async function writeOrganizations(
  tx: SqlWriter,
  organizations: readonly OrganizationToWrite[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (organizations.length === 0) return ids;
  // One row per organization: a name listed twice is one organization with the aliases of both.
  const merged = new Map<string, OrganizationToWrite>();
  for (const o of organizations) {
    const key = keyOf({ regionCode: o.regionCode, name: o.fullName });
    const seen = merged.get(key);
    merged.set(
      key,
      seen ? { ...seen, aliases: [...new Set([...seen.aliases, ...o.aliases])].sort(), parentName: seen.parentName ?? o.parentName } : o,
    );
  }
  const known = new Map(
    (
      await tx.$queryRaw<{ id: number; regionCode: string; name: string }[]>`
        SELECT id, region_code AS "regionCode", name FROM organization
        WHERE (region_code, name) IN (${Prisma.join([...merged.values()].map((o) => Prisma.sql`(${o.regionCode}, ${o.fullName})`))})`
    ).map((o) => [keyOf(o), o.id]),
  );
  const unique = [...merged.values()];
  for (const level of [unique.filter((o) => o.parentName === null), unique.filter((o) => o.parentName !== null)]) {
    const parentOf = (o: OrganizationToWrite) => (o.parentName ? (ids.get(o.parentName) ?? null) : null);
    const fresh = level.filter((o) => !known.has(keyOf({ regionCode: o.regionCode, name: o.fullName })));
    if (fresh.length > 0) {
      const values = fresh.map((o) => {
        const { pinyin, initials } = o.keys;
        return Prisma.sql`(${o.regionCode}, ${o.fullName}, ${o.aliases}::text[], ${parentOf(o)}::int, ${pinyin}, ${initials})`;
      });
      const inserted = await tx.$queryRaw<{ id: number; name: string }[]>`
        INSERT INTO organization (region_code, name, aliases, parent_id, pinyin, initials)
        VALUES ${Prisma.join(values)} RETURNING id, name`;
      for (const row of inserted) ids.set(row.name, row.id);
    }
    const old = level.filter((o) => known.has(keyOf({ regionCode: o.regionCode, name: o.fullName })));
    if (old.length > 0) {
      const values = old.map((o) => {
        const id = known.get(keyOf({ regionCode: o.regionCode, name: o.fullName }))!;
        ids.set(o.fullName, id);
        return Prisma.sql`(${id}::int, ${o.aliases}::text[], ${parentOf(o)}::int)`;
      });
      await tx.$executeRaw`
        UPDATE organization o SET
          aliases = ARRAY(SELECT DISTINCT a COLLATE "C" FROM unnest(o.aliases || v.aliases) a ORDER BY 1),
          parent_id = COALESCE(v.parent_id, o.parent_id)
        FROM (VALUES ${Prisma.join(values)}) AS v(id, aliases, parent_id)
        WHERE o.id = v.id`;
    }
  }
  return ids;
}
