-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" VARCHAR(6),

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "region_closure" (
    "ancestor_code" VARCHAR(6) NOT NULL,
    "descendant_code" VARCHAR(6) NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "region_closure_pkey" PRIMARY KEY ("ancestor_code","descendant_code")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "parent_id" INTEGER,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_document" (
    "id" SERIAL NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "format" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region_code" VARCHAR(6),
    "fiscal_year" INTEGER,
    "text" TEXT NOT NULL,
    "line_count" INTEGER NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_by_id" INTEGER,
    "import_report" JSONB NOT NULL,

    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_evaluation" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "supervising_department" TEXT,
    "implementing_unit" TEXT,
    "category" TEXT,
    "attribute" TEXT,
    "project_type" TEXT,
    "filled_on_text" TEXT,
    "filled_on" DATE,
    "initial_budget" DECIMAL(16,4),
    "full_year_budget" DECIMAL(16,4),
    "executed" DECIMAL(16,4),
    "current_year_budget" DECIMAL(16,4),
    "current_year_executed" DECIMAL(16,4),
    "carry_over_budget" DECIMAL(16,4),
    "carry_over_executed" DECIMAL(16,4),
    "other_budget" DECIMAL(16,4),
    "other_executed" DECIMAL(16,4),
    "budget_weight" DECIMAL(8,4) NOT NULL,
    "reported_execution_rate" DECIMAL(12,6),
    "reported_budget_score" DECIMAL(10,4),
    "reported_total_score" DECIMAL(10,4),
    "reported_text" JSONB NOT NULL,
    "expected_goal" TEXT,
    "actual_outcome" TEXT,
    "deviation_analysis" TEXT,
    "improvement_measures" TEXT,
    "narrative" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "narrative_line_start" INTEGER,
    "narrative_line_end" INTEGER,
    "budget_basis" TEXT,
    "budget" DECIMAL(16,4),
    "execution_rate" DECIMAL(12,6),
    "budget_score" DECIMAL(10,4),
    "indicator_score" DECIMAL(10,4),
    "total_score" DECIMAL(10,4),
    "grade" "Grade",
    "reported_grade" "Grade",
    "output_score_rate" DECIMAL(12,6),
    "benefit_score_rate" DECIMAL(12,6),
    "satisfaction_score_rate" DECIMAL(12,6),
    "discrepancy_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "department_evaluation" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "title" TEXT,
    "template" TEXT NOT NULL,
    "filled_on_text" TEXT,
    "basic_expenditure" DECIMAL(16,4),
    "project_expenditure" DECIMAL(16,4),
    "budget" DECIMAL(16,4),
    "executed" DECIMAL(16,4),
    "budget_weight" DECIMAL(8,4),
    "reported_execution_rate" DECIMAL(12,6),
    "reported_budget_score" DECIMAL(10,4),
    "reported_total_score" DECIMAL(10,4),
    "annual_objectives" TEXT,
    "reported_text" JSONB NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "execution_rate" DECIMAL(12,6),
    "budget_score" DECIMAL(10,4),
    "computed_score" DECIMAL(10,4),
    "grade" "Grade",
    "discrepancy_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "department_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "department_goal" (
    "id" SERIAL NOT NULL,
    "evaluation_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(8,4),
    "weight_text" TEXT,
    "score" DECIMAL(10,4),
    "reported_score" DECIMAL(10,4),
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "department_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER,
    "department_evaluation_id" INTEGER,
    "goal_id" INTEGER,
    "position" INTEGER NOT NULL,
    "level1" TEXT,
    "level1_kind" TEXT,
    "level2" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "scoring_rule" TEXT,
    "target_text" TEXT,
    "actual_text" TEXT,
    "target_value" DECIMAL(20,6),
    "actual_value" DECIMAL(20,6),
    "unit" TEXT,
    "comparator" TEXT,
    "weight" DECIMAL(8,4),
    "weight_text" TEXT,
    "reported_score" DECIMAL(10,4),
    "reported_score_text" TEXT,
    "deviation_note" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "concept_key" TEXT,
    "direction" TEXT,
    "score_method" TEXT,
    "score" DECIMAL(10,4),
    "score_min" DECIMAL(10,4),
    "score_max" DECIMAL(10,4),
    "judgement" TEXT,
    "score_note" TEXT,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_concept" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "aggregation" TEXT NOT NULL,
    "synonyms" TEXT[],

    CONSTRAINT "indicator_concept_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "summary_table" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "unit_name" TEXT NOT NULL,
    "compiled_on_text" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "summary_table_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "summary_row" (
    "id" SERIAL NOT NULL,
    "table_id" INTEGER NOT NULL,
    "project_id" INTEGER,
    "position" INTEGER NOT NULL,
    "project_name" TEXT NOT NULL,
    "budget" DECIMAL(16,4),
    "executed" DECIMAL(16,4),
    "execution_rate" DECIMAL(12,6),
    "output_score_rate" DECIMAL(12,6),
    "benefit_score_rate" DECIMAL(12,6),
    "satisfaction_score_rate" DECIMAL(12,6),
    "total_score" DECIMAL(10,4),
    "deviation_note" TEXT,
    "reported_text" JSONB NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "summary_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "final_accounts" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "total_income" DECIMAL(16,4),
    "total_expenditure" DECIMAL(16,4),
    "basic_expenditure" DECIMAL(16,4),
    "project_expenditure" DECIMAL(16,4),
    "three_public_budget" DECIMAL(16,4),
    "three_public_actual" DECIMAL(16,4),
    "reported_text" JSONB NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "final_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discrepancy" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "project_id" INTEGER,
    "department_evaluation_id" INTEGER,
    "summary_row_id" INTEGER,
    "field" TEXT NOT NULL,
    "reported" TEXT NOT NULL,
    "computed" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "line" INTEGER,

    CONSTRAINT "discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_parent_code_idx" ON "region"("parent_code");

-- CreateIndex
CREATE INDEX "region_level_idx" ON "region"("level");

-- CreateIndex
CREATE INDEX "region_closure_descendant_code_idx" ON "region_closure"("descendant_code");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "organization_region_code_name_key" ON "organization"("region_code", "name");

-- CreateIndex
CREATE UNIQUE INDEX "source_document_content_hash_key" ON "source_document"("content_hash");

-- CreateIndex
CREATE INDEX "source_document_file_name_idx" ON "source_document"("file_name");

-- CreateIndex
CREATE INDEX "project_evaluation_region_code_fiscal_year_idx" ON "project_evaluation"("region_code", "fiscal_year");

-- CreateIndex
CREATE INDEX "project_evaluation_organization_id_fiscal_year_idx" ON "project_evaluation"("organization_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "project_evaluation_fiscal_year_grade_idx" ON "project_evaluation"("fiscal_year", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "project_evaluation_document_id_organization_id_fiscal_year__key" ON "project_evaluation"("document_id", "organization_id", "fiscal_year", "name");

-- CreateIndex
CREATE INDEX "department_evaluation_region_code_fiscal_year_idx" ON "department_evaluation"("region_code", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "department_evaluation_document_id_organization_id_fiscal_ye_key" ON "department_evaluation"("document_id", "organization_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "department_goal_evaluation_id_position_key" ON "department_goal"("evaluation_id", "position");

-- CreateIndex
CREATE INDEX "indicator_project_id_idx" ON "indicator"("project_id");

-- CreateIndex
CREATE INDEX "indicator_department_evaluation_id_idx" ON "indicator"("department_evaluation_id");

-- CreateIndex
CREATE INDEX "indicator_goal_id_idx" ON "indicator"("goal_id");

-- CreateIndex
CREATE INDEX "indicator_concept_key_idx" ON "indicator"("concept_key");

-- CreateIndex
CREATE INDEX "summary_table_organization_id_idx" ON "summary_table"("organization_id");

-- CreateIndex
CREATE INDEX "summary_row_project_id_idx" ON "summary_row"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "summary_row_table_id_position_key" ON "summary_row"("table_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "final_accounts_document_id_organization_id_fiscal_year_key" ON "final_accounts"("document_id", "organization_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "discrepancy_project_id_idx" ON "discrepancy"("project_id");

-- CreateIndex
CREATE INDEX "discrepancy_department_evaluation_id_idx" ON "discrepancy"("department_evaluation_id");

-- CreateIndex
CREATE INDEX "discrepancy_summary_row_id_idx" ON "discrepancy"("summary_row_id");

-- CreateIndex
CREATE INDEX "discrepancy_region_code_fiscal_year_idx" ON "discrepancy"("region_code", "fiscal_year");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_closure" ADD CONSTRAINT "region_closure_ancestor_code_fkey" FOREIGN KEY ("ancestor_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_closure" ADD CONSTRAINT "region_closure_descendant_code_fkey" FOREIGN KEY ("descendant_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_document" ADD CONSTRAINT "source_document_superseded_by_id_fkey" FOREIGN KEY ("superseded_by_id") REFERENCES "source_document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_document" ADD CONSTRAINT "source_document_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_evaluation" ADD CONSTRAINT "project_evaluation_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_evaluation" ADD CONSTRAINT "project_evaluation_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_evaluation" ADD CONSTRAINT "project_evaluation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department_evaluation" ADD CONSTRAINT "department_evaluation_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department_evaluation" ADD CONSTRAINT "department_evaluation_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department_evaluation" ADD CONSTRAINT "department_evaluation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department_goal" ADD CONSTRAINT "department_goal_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "department_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_department_evaluation_id_fkey" FOREIGN KEY ("department_evaluation_id") REFERENCES "department_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "department_goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_concept_key_fkey" FOREIGN KEY ("concept_key") REFERENCES "indicator_concept"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_table" ADD CONSTRAINT "summary_table_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_table" ADD CONSTRAINT "summary_table_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_row" ADD CONSTRAINT "summary_row_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "summary_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_row" ADD CONSTRAINT "summary_row_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project_evaluation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_accounts" ADD CONSTRAINT "final_accounts_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_accounts" ADD CONSTRAINT "final_accounts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy" ADD CONSTRAINT "discrepancy_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy" ADD CONSTRAINT "discrepancy_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy" ADD CONSTRAINT "discrepancy_department_evaluation_id_fkey" FOREIGN KEY ("department_evaluation_id") REFERENCES "department_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy" ADD CONSTRAINT "discrepancy_summary_row_id_fkey" FOREIGN KEY ("summary_row_id") REFERENCES "summary_row"("id") ON DELETE CASCADE ON UPDATE CASCADE;

