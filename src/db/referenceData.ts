/**
 * Reference data every database needs before a document is loaded: the GB/T 2260 regions with
 * their closure table and 拼音 search keys, and the catalog of indicator concepts. Idempotent: run at
 * every start. Search keys are computed only where missing — a new database's regions, a region
 * renamed, organizations loaded before the keys existed — so a start costs no pinyin otherwise.
 * What it writes can change answers (a region renamed, a search key filled), so it moves the data
 * version (src/db/dataVersion.ts) like a document load: no cached answer or ETag outlives it.
 */
import { ancestry, REGIONS } from '../domain/gazetteer';
import { INDICATOR_CONCEPTS } from '../domain/indicatorConcepts';
import { pinyinKeys } from '../domain/pinyin';
import type { PrismaClient } from '../generated/prisma';
import { bumpDataVersion } from './dataVersion';

export async function ensureReferenceData(prisma: PrismaClient): Promise<void> {
  const closure = REGIONS.flatMap((r) => ancestry(r.code).map((a, depth) => ({ ancestor: a.code, descendant: r.code, depth })));
  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO region (code, name, level, parent_code)
      SELECT code, name, level::"RegionLevel", parent_code
      FROM unnest(${REGIONS.map((r) => r.code)}::varchar[], ${REGIONS.map((r) => r.name)}::text[],
                  ${REGIONS.map((r) => r.level)}::text[], ${REGIONS.map((r) => r.parentCode)}::varchar[]) AS t(code, name, level, parent_code)
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
        -- A renamed region's keys are computed again below.
        pinyin = CASE WHEN region.name = EXCLUDED.name THEN region.pinyin ELSE '' END,
        initials = CASE WHEN region.name = EXCLUDED.name THEN region.initials ELSE '' END`,
    prisma.$executeRaw`
      INSERT INTO region_closure (ancestor_code, descendant_code, depth)
      SELECT * FROM unnest(${closure.map((c) => c.ancestor)}::varchar[], ${closure.map((c) => c.descendant)}::varchar[],
                           ${closure.map((c) => c.depth)}::int[])
      ON CONFLICT DO NOTHING`,
    prisma.$executeRaw`
      INSERT INTO indicator_concept (key, name, unit, aggregation, synonyms)
      SELECT key, name, unit, aggregation, string_to_array(synonyms, '|')
      FROM unnest(${INDICATOR_CONCEPTS.map((c) => c.key)}::text[], ${INDICATOR_CONCEPTS.map((c) => c.name)}::text[],
                  ${INDICATOR_CONCEPTS.map((c) => c.unit)}::text[], ${INDICATOR_CONCEPTS.map((c) => c.aggregation)}::text[],
                  ${INDICATOR_CONCEPTS.map((c) => c.synonyms.join('|'))}::text[]) AS t(key, name, unit, aggregation, synonyms)
      ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit,
        aggregation = EXCLUDED.aggregation, synonyms = EXCLUDED.synonyms`,
  ]);
  await fillPinyinKeys(prisma);
  await bumpDataVersion(prisma);
}

/** Computes the 拼音 search keys a region or organization lacks (an empty key; a name with no letters at all keeps it empty). */
async function fillPinyinKeys(prisma: PrismaClient): Promise<void> {
  const regions = await prisma.$queryRaw<{ code: string; name: string }[]>`SELECT code, name FROM region WHERE pinyin = ''`;
  if (regions.length > 0) {
    const keys = regions.map((r) => pinyinKeys(r.name));
    await prisma.$executeRaw`
      UPDATE region r SET pinyin = t.pinyin, initials = t.initials
      FROM unnest(${regions.map((r) => r.code)}::varchar[], ${keys.map((k) => k.pinyin)}::text[], ${keys.map((k) => k.initials)}::text[])
           AS t(code, pinyin, initials)
      WHERE r.code = t.code`;
  }
  const organizations = await prisma.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM organization WHERE pinyin = ''`;
  if (organizations.length > 0) {
    const keys = organizations.map((o) => pinyinKeys(o.name));
    await prisma.$executeRaw`
      UPDATE organization o SET pinyin = t.pinyin, initials = t.initials
      FROM unnest(${organizations.map((o) => o.id)}::int[], ${keys.map((k) => k.pinyin)}::text[], ${keys.map((k) => k.initials)}::text[])
           AS t(id, pinyin, initials)
      WHERE o.id = t.id`;
  }
}
