-- CreateTable: the data version (数据版本), one row bumped in every document load's transaction;
-- responses carry it in their ETag and the response cache is keyed by it.
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "data_version" ("id", "version") VALUES (1, 0);
