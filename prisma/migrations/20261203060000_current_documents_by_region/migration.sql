-- CreateIndex: the regions with a current document, read by skipping along the index (one probe per region).
CREATE INDEX "source_document_region_code_superseded_by_id_idx" ON "source_document"("region_code", "superseded_by_id");
