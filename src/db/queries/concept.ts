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
  indicatorId: number;
  name: string;
  target: string | null;
  actual: string | null;
  targetValue: number | null;
  actualValue: number | null;
  unit: string | null;
  funds: number | null;
  projectId: number | null;
  departmentEvaluationId: number | null;
}

export interface ConceptAggregateRow {
  regionCode: string;
  value: number | null;
  target: number | null;
  sources: ConceptSource[];
}

export async function conceptAcrossRegions(
  reader: SqlReader,
  conceptKey: string,
  codes: readonly string[],
  year: number,
): Promise<ConceptAggregateRow[]> {
  // How many indicators a concept has, here and there, decides the plan.
  return reader.$queryRaw(
    plannedForItsValues(Prisma.sql`
    WITH concept AS (SELECT * FROM indicator_concept WHERE key = ${conceptKey}),
    matched AS (
      SELECT c.ancestor_code AS region_code, i.*, COALESCE(p.budget, e.budget) AS funds,
             (i.unit IS NOT DISTINCT FROM (SELECT unit FROM concept)) AS comparable
      FROM indicator i
      LEFT JOIN project_evaluation p ON p.id = i.project_id
      LEFT JOIN department_evaluation e ON e.id = i.department_evaluation_id
      JOIN region_closure c ON c.descendant_code = COALESCE(p.region_code, e.region_code)
      WHERE i.concept_key = ${conceptKey} AND COALESCE(p.fiscal_year, e.fiscal_year) = ${year}
        AND c.ancestor_code = ANY(${[...codes]}::varchar[]))
    SELECT k.code AS "regionCode",
      CASE (SELECT aggregation FROM concept)
        WHEN 'ABSOLUTE' THEN (SELECT sum(m.actual_value) FROM matched m WHERE m.region_code = k.code AND m.comparable)
        ELSE (SELECT sum(m.actual_value * m.funds) / NULLIF(sum(m.funds), 0) FROM matched m
              WHERE m.region_code = k.code AND m.comparable AND m.actual_value IS NOT NULL AND m.funds > 0)
      END::float8 AS value,
      CASE (SELECT aggregation FROM concept)
        WHEN 'ABSOLUTE' THEN (SELECT sum(m.target_value) FROM matched m WHERE m.region_code = k.code AND m.comparable)
        ELSE (SELECT sum(m.target_value * m.funds) / NULLIF(sum(m.funds), 0) FROM matched m
              WHERE m.region_code = k.code AND m.comparable AND m.target_value IS NOT NULL AND m.funds > 0)
      END::float8 AS target,
      COALESCE((SELECT json_agg(json_build_object(
          'indicatorId', m.id, 'name', m.name, 'target', m.target_text, 'actual', m.actual_text,
          'targetValue', m.target_value::float8, 'actualValue', m.actual_value::float8, 'unit', m.unit,
          'funds', m.funds::float8, 'projectId', m.project_id, 'departmentEvaluationId', m.department_evaluation_id)
          ORDER BY m.id)
        FROM matched m WHERE m.region_code = k.code), '[]'::json) AS sources
    FROM unnest(${[...codes]}::varchar[]) AS k(code)`),
  );
}
