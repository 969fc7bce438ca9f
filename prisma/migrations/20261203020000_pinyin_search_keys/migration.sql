-- AlterTable: 拼音 search keys beside region and organization names (src/domain/pinyin.ts): the full
-- pinyin (huangshishi) and the initials (hss). Written with the regions at every start
-- (src/db/referenceData.ts, which also fills them for organizations loaded before this migration)
-- and with each new organization (src/ingest/load.ts).
ALTER TABLE "region" ADD COLUMN "pinyin" TEXT NOT NULL DEFAULT '',
ADD COLUMN "initials" TEXT NOT NULL DEFAULT '';

ALTER TABLE "organization" ADD COLUMN "pinyin" TEXT NOT NULL DEFAULT '',
ADD COLUMN "initials" TEXT NOT NULL DEFAULT '';
