-- CreateIndex: covers the rollups, which then read a year's projects from the index alone.
CREATE INDEX "project_evaluation_rollup_idx" ON "project_evaluation"("fiscal_year", "region_code", "organization_id", "budget", "executed", "total_score", "reported_total_score", "grade", "reported_grade", "output_score_rate", "benefit_score_rate", "satisfaction_score_rate");
