/**
 * Telling a document's format from its content (magic bytes and structure), never from its file
 * name: PDF (`%PDF-`), the ZIP packages of Word (.docx: word/document.xml) and Excel (.xlsx:
 * xl/workbook.xml), the OLE compound files of Word 97–2003 (.doc: a WordDocument stream) and Excel
 * 97–2003 (.xls: a Workbook stream), a single-file web page (MHT: a MIME message of related parts,
 * whatever its name — often .doc), HTML (a page that starts with its markup), else text.
 */
import { createRequire } from 'node:module';
import type * as XLSX from 'xlsx';
import { DocumentFormatError } from './formatError';
import type { SourceFormat } from '../tables/model';
import { byteOrderMark } from './encoding';
import { looksLikeMht } from './mht';
import { zipEntries } from './zipPackage';

/** SheetJS, loaded on the first container sniffed: a text or web page never loads it (issue 16). */
const require = createRequire(import.meta.url);
let xlsx: typeof XLSX | undefined;
const sheetJs = (): typeof XLSX => (xlsx ??= require('xlsx') as typeof XLSX);

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The entry names of an OLE compound file, lower-cased, without the root. */
function oleEntries(bytes: Uint8Array): string[] {
  try {
    const container = sheetJs().CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    return container.FullPaths.map((p: string) => p.replace(/^[^/]*\//, '').toLowerCase());
  } catch (error) {
    throw new DocumentFormatError(`a damaged Office 97–2003 file (${(error as Error).message}): nothing was read`);
  }
}

async function zipFormat(bytes: Uint8Array): Promise<SourceFormat> {
  // (Unpacked whole by JSZip first, so that a damaged archive is refused before any library reads it: ./zipPackage.ts.)
  const entries = await zipEntries(bytes);
  if (!entries.some((e) => e !== '' && !e.endsWith('/')))
    throw new DocumentFormatError('a damaged or empty ZIP archive (no file in it could be read): nothing was read');
  if (entries.includes('word/document.xml')) return 'docx';
  if (entries.includes('xl/workbook.xml') || entries.includes('xl/workbook.bin')) return 'xlsx';
  throw new DocumentFormatError('a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file: nothing was read');
}

function oleFormat(bytes: Uint8Array): SourceFormat {
  const entries = oleEntries(bytes);
  if (entries.includes('encryptedpackage') || entries.includes('encryptioninfo'))
    throw new DocumentFormatError('an encrypted (password-protected) Office document cannot be read: save it without a password');
  if (entries.includes('worddocument')) return 'doc';
  if (entries.includes('workbook') || entries.includes('book')) return 'xls';
  throw new DocumentFormatError('an Office 97–2003 file that is neither a Word (.doc) nor an Excel (.xls) document: nothing was read');
}

/**
 * Whether decoded text is comma-separated values (CSV, a sheet exported), not a text extraction:
 * no tab in it, and its first 200 lines with text cut by commas outside quotes into as many fields
 * as each other, three or more — a spreadsheet writes every row as wide as the sheet (4 in 5 lines
 * at least, for a title or a note cut otherwise). A text's commas (amounts with thousands
 * separators, `1,234.56`; Chinese prose writes its own full-width) do not line up so.
 */
export function looksLikeCsv(text: string): boolean {
  if (text.includes('\t')) return false;
  // (Quoted fields taken out first: they may hold commas and line breaks.)
  const lines = text
    .slice(0, 1 << 16)
    .replace(/"(?:[^"]|"")*"/g, '')
    .split(/\r?\n/, 200)
    .filter((l) => l.trim() !== '');
  if (lines.length < 3) return false;
  const widths = new Map<number, number>();
  for (const line of lines) {
    const fields = line.split(',').length;
    widths.set(fields, (widths.get(fields) ?? 0) + 1);
  }
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1])[0]!;
  return width >= 3 && count >= lines.length * 0.8;
}

/** Whether decoded text is a web page: it opens with HTML markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^[\uFEFF\s]+/, '');
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table)\b/i.test(head);
}

/** Whether the first bytes, read as ASCII, open an HTML page (decided before the page's charset is known). */
function htmlBytes(bytes: Uint8Array): boolean {
  const bom = byteOrderMark(bytes);
  if (bom && bom.encoding !== 'utf-8') return false; // UTF-16 text: decoded first, then looked at.
  return looksLikeHtml(Buffer.from(bytes.subarray(bom?.length ?? 0, 1024)).toString('latin1'));
}

/** The format of a document's bytes. Text (and UTF-16 HTML) is told apart later, once decoded. */
export async function sniffFormat(bytes: Uint8Array): Promise<SourceFormat> {
  if (bytes.length === 0) throw new DocumentFormatError('empty document: no text to read (the file has no bytes)');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipFormat(bytes);
  if (startsWith(bytes, OLE)) return oleFormat(bytes);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) throw new DocumentFormatError('an RTF document: save it as .docx, .doc, HTML or PDF to import it');
  if (looksLikeMht(head)) return 'mht';
  if (htmlBytes(bytes)) return 'html';
  return 'text';
}
