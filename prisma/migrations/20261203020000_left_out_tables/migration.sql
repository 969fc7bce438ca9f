-- AlterTable: what was read of the tables a document left out (cut off, rows not placed), kept with it (src/ingest/partial.ts).
ALTER TABLE "source_document" ADD COLUMN "left_out_tables" JSONB NOT NULL DEFAULT '[]';
