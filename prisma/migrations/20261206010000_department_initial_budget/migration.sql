-- A department-wide evaluation's 年初预算数 where its table writes one (Anhui's and the national
-- 部门整体支出绩效自评表: 年初预算数 / 全年预算数 / 全年执行数), kept as every reported figure is: it was
-- read and shown for a table left out, but not stored for one loaded.
ALTER TABLE "department_evaluation" ADD COLUMN "initial_budget" DECIMAL(16,4);
