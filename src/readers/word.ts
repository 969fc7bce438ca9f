/**
 * Word documents into the table model. A .docx is converted to HTML by mammoth (merged cells
 * kept as rowspan/colspan, as far as mammoth reads them; a row that starts right of its table's first
 * column given an empty cell there first, ./wordGridBefore.ts) and read as a web page. A Word 97–2003
 * .doc is read by word-extractor, which gives the text only: a table row arrives as one line, each
 * cell ended by a tab (the cell mark), so a line with tabs is a table row (its cells between the
 * tabs) and runs of such lines one table — a line holding several rows whose row ends were lost
 * is split into them (./docRowEnds.ts). Merged cells, and line breaks inside a cell (which split
 * its row), are lost to that extraction.
 */
import { DocumentFormatError } from './formatError';
import type { ExtractedDocument } from '../tables/model';
import { canonicalDocument, placeCells, type DraftBlock } from './canonical';
import { splitGluedRows } from './docRowEnds';
import { readHtmlMarkup } from './html';
import { docxWithCellsBefore } from './wordGridBefore';

export async function readDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  let html: string;
  try {
    // Loaded where used (issue 16): the import path of a text or a page never loads mammoth.
    const { default: mammoth } = await import('mammoth');
    const docx = await docxWithCellsBefore(bytes);
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) })).value;
  } catch (error) {
    throw new DocumentFormatError(`a damaged Word (.docx) file (${(error as Error).message}): nothing was read`);
  }
  return readHtmlMarkup(html, 'docx', null);
}

/** Lines of a .doc's text into blocks: runs of tabbed lines are tables, other lines paragraphs. */
export function docTextBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const placed = placeCells(rows.map((cells) => cells.map((text) => ({ text, rowSpan: 1, colSpan: 1, source: null }))));
    blocks.push({ kind: 'table', cells: placed.map(({ source: _, ...cell }) => cell) });
    rows = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.includes('\t')) {
      const ended = line.endsWith('\t');
      const cells = (ended ? line.slice(0, -1) : line).split('\t');
      // A line not ended by a row's end whose rows were glued: what follows the last row end is the paragraph after the table.
      const tail = ended ? null : cells.pop()!;
      const glued = splitGluedRows(cells);
      if (tail === null || glued.length > 1) {
        rows.push(...glued);
        if (tail !== null) {
          flush();
          blocks.push({ kind: 'paragraph', text: tail });
        }
      } else rows.push([...cells, tail]);
    } else {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  flush();
  return blocks;
}

export async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  let body: string;
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody();
  } catch (error) {
    throw new DocumentFormatError(`a damaged Word 97–2003 (.doc) file (${(error as Error).message}): nothing was read`);
  }
  return canonicalDocument('doc', null, docTextBlocks(body));
}
