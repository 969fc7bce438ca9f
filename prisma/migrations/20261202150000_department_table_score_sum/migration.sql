-- AlterTable: a department-wide table's own total (reported budget score + Σ reported indicator scores), kept beside a total stated in prose.
ALTER TABLE "department_evaluation" ADD COLUMN "table_score_sum" DECIMAL(10,4);
