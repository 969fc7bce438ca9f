/**
 * A document's file, as published, into the table model (src/tables/model.ts). The format is told
 * from the content (src/readers/sniff.ts), not the file name: web pages (and single-file ones, .mht), Word (.docx, .doc),
 * Excel (.xlsx, .xls) and PDF get their own readers, which write the canonical text
 * (src/readers/canonical.ts); plain text in UTF-8, UTF-16 or GB18030 is read as it is, but for
 * comma-separated values (CSV), read as a sheet is.
 */
import type { ExtractedDocument } from '../tables/model';
import { decodeText } from './encoding';
import { readHtml, readHtmlMarkup } from './html';
import { readMht } from './mht';
import { readPdf } from './pdf';
import { looksLikeCsv, looksLikeHtml, sniffFormat } from './sniff';
import { readCsv, readSpreadsheet } from './spreadsheet';
import { readTextBlocks } from './text';
import { readDoc, readDocx } from './word';

export async function extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  const format = await sniffFormat(bytes);
  switch (format) {
    case 'html':
      return readHtml(bytes);
    case 'mht':
      return readMht(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'doc':
      return readDoc(bytes);
    case 'xlsx':
    case 'xls':
      return readSpreadsheet(bytes, format);
    case 'pdf':
      return readPdf(bytes);
    // (Comma-separated values are known as such once decoded.)
    case 'text':
    case 'csv': {
      const { text, encoding } = decodeText(bytes);
      // A UTF-16 web page is known as one only once decoded.
      if (looksLikeHtml(text)) return readHtmlMarkup(text, 'html', encoding);
      if (looksLikeCsv(text)) return readCsv(text, encoding);
      return { format: 'text', encoding, text, blocks: readTextBlocks(text) };
    }
  }
}
