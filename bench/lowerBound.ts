/**
 * The lower bound: each operation's figures computed by ONE hand-written SQL statement sent
 * straight through the driver (pg or PGlite), no Prisma, no GraphQL, no HTTP — what the database
 * alone needs to produce the same aggregate. Rollups read the same rollup sums the API reads (the
 * bound over the same schema; over the projects it was 78 ms at scale 1 for the province).
 */
import type { Database } from '../src/db/database';
import type { BenchTargets, OperationKey } from './operations';

/** The rollup figures, from the rollup sums `r` of the regions beneath a node (src/db/rollupSums.ts). */
const ROLLUP_COLUMNS = `
  sum(r.project_count)::int AS project_count,
  sum(r.budget)::float8 AS budget,
  sum(r.executed)::float8 AS executed,
  (sum(r.rate_executed) / NULLIF(sum(r.rate_budget), 0))::float8 AS execution_rate,
  (sum(r.computed_score_money) / NULLIF(sum(r.computed_score_budget), 0))::float8 AS weighted_score,
  (sum(r.computed_score_sum) / NULLIF(sum(r.computed_score_projects), 0))::float8 AS mean_score,
  (sum(r.reported_score_money) / NULLIF(sum(r.reported_score_budget), 0))::float8 AS reported_weighted_score,
  sum(r.excellent)::int AS excellent,
  sum(r.good)::int AS good,
  sum(r.fair)::int AS fair,
  sum(r.poor)::int AS poor,
  sum(r.discrepancy_count)::int AS discrepancy_count`;

/** Rollups of several regions (everything beneath each), one pass over the year's rollup sums. */
const ROLLUPS = `
  SELECT c.ancestor_code AS code, ${ROLLUP_COLUMNS}
  FROM region_closure c JOIN region_rollup_sum r ON r.region_code = c.descendant_code AND r.fiscal_year = $2
  WHERE c.ancestor_code = ANY($1::varchar[])
  GROUP BY c.ancestor_code`;

export interface LowerBound {
  sql: string;
  params: unknown[];
}

export function lowerBound(key: OperationKey, t: BenchTargets): LowerBound {
  switch (key) {
    case 'hierarchy':
      // Regions with a current document in or beneath them, as a tree of three levels.
      return {
        sql: `WITH live AS (
            SELECT DISTINCT c.ancestor_code AS code FROM source_document d
            JOIN region_closure c ON c.descendant_code = d.region_code WHERE d.superseded_by_id IS NULL)
          SELECT r.code, r.name, r.level::text, r.parent_code FROM region r JOIN live USING (code) ORDER BY r.code`,
        params: [],
      };
    case 'regionRollup':
      return {
        sql: `SELECT ${ROLLUP_COLUMNS}
          FROM region_closure c JOIN region_rollup_sum r ON r.region_code = c.descendant_code AND r.fiscal_year = $2
          WHERE c.ancestor_code = $1`,
        params: [t.province, t.year],
      };
    case 'compareRegions':
      return { sql: `${ROLLUPS} ORDER BY 1`, params: [t.cities, t.year] };
    case 'dashboard':
      // The province, every city and every county in one grouped pass, ranked by execution rate per level.
      return {
        sql: `WITH r AS (${ROLLUPS})
          SELECT g.level::text AS level, r.*,
                 rank() OVER (PARTITION BY g.level ORDER BY r.execution_rate DESC NULLS LAST) AS rank
          FROM r JOIN region g ON g.code = r.code ORDER BY g.level, rank`,
        params: [[t.province, ...t.cities, ...t.counties], t.year],
      };
    case 'regionProjects':
      // The first page by name, with its organization, indicators and discrepancies as JSON, and the total.
      return {
        sql: `WITH scoped AS (
            SELECT p.* FROM region_closure c JOIN project_evaluation p ON p.region_code = c.descendant_code
            WHERE c.ancestor_code = $1 AND p.fiscal_year = $2),
          page AS (SELECT * FROM scoped ORDER BY name, id LIMIT $3)
          SELECT (SELECT count(*) FROM scoped)::int AS total, p.id, p.name, o.name AS organization,
            p.budget::float8, p.executed::float8, p.execution_rate::float8, p.budget_score::float8,
            p.reported_budget_score::float8, p.total_score::float8, p.reported_total_score::float8, p.grade::text,
            (SELECT json_agg(json_build_object('level1', i.level1, 'level2', i.level2, 'name', i.name, 'target', i.target_text,
                'actual', i.actual_text, 'weight', i.weight, 'score', i.score, 'reportedScore', i.reported_score) ORDER BY i.position)
             FROM indicator i WHERE i.project_id = p.id) AS indicators,
            (SELECT json_agg(json_build_object('field', d.field, 'reported', d.reported, 'computed', d.computed, 'message', d.message) ORDER BY d.id)
             FROM discrepancy d WHERE d.project_id = p.id) AS discrepancies
          FROM page p JOIN organization o ON o.id = p.organization_id ORDER BY p.name, p.id`,
        params: [t.city, t.year, 21],
      };
    case 'departmentEvaluations':
      return {
        sql: `SELECT e.id, o.name AS organization, e.reported_total_score::float8, e.computed_score::float8, e.budget::float8,
            e.executed::float8, e.execution_rate::float8,
            (SELECT json_agg(json_build_object('level1', i.level1, 'level2', i.level2, 'name', i.name, 'weight', i.weight,
                'score', i.score, 'reportedScore', i.reported_score) ORDER BY i.position)
             FROM indicator i WHERE i.department_evaluation_id = e.id) AS indicators,
            (SELECT json_agg(json_build_object('name', g.name, 'weight', g.weight, 'score', g.score) ORDER BY g.position)
             FROM department_goal g WHERE g.evaluation_id = e.id) AS goals
          FROM region_closure c JOIN department_evaluation e ON e.region_code = c.descendant_code AND e.fiscal_year = $2
          JOIN organization o ON o.id = e.organization_id
          WHERE c.ancestor_code = $1 ORDER BY e.id`,
        params: [t.county, t.year],
      };
    case 'compareIndicator':
      // Absolute concept: values summed per region, with the sources as written. The concept's
      // indicators are taken first, by their index: joined to the year's projects as a whole,
      // PostgreSQL read every project of the year and probed each one's indicators (0.8 s at scale 1
      // against 0.2 s, EXPLAIN ANALYZE) — a bound slower than the API.
      return {
        sql: `WITH m AS MATERIALIZED (
            SELECT id, name, target_text, actual_text, target_value, actual_value, project_id
            FROM indicator WHERE concept_key = 'urban_new_employment')
          SELECT c.ancestor_code AS code, sum(m.actual_value)::float8 AS value, sum(m.target_value)::float8 AS target,
            json_agg(json_build_object('name', m.name, 'target', m.target_text, 'actual', m.actual_text) ORDER BY m.id) AS sources
          FROM m JOIN project_evaluation p ON p.id = m.project_id AND p.fiscal_year = $2
          JOIN region_closure c ON c.descendant_code = p.region_code AND c.ancestor_code = ANY($1::varchar[])
          GROUP BY c.ancestor_code ORDER BY 1`,
        params: [t.cities, t.year],
      };
  }
}

export async function runLowerBound(db: Database, bound: LowerBound): Promise<unknown[]> {
  return db.script.query(bound.sql, bound.params);
}
