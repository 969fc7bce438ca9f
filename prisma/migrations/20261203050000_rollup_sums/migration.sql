-- Rollup sums (合计, src/db/rollupSums.ts): a year's projects, department-wide evaluations and
-- discrepancies summed per organization and region, and per region; rollups add these rows up.
-- Filled from the records already loaded; each document load recomputes its organizations' rows.

-- CreateTable
CREATE TABLE "organization_rollup_sum" (
    "fiscal_year" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "project_count" INTEGER NOT NULL DEFAULT 0,
    "budget" DECIMAL(30,4),
    "executed" DECIMAL(30,4),
    "rate_budget" DECIMAL(30,4),
    "rate_executed" DECIMAL(30,4),
    "computed_score_projects" INTEGER NOT NULL DEFAULT 0,
    "computed_score_sum" DECIMAL(30,4),
    "computed_score_money" DECIMAL(40,8),
    "computed_score_budget" DECIMAL(30,4),
    "reported_score_projects" INTEGER NOT NULL DEFAULT 0,
    "reported_score_sum" DECIMAL(30,4),
    "reported_score_money" DECIMAL(40,8),
    "reported_score_budget" DECIMAL(30,4),
    "reported_on_computed_money" DECIMAL(40,8),
    "reported_on_computed_budget" DECIMAL(30,4),
    "uncomputed_no_budget" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_no_executed" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_unweighted_indicators" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_other" INTEGER NOT NULL DEFAULT 0,
    "output_rate_money" DECIMAL(40,10),
    "output_rate_budget" DECIMAL(30,4),
    "benefit_rate_money" DECIMAL(40,10),
    "benefit_rate_budget" DECIMAL(30,4),
    "satisfaction_rate_money" DECIMAL(40,10),
    "satisfaction_rate_budget" DECIMAL(30,4),
    "excellent" INTEGER NOT NULL DEFAULT 0,
    "good" INTEGER NOT NULL DEFAULT 0,
    "fair" INTEGER NOT NULL DEFAULT 0,
    "poor" INTEGER NOT NULL DEFAULT 0,
    "ungraded" INTEGER NOT NULL DEFAULT 0,
    "reported_excellent" INTEGER NOT NULL DEFAULT 0,
    "reported_good" INTEGER NOT NULL DEFAULT 0,
    "reported_fair" INTEGER NOT NULL DEFAULT 0,
    "reported_poor" INTEGER NOT NULL DEFAULT 0,
    "department_evaluation_count" INTEGER NOT NULL DEFAULT 0,
    "department_reported_score_sum" DECIMAL(30,4),
    "department_reported_scores" INTEGER NOT NULL DEFAULT 0,
    "department_computed_score_sum" DECIMAL(30,4),
    "department_computed_scores" INTEGER NOT NULL DEFAULT 0,
    "department_basic_expenditure" DECIMAL(30,4),
    "department_project_expenditure" DECIMAL(30,4),
    "department_budget" DECIMAL(30,4),
    "department_executed" DECIMAL(30,4),
    "discrepancy_count" INTEGER NOT NULL DEFAULT 0,
    "listed_discrepancy_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "organization_rollup_sum_pkey" PRIMARY KEY ("fiscal_year","organization_id","region_code")
);

-- CreateTable
CREATE TABLE "region_rollup_sum" (
    "fiscal_year" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "organization_count" INTEGER NOT NULL DEFAULT 0,
    "project_count" INTEGER NOT NULL DEFAULT 0,
    "budget" DECIMAL(30,4),
    "executed" DECIMAL(30,4),
    "rate_budget" DECIMAL(30,4),
    "rate_executed" DECIMAL(30,4),
    "computed_score_projects" INTEGER NOT NULL DEFAULT 0,
    "computed_score_sum" DECIMAL(30,4),
    "computed_score_money" DECIMAL(40,8),
    "computed_score_budget" DECIMAL(30,4),
    "reported_score_projects" INTEGER NOT NULL DEFAULT 0,
    "reported_score_sum" DECIMAL(30,4),
    "reported_score_money" DECIMAL(40,8),
    "reported_score_budget" DECIMAL(30,4),
    "reported_on_computed_money" DECIMAL(40,8),
    "reported_on_computed_budget" DECIMAL(30,4),
    "uncomputed_no_budget" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_no_executed" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_unweighted_indicators" INTEGER NOT NULL DEFAULT 0,
    "uncomputed_other" INTEGER NOT NULL DEFAULT 0,
    "output_rate_money" DECIMAL(40,10),
    "output_rate_budget" DECIMAL(30,4),
    "benefit_rate_money" DECIMAL(40,10),
    "benefit_rate_budget" DECIMAL(30,4),
    "satisfaction_rate_money" DECIMAL(40,10),
    "satisfaction_rate_budget" DECIMAL(30,4),
    "excellent" INTEGER NOT NULL DEFAULT 0,
    "good" INTEGER NOT NULL DEFAULT 0,
    "fair" INTEGER NOT NULL DEFAULT 0,
    "poor" INTEGER NOT NULL DEFAULT 0,
    "ungraded" INTEGER NOT NULL DEFAULT 0,
    "reported_excellent" INTEGER NOT NULL DEFAULT 0,
    "reported_good" INTEGER NOT NULL DEFAULT 0,
    "reported_fair" INTEGER NOT NULL DEFAULT 0,
    "reported_poor" INTEGER NOT NULL DEFAULT 0,
    "department_evaluation_count" INTEGER NOT NULL DEFAULT 0,
    "department_reported_score_sum" DECIMAL(30,4),
    "department_reported_scores" INTEGER NOT NULL DEFAULT 0,
    "department_computed_score_sum" DECIMAL(30,4),
    "department_computed_scores" INTEGER NOT NULL DEFAULT 0,
    "department_basic_expenditure" DECIMAL(30,4),
    "department_project_expenditure" DECIMAL(30,4),
    "department_budget" DECIMAL(30,4),
    "department_executed" DECIMAL(30,4),
    "discrepancy_count" INTEGER NOT NULL DEFAULT 0,
    "listed_discrepancy_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "region_rollup_sum_pkey" PRIMARY KEY ("fiscal_year","region_code")
);

-- CreateIndex
CREATE INDEX "department_evaluation_organization_id_fiscal_year_idx" ON "department_evaluation"("organization_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "organization_rollup_sum_fiscal_year_region_code_idx" ON "organization_rollup_sum"("fiscal_year", "region_code");

-- Fill: the sums of every record loaded so far (rebuildRollupSums as of this migration).
INSERT INTO organization_rollup_sum (fiscal_year, region_code, organization_id, project_count, budget, executed, rate_budget, rate_executed, computed_score_projects, computed_score_sum, computed_score_money, computed_score_budget, reported_score_projects, reported_score_sum, reported_score_money, reported_score_budget, reported_on_computed_money, reported_on_computed_budget, uncomputed_no_budget, uncomputed_no_executed, uncomputed_unweighted_indicators, uncomputed_other, output_rate_money, output_rate_budget, benefit_rate_money, benefit_rate_budget, satisfaction_rate_money, satisfaction_rate_budget, excellent, good, fair, poor, ungraded, reported_excellent, reported_good, reported_fair, reported_poor, department_evaluation_count, department_reported_score_sum, department_reported_scores, department_computed_score_sum, department_computed_scores, department_basic_expenditure, department_project_expenditure, department_budget, department_executed, discrepancy_count, listed_discrepancy_count) WITH
  p AS (SELECT p.fiscal_year, p.region_code, p.organization_id, count(*) AS project_count, sum(p.budget) AS budget, sum(p.executed) AS executed, sum(p.budget) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL) AS rate_budget, sum(p.executed) FILTER (WHERE p.budget > 0 AND p.executed IS NOT NULL) AS rate_executed, count(p.total_score) AS computed_score_projects, sum(p.total_score) AS computed_score_sum, sum(p.total_score * p.budget) FILTER (WHERE p.total_score IS NOT NULL AND p.budget > 0) AS computed_score_money, sum(p.budget) FILTER (WHERE p.total_score IS NOT NULL AND p.budget > 0) AS computed_score_budget, count(p.reported_total_score) AS reported_score_projects, sum(p.reported_total_score) AS reported_score_sum, sum(p.reported_total_score * p.budget) FILTER (WHERE p.reported_total_score IS NOT NULL AND p.budget > 0) AS reported_score_money, sum(p.budget) FILTER (WHERE p.reported_total_score IS NOT NULL AND p.budget > 0) AS reported_score_budget, sum(p.reported_total_score * p.budget) FILTER (WHERE p.reported_total_score IS NOT NULL AND p.total_score IS NOT NULL AND p.budget > 0) AS reported_on_computed_money, sum(p.budget) FILTER (WHERE p.reported_total_score IS NOT NULL AND p.total_score IS NOT NULL AND p.budget > 0) AS reported_on_computed_budget, count(*) FILTER (WHERE CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
  AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END = 'NO_BUDGET') AS uncomputed_no_budget, count(*) FILTER (WHERE CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
  AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END = 'NO_EXECUTED') AS uncomputed_no_executed, count(*) FILTER (WHERE CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
  AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END = 'UNWEIGHTED_INDICATORS') AS uncomputed_unweighted_indicators, count(*) FILTER (WHERE CASE WHEN p.total_score IS NOT NULL THEN NULL
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND (p.budget IS NULL OR p.budget <= 0) THEN 'NO_BUDGET'
  WHEN p.budget_score IS NULL AND p.reported_budget_score IS NULL AND p.executed IS NULL THEN 'NO_EXECUTED'
  WHEN EXISTS (SELECT 1 FROM indicator i WHERE i.project_id = p.id AND i.score IS NULL AND i.weight IS NULL
  AND (COALESCE(i.level2, '') || i.name) NOT LIKE '%约束性%') THEN 'UNWEIGHTED_INDICATORS'
  ELSE 'OTHER' END = 'OTHER') AS uncomputed_other, sum(p.output_score_rate * p.budget) FILTER (WHERE p.output_score_rate IS NOT NULL AND p.budget > 0) AS output_rate_money, sum(p.budget) FILTER (WHERE p.output_score_rate IS NOT NULL AND p.budget > 0) AS output_rate_budget, sum(p.benefit_score_rate * p.budget) FILTER (WHERE p.benefit_score_rate IS NOT NULL AND p.budget > 0) AS benefit_rate_money, sum(p.budget) FILTER (WHERE p.benefit_score_rate IS NOT NULL AND p.budget > 0) AS benefit_rate_budget, sum(p.satisfaction_score_rate * p.budget) FILTER (WHERE p.satisfaction_score_rate IS NOT NULL AND p.budget > 0) AS satisfaction_rate_money, sum(p.budget) FILTER (WHERE p.satisfaction_score_rate IS NOT NULL AND p.budget > 0) AS satisfaction_rate_budget, count(*) FILTER (WHERE p.grade = 'EXCELLENT') AS excellent, count(*) FILTER (WHERE p.grade = 'GOOD') AS good, count(*) FILTER (WHERE p.grade = 'FAIR') AS fair, count(*) FILTER (WHERE p.grade = 'POOR') AS poor, count(*) FILTER (WHERE p.grade IS NULL) AS ungraded, count(*) FILTER (WHERE p.reported_grade = 'EXCELLENT') AS reported_excellent, count(*) FILTER (WHERE p.reported_grade = 'GOOD') AS reported_good, count(*) FILTER (WHERE p.reported_grade = 'FAIR') AS reported_fair, count(*) FILTER (WHERE p.reported_grade = 'POOR') AS reported_poor
  FROM project_evaluation p WHERE TRUE GROUP BY 1, 2, 3),
  x AS (SELECT x.fiscal_year, x.region_code, x.organization_id, count(*) AS department_evaluation_count, sum(x.reported_total_score) AS department_reported_score_sum, count(x.reported_total_score) AS department_reported_scores, sum(x.computed_score) AS department_computed_score_sum, count(x.computed_score) AS department_computed_scores, sum(x.basic_expenditure) AS department_basic_expenditure, sum(x.project_expenditure) AS department_project_expenditure, sum(x.budget) AS department_budget, sum(x.executed) AS department_executed
  FROM department_evaluation x WHERE TRUE GROUP BY 1, 2, 3),
  d AS (SELECT fiscal_year, region_code, organization_id, count(*) FILTER (WHERE severity IN ('MAJOR', 'MINOR')) AS discrepancy_count, count(*) AS listed_discrepancy_count FROM (
  SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM discrepancy x
  JOIN project_evaluation o ON o.id = x.project_id WHERE TRUE
  UNION ALL
  SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM discrepancy x
  JOIN department_evaluation o ON o.id = x.department_evaluation_id
  WHERE x.project_id IS NULL AND TRUE
  UNION ALL
  SELECT x.fiscal_year, x.region_code, o.organization_id, x.severity FROM discrepancy x
  JOIN summary_row r ON r.id = x.summary_row_id JOIN summary_table o ON o.id = r.table_id
  WHERE x.project_id IS NULL AND x.department_evaluation_id IS NULL AND TRUE
  ) owned GROUP BY 1, 2, 3),
  k AS (SELECT fiscal_year, region_code, organization_id FROM p UNION SELECT fiscal_year, region_code, organization_id FROM x UNION SELECT fiscal_year, region_code, organization_id FROM d)
  SELECT k.fiscal_year, k.region_code, k.organization_id,
  COALESCE(project_count, 0)::int AS project_count, budget, executed, rate_budget, rate_executed, COALESCE(computed_score_projects, 0)::int AS computed_score_projects, computed_score_sum, computed_score_money, computed_score_budget, COALESCE(reported_score_projects, 0)::int AS reported_score_projects, reported_score_sum, reported_score_money, reported_score_budget, reported_on_computed_money, reported_on_computed_budget, COALESCE(uncomputed_no_budget, 0)::int AS uncomputed_no_budget, COALESCE(uncomputed_no_executed, 0)::int AS uncomputed_no_executed, COALESCE(uncomputed_unweighted_indicators, 0)::int AS uncomputed_unweighted_indicators, COALESCE(uncomputed_other, 0)::int AS uncomputed_other, output_rate_money, output_rate_budget, benefit_rate_money, benefit_rate_budget, satisfaction_rate_money, satisfaction_rate_budget, COALESCE(excellent, 0)::int AS excellent, COALESCE(good, 0)::int AS good, COALESCE(fair, 0)::int AS fair, COALESCE(poor, 0)::int AS poor, COALESCE(ungraded, 0)::int AS ungraded, COALESCE(reported_excellent, 0)::int AS reported_excellent, COALESCE(reported_good, 0)::int AS reported_good, COALESCE(reported_fair, 0)::int AS reported_fair, COALESCE(reported_poor, 0)::int AS reported_poor, COALESCE(department_evaluation_count, 0)::int AS department_evaluation_count, department_reported_score_sum, COALESCE(department_reported_scores, 0)::int AS department_reported_scores, department_computed_score_sum, COALESCE(department_computed_scores, 0)::int AS department_computed_scores, department_basic_expenditure, department_project_expenditure, department_budget, department_executed, COALESCE(discrepancy_count, 0)::int AS discrepancy_count, COALESCE(listed_discrepancy_count, 0)::int AS listed_discrepancy_count
  FROM k LEFT JOIN p USING (fiscal_year, region_code, organization_id) LEFT JOIN x USING (fiscal_year, region_code, organization_id) LEFT JOIN d USING (fiscal_year, region_code, organization_id);

INSERT INTO region_rollup_sum (fiscal_year, region_code, organization_count, project_count, budget, executed, rate_budget, rate_executed, computed_score_projects, computed_score_sum, computed_score_money, computed_score_budget, reported_score_projects, reported_score_sum, reported_score_money, reported_score_budget, reported_on_computed_money, reported_on_computed_budget, uncomputed_no_budget, uncomputed_no_executed, uncomputed_unweighted_indicators, uncomputed_other, output_rate_money, output_rate_budget, benefit_rate_money, benefit_rate_budget, satisfaction_rate_money, satisfaction_rate_budget, excellent, good, fair, poor, ungraded, reported_excellent, reported_good, reported_fair, reported_poor, department_evaluation_count, department_reported_score_sum, department_reported_scores, department_computed_score_sum, department_computed_scores, department_basic_expenditure, department_project_expenditure, department_budget, department_executed, discrepancy_count, listed_discrepancy_count) SELECT fiscal_year, region_code, count(*) FILTER (WHERE project_count > 0)::int AS organization_count,
  sum(project_count)::int AS project_count, sum(budget) AS budget, sum(executed) AS executed, sum(rate_budget) AS rate_budget, sum(rate_executed) AS rate_executed, sum(computed_score_projects)::int AS computed_score_projects, sum(computed_score_sum) AS computed_score_sum, sum(computed_score_money) AS computed_score_money, sum(computed_score_budget) AS computed_score_budget, sum(reported_score_projects)::int AS reported_score_projects, sum(reported_score_sum) AS reported_score_sum, sum(reported_score_money) AS reported_score_money, sum(reported_score_budget) AS reported_score_budget, sum(reported_on_computed_money) AS reported_on_computed_money, sum(reported_on_computed_budget) AS reported_on_computed_budget, sum(uncomputed_no_budget)::int AS uncomputed_no_budget, sum(uncomputed_no_executed)::int AS uncomputed_no_executed, sum(uncomputed_unweighted_indicators)::int AS uncomputed_unweighted_indicators, sum(uncomputed_other)::int AS uncomputed_other, sum(output_rate_money) AS output_rate_money, sum(output_rate_budget) AS output_rate_budget, sum(benefit_rate_money) AS benefit_rate_money, sum(benefit_rate_budget) AS benefit_rate_budget, sum(satisfaction_rate_money) AS satisfaction_rate_money, sum(satisfaction_rate_budget) AS satisfaction_rate_budget, sum(excellent)::int AS excellent, sum(good)::int AS good, sum(fair)::int AS fair, sum(poor)::int AS poor, sum(ungraded)::int AS ungraded, sum(reported_excellent)::int AS reported_excellent, sum(reported_good)::int AS reported_good, sum(reported_fair)::int AS reported_fair, sum(reported_poor)::int AS reported_poor, sum(department_evaluation_count)::int AS department_evaluation_count, sum(department_reported_score_sum) AS department_reported_score_sum, sum(department_reported_scores)::int AS department_reported_scores, sum(department_computed_score_sum) AS department_computed_score_sum, sum(department_computed_scores)::int AS department_computed_scores, sum(department_basic_expenditure) AS department_basic_expenditure, sum(department_project_expenditure) AS department_project_expenditure, sum(department_budget) AS department_budget, sum(department_executed) AS department_executed, sum(discrepancy_count)::int AS discrepancy_count, sum(listed_discrepancy_count)::int AS listed_discrepancy_count
  FROM organization_rollup_sum WHERE TRUE GROUP BY fiscal_year, region_code;
