/**
 * One indicator concept across regions (定量指标完成数汇总): the matched indicators in and beneath
 * each region, aggregated in SQL by the concept's rule — absolute values summed, rates averaged
 * weighted by the funds of the project or evaluation they belong to — with the reported
 * indicators each figure came from.
 */
import { Prisma } from '../../generated/prisma';
import { plannedForItsValues } from '../preparedStatements';
import type { SqlReader } from '../reader';

export interface ConceptRow {
  key: string;
  name: string;
  unit: string;
  aggregation: 'ABSOLUTE' | 'RATE';
  synonyms: string[];
}

export async function conceptsByKeys(reader: SqlReader, keys: readonly string[]): Promise<ConceptRow[]> {
  return reader.$queryRaw`SELECT key, name, unit, aggregation, synonyms FROM indicator_concept WHERE key = ANY(${[...keys]}::text[]) ORDER BY key`;
}

export async function allConcepts(reader: SqlReader): Promise<ConceptRow[]> {
  return reader.$queryRaw`SELECT key, name, unit, aggregation, synonyms FROM indicator_concept ORDER BY key`;
}

export interface ConceptSource {
  name: string;
  target: string | null;
  actual: string | null;
  targetValue: number | null;
  actualValue: number | null;
  unit: string | null;
  funds: number | null;
}

/**
 * What of the sources a request asks: none (the aggregates alone), their texts as written (name,
 * target, actual), or their parsed values too (targetValue, actualValue, unit, funds). A concept has
 * thousands of sources in a province (24,912 at scale 10): decoding and parsing them was most of
 * the request's CPU, so they are sent only as asked, each as an array rather than an object whose
 * keys would be written again in every source.
 */
export type SourceFields = 'none' | 'texts' | 'values';

/** A source as the statement sends it: its texts, then, when asked, its values. */
type SourceTuple = [string, string | null, string | null, (number | null)?, (number | null)?, (string | null)?, (number | null)?];

const SOURCE_ARRAY: Record<SourceFields, Prisma.Sql> = {
  none: Prisma.sql`NULL::json`,
  texts: Prisma.sql`json_agg(json_build_array(name, target_text, actual_text) ORDER BY id)`,
  values: Prisma.sql`json_agg(json_build_array(name, target_text, actual_text, target_value::float8, actual_value::float8, unit, funds::float8)
          ORDER BY id)`,
};

export interface ConceptAggregateRow {
  regionCode: string;
  value: number | null;
  target: number | null;
  sources: ConceptSource[];
}

/**
 * One statement for every region asked: the concept's indicators of the year are found once, each
 * under every region asked that holds it (region_closure), and grouped by region in one pass.
 *
 * The year is a condition of each owner's join, not a filter on the owners joined: PostgreSQL cannot
 * estimate `COALESCE(p.fiscal_year, e.fiscal_year) = $year` and took it for a few rows, joining the
 * region closure by a nested loop over every matched indicator for each of its rows — at scale 10
 * (24,912 indicators of 城镇新增就业人数 under the 17 cities, 200 regions beneath them) the statement took
 * 1.1 s against 0.65 s in this form (`npm run bench`'s scale-10 database, `EXPLAIN ANALYZE`, warm).
 */
export async function conceptAcrossRegions(
  reader: SqlReader,
  conceptKey: string,
  codes: readonly string[],
  year: number,
  fields: SourceFields = 'values',
): Promise<ConceptAggregateRow[]> {
  // How many indicators a concept has, here and there, decides the plan.
  const rows = await reader.$queryRaw<(Omit<ConceptAggregateRow, 'sources'> & { sources: SourceTuple[] })[]>(
    plannedForItsValues(Prisma.sql`
    WITH concept AS (SELECT unit, aggregation FROM indicator_concept WHERE key = ${conceptKey}),
    matched AS (
      SELECT c.ancestor_code AS region_code, i.id, i.name, i.target_text, i.actual_text, i.target_value, i.actual_value, i.unit,
             COALESCE(p.budget, e.budget) AS funds,
             (i.unit IS NOT DISTINCT FROM (SELECT unit FROM concept)) AS comparable
      FROM indicator i
      LEFT JOIN project_evaluation p ON p.id = i.project_id AND p.fiscal_year = ${year}
      LEFT JOIN department_evaluation e ON e.id = i.department_evaluation_id AND e.fiscal_year = ${year}
      JOIN region_closure c ON c.descendant_code = COALESCE(p.region_code, e.region_code)
      WHERE i.concept_key = ${conceptKey} AND c.ancestor_code = ANY(${[...codes]}::varchar[])),
    grouped AS (
      SELECT region_code,
        sum(actual_value) FILTER (WHERE comparable) AS actual_sum,
        sum(target_value) FILTER (WHERE comparable) AS target_sum,
        sum(actual_value * funds) FILTER (WHERE comparable AND funds > 0)
          / NULLIF(sum(funds) FILTER (WHERE comparable AND actual_value IS NOT NULL AND funds > 0), 0) AS actual_weighted,
        sum(target_value * funds) FILTER (WHERE comparable AND funds > 0)
          / NULLIF(sum(funds) FILTER (WHERE comparable AND target_value IS NOT NULL AND funds > 0), 0) AS target_weighted,
        ${SOURCE_ARRAY[fields]} AS sources
      FROM matched GROUP BY region_code)
    SELECT k.code AS "regionCode",
      (CASE (SELECT aggregation FROM concept) WHEN 'ABSOLUTE' THEN g.actual_sum ELSE g.actual_weighted END)::float8 AS value,
      (CASE (SELECT aggregation FROM concept) WHEN 'ABSOLUTE' THEN g.target_sum ELSE g.target_weighted END)::float8 AS target,
      COALESCE(g.sources, '[]'::json) AS sources
    FROM unnest(${[...codes]}::varchar[]) AS k(code) LEFT JOIN grouped g ON g.region_code = k.code`),
  );
  return rows.map((row) => ({
    ...row,
    // Values not asked are not read: null stands for them.
    sources: row.sources.map(([name, target, actual, targetValue = null, actualValue = null, unit = null, funds = null]) => ({
      name,
      target,
      actual,
      targetValue,
      actualValue,
      unit,
      funds,
    })),
  }));
}
