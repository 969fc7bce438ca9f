/**
 * Reference data every database needs before a document is loaded: the GB/T 2260 regions with
 * their closure table and 拼音 search keys, and the catalog of indicator concepts. Idempotent: run at
 * every start. Organizations loaded before the search keys existed get theirs here too.
 */
import { ancestry, REGIONS } from '../domain/gazetteer';
import { INDICATOR_CONCEPTS } from '../domain/indicatorConcepts';
import { pinyinKeys } from '../domain/pinyin';
import type { PrismaClient } from '../generated/prisma';

export async function ensureReferenceData(prisma: PrismaClient): Promise<void> {
  const keys = REGIONS.map((r) => pinyinKeys(r.name));
  const closure = REGIONS.flatMap((r) => ancestry(r.code).map((a, depth) => ({ ancestor: a.code, descendant: r.code, depth })));
  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO region (code, name, level, parent_code, pinyin, initials)
      SELECT code, name, level::"RegionLevel", parent_code, pinyin, initials
      FROM unnest(${REGIONS.map((r) => r.code)}::varchar[], ${REGIONS.map((r) => r.name)}::text[],
                  ${REGIONS.map((r) => r.level)}::text[], ${REGIONS.map((r) => r.parentCode)}::varchar[],
                  ${keys.map((k) => k.pinyin)}::text[], ${keys.map((k) => k.initials)}::text[])
           AS t(code, name, level, parent_code, pinyin, initials)
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
        pinyin = EXCLUDED.pinyin, initials = EXCLUDED.initials`,
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
  // An empty key: an organization loaded before the keys existed (a name with no letters at all stays empty).
  const unkeyed = await prisma.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM organization WHERE pinyin = ''`;
  if (unkeyed.length > 0) {
    const orgKeys = unkeyed.map((o) => pinyinKeys(o.name));
    await prisma.$executeRaw`
      UPDATE organization o SET pinyin = t.pinyin, initials = t.initials
      FROM unnest(${unkeyed.map((o) => o.id)}::int[], ${orgKeys.map((k) => k.pinyin)}::text[], ${orgKeys.map((k) => k.initials)}::text[])
           AS t(id, pinyin, initials)
      WHERE o.id = t.id`;
  }
}
