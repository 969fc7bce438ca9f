-- A region's projects of a year in name order (replacing the index on region and year alone, a prefix
-- of this one): a page of a region takes each region's first rows by index (src/db/queries/project.ts).
DROP INDEX "project_evaluation_region_code_fiscal_year_idx";
CREATE INDEX "project_evaluation_region_code_fiscal_year_name_id_idx" ON "project_evaluation"("region_code", "fiscal_year", "name", "id");
