-- API keys (only their SHA-256 is stored), the audit log of uploads, and the identity by which a
-- corrected version of a document replaces the old one (not its file name).

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('READER', 'UPLOADER', 'ADMIN');

-- AlterTable
ALTER TABLE "source_document" ADD COLUMN "identity" TEXT;

CREATE TABLE "api_key" (
    "id" SERIAL NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "region_code" VARCHAR(6),
    "organization_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "key_id" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "file_name" TEXT,
    "sha256" VARCHAR(64),
    "status" TEXT NOT NULL,
    "document_id" INTEGER,
    "replaced_document_id" INTEGER,
    "region_code" VARCHAR(6),
    "fiscal_year" INTEGER,
    "counts" JSONB,
    "message" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "source_document_identity_idx" ON "source_document"("identity");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: the identity of documents loaded before, from what they hold — kind, fiscal year and
-- the organizations of their records with those above them in the organization tree, sorted by
-- code point — the same string src/ingest/identity.ts builds from a prepared document.
WITH RECURSIVE record_org AS (
  SELECT document_id, organization_id FROM "project_evaluation"
  UNION SELECT document_id, organization_id FROM "department_evaluation"
  UNION SELECT document_id, organization_id FROM "summary_table"
  UNION SELECT document_id, organization_id FROM "final_accounts"
), up AS (
  SELECT r.document_id, o.id, o.parent_id, o.region_code, o.name, 0 AS depth
  FROM record_org r JOIN "organization" o ON o.id = r.organization_id
  UNION
  SELECT up.document_id, p.id, p.parent_id, p.region_code, p.name, up.depth + 1
  FROM up JOIN "organization" p ON p.id = up.parent_id
  WHERE up.depth < 10
), identities AS (
  SELECT document_id, string_agg(DISTINCT (region_code || ':' || name) COLLATE "C", ',' ORDER BY (region_code || ':' || name) COLLATE "C") AS orgs
  FROM up GROUP BY document_id
)
UPDATE "source_document" d SET "identity" = d."kind" || '|' || d."fiscal_year" || '|' || identities.orgs
FROM identities WHERE identities.document_id = d.id AND d."fiscal_year" IS NOT NULL;
