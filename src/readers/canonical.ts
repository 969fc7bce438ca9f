/**
 * The canonical text (规范文本) of a document read from HTML, Word, Excel or PDF: readers hand over
 * their blocks in reading order — paragraphs, and tables as cells placed on a grid with their
 * spans — and get back the table model (src/tables/model.ts) over one text written for them: one
 * table row per line, every row as wide as its table with cells separated by tabs (a merged cell
 * written once, in its first row and column, the places it covers left empty), one paragraph per
 * line, a blank line between blocks. That is the layout of the tab-separated extractions the
 * legacy tabular reader was built on, so it reads these documents as it reads them.
 */
import { DocumentFormatError } from './formatError';
import { WIDE } from './wide';
import type { Block, ExtractedDocument, SourceFormat, SourcePosition, Table, TableCell } from '../tables/model';

/** Where something stood in the original file (the line is given by the canonical text). */
export type Origin = Omit<SourcePosition, 'line'>;

export interface DraftCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  at?: Origin;
}

export type DraftBlock =
  { kind: 'paragraph'; text: string; at?: Origin } | { kind: 'table'; cells: DraftCell[]; page?: number; sheet?: string };

/**
 * A line break written inside a cell or paragraph between two Chinese characters (or full-width
 * signs), with any spaces around it: a Chinese text wrapped by hand (a spreadsheet cell's Alt+Enter,
 * a Word cell's second paragraph, a page's `<br>`), which joins with no space — as the same text
 * wrapped by its column's width reads in a PDF (src/readers/pdfLattice.ts): `创业担保贷⏎款贴息专项资金`
 * is 创业担保贷款贴息专项资金. Beside a digit or a Latin letter a break stays a space (`≥98%⏎100%`).
 */
const WIDE_WRAP = new RegExp(
  `(?<=${WIDE.source})[ \\t\\u00a0]*[\\r\\n\\u2028\\u2029][ \\t\\r\\n\\u00a0\\u2028\\u2029]*(?=${WIDE.source})`,
  'g',
);

/** Text of a cell or paragraph on one line: a Chinese text's line breaks joined (WIDE_WRAP), other line breaks, tabs and runs of spaces folded to one space. */
export function foldText(text: string): string {
  return text
    .replace(WIDE_WRAP, '')
    .replace(/[ \t\r\n\f\v\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * Places cells given row by row, left to right, on a grid, the way HTML tables are laid out: each
 * cell takes the first column its row has free, and a cell spanning rows keeps that column taken
 * in the rows below.
 */
export function placeCells<T>(rows: { text: string; rowSpan: number; colSpan: number; source: T }[][]): (DraftCell & { source: T })[] {
  const taken: boolean[][] = [];
  const isTaken = (r: number, c: number) => taken[r]?.[c] === true;
  const out: (DraftCell & { source: T })[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (isTaken(r, c)) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      const colSpan = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) line[c + dc] = true;
      }
      out.push({ text: cell.text, row: r, col: c, rowSpan, colSpan, source: cell.source });
      c += colSpan;
    }
  });
  return out;
}

/** Drops the grid rows in which no cell with text starts, shortening the spans that crossed them. */
function withoutEmptyRows(cells: DraftCell[]): DraftCell[] {
  const height = cells.reduce((h, c) => Math.max(h, c.row + c.rowSpan), 0);
  const filled = new Set(cells.filter((c) => c.text !== '').map((c) => c.row));
  // before[r]: how many rows before row r are kept (its new index, when it is kept).
  const before: number[] = [0];
  for (let r = 0; r < height; r++) before.push(before[r]! + (filled.has(r) ? 1 : 0));
  return cells
    .filter((c) => filled.has(c.row))
    .map((c) => ({ ...c, row: before[c.row]!, rowSpan: before[c.row + c.rowSpan]! - before[c.row]! }));
}

/**
 * The most places (rows × columns) one table may have: a province's list of 60,000 projects in 15
 * columns has 900,000. A web page of 12 KiB whose cells each span every row below (rowspan="0")
 * made a table of 500 rows and 25,000 columns, 12.5 million places written as tabs; a sheet with
 * one cell merged over A1:XFD1048576, 17 billion (RangeError: Set maximum size exceeded).
 */
export const MAX_TABLE_PLACES = 2_000_000;

/** Refuses a table of more than MAX_TABLE_PLACES places, before its grid is built. */
export function checkTableSize(rows: number, columns: number): void {
  if (rows * columns > MAX_TABLE_PLACES)
    throw new DocumentFormatError(
      `a table of ${rows} rows and ${columns} columns, more places than any form has (cells merged over many rows push the cells of the rows below right, or one cell is merged over the sheet): nothing was read`,
    );
}

/** The table model over a canonical text written from the blocks (empty paragraphs and tables dropped). */
export function canonicalDocument(format: SourceFormat, encoding: string | null, drafts: DraftBlock[]): ExtractedDocument {
  const lines: string[] = [];
  const blocks: Block[] = [];
  const startBlock = () => {
    if (lines.length > 0) lines.push('');
  };
  for (const draft of drafts) {
    if (draft.kind === 'paragraph') {
      const text = foldText(draft.text);
      if (text === '') continue;
      startBlock();
      lines.push(text);
      blocks.push({ kind: 'paragraph', paragraph: { text, at: { ...draft.at, line: lines.length } } });
      continue;
    }
    const cells = withoutEmptyRows(draft.cells.map((c) => ({ ...c, text: foldText(c.text) })));
    if (cells.length === 0) continue;
    startBlock();
    const width = cells.reduce((w, c) => Math.max(w, c.col + c.colSpan), 0);
    const height = cells.reduce((h, c) => Math.max(h, c.row + c.rowSpan), 0);
    checkTableSize(height, width);
    const first = lines.length + 1;
    const rows: Table['rows'] = [];
    const byRow = Array.from({ length: height }, (): DraftCell[] => []);
    for (const c of cells) byRow[c.row]!.push(c);
    for (let r = 0; r < height; r++) {
      const line = first + r;
      const own = byRow[r]!.sort((a, b) => a.col - b.col);
      const slots = Array.from({ length: width }, () => '');
      const tableCells: TableCell[] = own.map((c) => {
        slots[c.col] = c.text;
        return { text: c.text, row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, at: { ...c.at, line } };
      });
      lines.push(slots.join('\t'));
      rows.push({ cells: tableCells, line });
    }
    const table: Table = { shape: 'grid', rows, lineStart: first, lineEnd: lines.length };
    if (draft.page !== undefined) table.page = draft.page;
    if (draft.sheet !== undefined) table.sheet = draft.sheet;
    blocks.push({ kind: 'table', table });
  }
  return { format, encoding, text: lines.length > 0 ? `${lines.join('\n')}\n` : '', blocks };
}
