-- The peer's read side (bench/peer/server.mjs): views over Jixiao's tables in a schema of their
-- own, so PostGraphile + @graphile/pg-aggregates can answer the bench's operations. What
-- pg-aggregates cannot express (count(*) in groups, FILTER, ratios of sums) is written as helper
-- columns it sums; the client divides. Dropped and created again after every import.
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;

-- Regions with a current document in or beneath them (the hierarchy's rule).
CREATE VIEW peer.live_region AS
  SELECT r.code, r.name, r.level::text AS level, r.parent_code
  FROM region r
  WHERE EXISTS (SELECT 1 FROM region_closure c
                JOIN source_document d ON d.region_code = c.descendant_code AND d.superseded_by_id IS NULL
                WHERE c.ancestor_code = r.code);

-- Every project under each of its ancestors (itself included), with the sums a rollup divides.
CREATE VIEW peer.project_in_region AS
  SELECT c.ancestor_code, a.level::text AS ancestor_level, p.fiscal_year, p.id, p.name,
    p.budget, p.executed,
    CASE WHEN p.budget > 0 AND p.executed IS NOT NULL THEN p.budget END AS rate_budget,
    CASE WHEN p.budget > 0 AND p.executed IS NOT NULL THEN p.executed END AS rate_executed,
    CASE WHEN p.total_score IS NOT NULL AND p.budget > 0 THEN p.total_score * p.budget END AS score_budget,
    CASE WHEN p.total_score IS NOT NULL AND p.budget > 0 THEN p.budget END AS score_weight,
    p.total_score,
    CASE WHEN p.reported_total_score IS NOT NULL AND p.budget > 0 THEN p.reported_total_score * p.budget END AS reported_score_budget,
    CASE WHEN p.reported_total_score IS NOT NULL AND p.budget > 0 THEN p.budget END AS reported_score_weight,
    (p.grade = 'EXCELLENT')::int AS excellent, (p.grade = 'GOOD')::int AS good,
    (p.grade = 'FAIR')::int AS fair, (p.grade = 'POOR')::int AS poor,
    1 AS one
  FROM region_closure c
  JOIN region a ON a.code = c.ancestor_code
  JOIN project_evaluation p ON p.region_code = c.descendant_code;
COMMENT ON VIEW peer.project_in_region IS E'@foreignKey (id) references public.project_evaluation (id)';

-- Jixiao's rollup sums (src/db/rollupSums.ts: a row per region and year) under each ancestor of
-- their region: the peer adds up the same rows Jixiao reads, not the projects.
CREATE VIEW peer.rollup_in_region AS
  SELECT c.ancestor_code, a.level::text AS ancestor_level, r.fiscal_year, r.region_code,
    r.budget, r.executed, r.rate_budget, r.rate_executed,
    r.computed_score_money AS score_budget, r.computed_score_budget AS score_weight,
    r.computed_score_sum AS total_score_sum, r.computed_score_projects AS total_score_count,
    r.reported_score_money AS reported_score_budget, r.reported_score_budget AS reported_score_weight,
    r.excellent, r.good, r.fair, r.poor, r.project_count AS one, r.discrepancy_count AS discrepancies
  FROM region_closure c
  JOIN region a ON a.code = c.ancestor_code
  JOIN region_rollup_sum r ON r.region_code = c.descendant_code;

CREATE VIEW peer.department_in_region AS
  SELECT c.ancestor_code, e.fiscal_year, e.id
  FROM region_closure c JOIN department_evaluation e ON e.region_code = c.descendant_code;
COMMENT ON VIEW peer.department_in_region IS E'@foreignKey (id) references public.department_evaluation (id)';

CREATE VIEW peer.indicator_in_region AS
  SELECT c.ancestor_code, p.fiscal_year, i.id, i.concept_key, i.name, i.target_text, i.actual_text,
    i.actual_value, i.target_value
  FROM indicator i
  JOIN project_evaluation p ON p.id = i.project_id
  JOIN region_closure c ON c.descendant_code = p.region_code;
