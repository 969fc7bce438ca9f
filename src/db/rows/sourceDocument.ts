/** The source_document table (来源文件): its row and select list. */
import type { SourceDocument } from '../../generated/prisma';
import type { LeftOutTable } from '../../evaluation/partial';
import type { ParsedDocument, Unread } from '../../templates/parsed';
import { columnsOf, type Row } from './row';

/** What the importer said of a document (import_report): lines it warned about or could not read, and notes. */
export interface ImportReport {
  warnings: Unread[];
  unread: Unread[];
  notes: ParsedDocument['notes'];
}

export type SourceDocumentRow = Row<SourceDocument, { importReport: ImportReport; leftOutTables: LeftOutTable[] }>;

/** A document as the API reads it: every column but its whole text (read by lines where a figure is cited). */
export type DocumentRow = Omit<SourceDocumentRow, 'text'>;

export const documentColumns = columnsOf('SourceDocument', 'd', ['text']);
