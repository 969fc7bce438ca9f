-- The file as published (text, html, docx, doc, xlsx, xls, pdf) and the encoding text was decoded from.
ALTER TABLE "source_document" ADD COLUMN "file_format" TEXT NOT NULL DEFAULT 'text',
ADD COLUMN "encoding" TEXT;
