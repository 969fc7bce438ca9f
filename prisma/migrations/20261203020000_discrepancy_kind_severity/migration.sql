-- AlterTable: each discrepancy's kind, severity, the discrepancy it follows from, and its Chinese message (issue 12).
ALTER TABLE "discrepancy" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'RULE',
ADD COLUMN "severity" TEXT NOT NULL DEFAULT 'MAJOR',
ADD COLUMN "caused_by" TEXT,
ADD COLUMN "message_zh" TEXT NOT NULL DEFAULT '';

-- Backfill rows imported before: summary rows were compared with their project tables, the
-- reported total with its reported parts; the rest with the rules. Their English message stands
-- in for the Chinese one until the document is imported again.
UPDATE "discrepancy" SET "kind" = CASE
    WHEN "field" LIKE 'summary.%' THEN 'CROSS_TABLE'
    WHEN "field" = 'reportedTotalScore' THEN 'ARITHMETIC'
    ELSE 'RULE' END,
  "message_zh" = "message";
