-- AlterTable: the project code (项目代码) some templates write before the name (Sichuan: 51000021R000000019951-工资性支出).
ALTER TABLE "project_evaluation" ADD COLUMN "code" TEXT;
