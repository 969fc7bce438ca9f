-- AlterTable: the narrative report (整体绩效自评报告) of a department-wide evaluation and its lines.
ALTER TABLE "department_evaluation" ADD COLUMN "narrative" TEXT,
ADD COLUMN "narrative_line_start" INTEGER,
ADD COLUMN "narrative_line_end" INTEGER;
