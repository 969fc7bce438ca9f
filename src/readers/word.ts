/**
 * Word documents into the table model. A .docx is converted to HTML by mammoth (merged cells
 * kept as rowspan/colspan, as far as mammoth reads them; a row that starts right of its table's first
 * column given an empty cell there first, ./wordGridBefore.ts) and read as a web page. A Word 97–2003
 * .doc is read by word-extractor, which gives the text only: a table row arrives as one line, each
 * cell ended by a tab (the cell mark) and the row by a line break (its row end mark), a cell's own
 * paragraph and line breaks written as U+2029 and U+2028. That is word-extractor 1.0.4 as patched
 * here (patches/word-extractor+1.0.4.patch, applied by patch-package on install): as published it
 * finds a row's end only where the row's properties fit beside its text, not where Word or
 * LibreOffice write them apart (sprmPHugePapx: large rows, those with merged cells among them),
 * and writes a break inside a cell as a line break, like a row's end. Merged cells are lost to
 * that extraction: a vertically merged cell is an empty cell in the rows it covers below, a
 * horizontally merged one a single cell, the row short of the table's width.
 */
import { DocumentFormatError } from './formatError';
import type { ExtractedDocument } from '../tables/model';
import type { DocTableRow } from 'word-extractor';
import { canonicalDocument, type DraftBlock, type DraftCell } from './canonical';
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

/** Cell edges closer than this (in twips: 1/20 point) are one column edge: a table's rows drawn to the same column, as an editor keeps them. */
const SAME_EDGE = 20;

/**
 * A .doc table's rows on a grid. Each row's cells stand between the edges its table definition
 * gives (`shapes`, word-extractor's table rows as patched: one more edge than cells), the grid's
 * columns between every edge of the table's rows, so that a cell merged across columns spans
 * them; an empty cell merged into the one above it (or on its left) lengthens that one's span, as
 * a web page's rowspan (colspan) would. A row without its shape, or whose shape does not match
 * its cells, has them placed one per column from the left.
 */
function placeDocRows(rows: string[][], shapes: readonly (DocTableRow | null)[]): DraftCell[] {
  const known = rows.map((cells, r) => {
    const shape = shapes[r];
    const fits = shape && shape.edges.length === cells.length + 1 && shape.edges.every((x, k) => k === 0 || x > shape.edges[k - 1]!);
    return fits ? shape : null;
  });
  const columns: number[] = [];
  for (const x of known.flatMap((shape) => shape?.edges ?? []).sort((a, b) => a - b)) {
    if (columns.length === 0 || x - columns.at(-1)! > SAME_EDGE) columns.push(x);
  }
  const column = (x: number) => columns.findIndex((edge) => Math.abs(edge - x) <= SAME_EDGE);
  const placed: DraftCell[] = [];
  // The cell last placed at each column: the one a cell merged into the one above it lengthens.
  const lastAt = new Map<number, DraftCell>();
  rows.forEach((cells, row) => {
    const shape = known[row];
    const own: DraftCell[] = [];
    cells.forEach((text, k) => {
      if (!shape) return own.push({ text, row, col: k, rowSpan: 1, colSpan: 1 });
      const col = column(shape.edges[k]!);
      const colSpan = Math.max(1, column(shape.edges[k + 1]!) - col);
      const merged = text === '' ? shape.merged[k] : null;
      const above = merged === 'above' ? lastAt.get(col) : undefined;
      const left = merged === 'left' ? own.at(-1) : undefined;
      if (above && above.colSpan === colSpan && above.row + above.rowSpan === row) above.rowSpan++;
      else if (left) left.colSpan = col + colSpan - left.col;
      else own.push({ text, row, col, rowSpan: 1, colSpan });
    });
    for (const cell of own) lastAt.set(cell.col, cell);
    placed.push(...own);
  });
  return placed;
}

/**
 * Lines of a .doc's text into blocks: a line a tab ends is a table row, its cells between the
 * tabs (their breaks, U+2028 and U+2029, joined as the .docx reader joins a cell's lines:
 * foldText), runs of such lines one table; other lines are paragraphs. `shapes`: each row's
 * shape, in the order the rows come (word-extractor's table rows, as patched); where they are
 * not one per row, every row's cells are placed one per column.
 */
export function docTextBlocks(text: string, shapes: readonly (DocTableRow | null)[] = []): DraftBlock[] {
  const lines = text.split(/\r\n|\r|\n/);
  const rowCount = lines.filter((line) => line.endsWith('\t')).length;
  const rowShapes = shapes.length === rowCount ? shapes : [];
  const blocks: DraftBlock[] = [];
  let rows: string[][] = [];
  let taken = 0;
  const flush = () => {
    if (rows.length === 0) return;
    blocks.push({ kind: 'table', cells: placeDocRows(rows, rowShapes.slice(taken, taken + rows.length)) });
    taken += rows.length;
    rows = [];
  };
  for (const line of lines) {
    if (line.endsWith('\t')) rows.push(line.slice(0, -1).split('\t'));
    else {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  flush();
  return blocks;
}

export async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  let body: string;
  let shapes: (DocTableRow | null)[];
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // As written: the library's default filter turns dashes (——, –) into `-` and curly quotes into straight ones.
    body = document.getBody({ filterUnicode: false });
    shapes = document.getTableRows();
  } catch (error) {
    throw new DocumentFormatError(`a damaged Word 97–2003 (.doc) file (${(error as Error).message}): nothing was read`);
  }
  return canonicalDocument('doc', null, docTextBlocks(body, shapes));
}
