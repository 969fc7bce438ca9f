/**
 * Spreadsheets (.xlsx and Excel 97–2003 .xls) into the table model, with SheetJS: every sheet in
 * order, every cell's text as displayed (its formatted value: a 0.985 formatted 0.00% is
 * "98.50%"), merged ranges as spans, each cell's sheet and address (e.g. C7) kept. A sheet's
 * blocks are its runs of rows between empty rows (an empty cell that exists — bordered or formatted,
 * as table cells are — keeps its row and column in the table); the leading rows of a run that hold a single
 * cell in its first column (a title above a table) are paragraphs, the rest of the run a table.
 * What the sheet hides is no part of the form as published (./sheetAxis.ts): a hidden sheet, and a
 * hidden row's or column's cells, are not read, and a merged cell keeps the rows and columns shown.
 */
import { createRequire } from 'node:module';
import type * as XLSX from 'xlsx';
import { DocumentFormatError } from './formatError';
import type { ExtractedDocument } from '../tables/model';
import { canonicalDocument, checkTableSize, foldText, MAX_TABLE_PLACES, type DraftBlock, type DraftCell } from './canonical';
import { sheetAxis, type SheetAxis } from './sheetAxis';

/** SheetJS, loaded on the first spreadsheet read (issue 16: the import path of a text never loads it). */
const require = createRequire(import.meta.url);
let xlsx: typeof XLSX | undefined;
const sheetJs = (): typeof XLSX => (xlsx ??= require('xlsx') as typeof XLSX);

interface SheetCell {
  /** Its row and column among those shown (./sheetAxis.ts). */
  r: number;
  c: number;
  /** Its address in the sheet (C7). */
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

/**
 * The cells a sheet holds (only those it stores: a sheet's range may be far larger) and shows,
 * merged ones with their spans over the rows and columns shown.
 */
function sheetCells(ws: XLSX.WorkSheet, rows: SheetAxis, cols: SheetAxis): SheetCell[] {
  const stored = new Map<number, Map<number, XLSX.CellObject>>();
  for (const address of Object.keys(ws)) {
    if (address.startsWith('!')) continue;
    const { r, c } = sheetJs().utils.decode_cell(address);
    let row = stored.get(r);
    if (!row) stored.set(r, (row = new Map()));
    row.set(c, ws[address] as XLSX.CellObject);
  }
  const merges = new Map<string, XLSX.Range>();
  const covered = new Set<string>();
  const ranges = ws['!merges'] ?? [];
  checkMergedPlaces(ranges);
  for (const m of ranges) {
    merges.set(`${m.s.r},${m.s.c}`, m);
    // The stored cells the range covers, found by keysBetween: going through every stored row for
    // each range made a sheet of 20,000 rows, each with a merged cell, take 14 s.
    for (const r of keysBetween(stored, m.s.r, m.e.r))
      for (const c of keysBetween(stored.get(r)!, m.s.c, m.e.c)) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
  }
  const cells: SheetCell[] = [];
  const add = (r: number, c: number, cell: XLSX.CellObject | undefined) => {
    const m = merges.get(`${r},${c}`);
    const rowSpan = m ? rows.shownBetween(m.s.r, m.e.r) : rows.hidden(r) ? 0 : 1;
    const colSpan = m ? cols.shownBetween(m.s.c, m.e.c) : cols.hidden(c) ? 0 : 1;
    if (rowSpan === 0 || colSpan === 0) return;
    // An empty cell that is stored (a bordered or formatted one: a stub) is a cell of its table.
    const text = foldText(cell ? (cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v))) : '');
    // A merged cell whose first row or column is hidden shows its text in the first ones shown.
    cells.push({
      r: m ? firstShown(rows, m.s.r) : rows.shown(r),
      c: m ? firstShown(cols, m.s.c) : cols.shown(c),
      address: sheetJs().utils.encode_cell({ r, c }),
      text,
      rowSpan,
      colSpan,
    });
  };
  for (const [r, row] of stored) for (const [c, cell] of row) if (!covered.has(`${r},${c}`)) add(r, c, cell);
  for (const m of merges.values()) if (!stored.get(m.s.r)?.has(m.s.c)) add(m.s.r, m.s.c, undefined);
  return cells.sort((a, b) => a.r - b.r || a.c - b.c);
}

/**
 * The keys of `stored` from `first` to `last`: the range's numbers asked one by one, or the stored
 * keys picked, whichever are fewer — so that the work is at most the range's length.
 */
function keysBetween(stored: Map<number, unknown>, first: number, last: number): number[] {
  const length = last - first + 1;
  return length <= stored.size
    ? Array.from({ length }, (_, k) => first + k).filter((k) => stored.has(k))
    : [...stored.keys()].filter((k) => k >= first && k <= last);
}

/**
 * Refuses a sheet whose merged ranges cover more places in all than a table may have: ranges that
 * do not overlap (Excel writes none that do) lie in the sheet's tables, so such a sheet has ranges
 * merged over each other, thousands of times over — or a table too large anyway. Following each of
 * them would cost their places' sum: 1,000 ranges over the same 2,000 rows of 1,000 columns is two
 * billion.
 */
function checkMergedPlaces(ranges: XLSX.Range[]): void {
  const places = ranges.reduce((sum, m) => sum + (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1), 0);
  if (places > MAX_TABLE_PLACES)
    throw new DocumentFormatError(
      `merged ranges covering ${places} places in all (${ranges.length} ranges), more than the ${MAX_TABLE_PLACES} places of the largest table read: they overlap, or the sheet is larger than any form: nothing was read`,
    );
}

/** The place of the first row or column shown from `index` on. */
function firstShown(axis: SheetAxis, index: number): number {
  let i = index;
  while (axis.hidden(i)) i++;
  return axis.shown(i);
}

/** A sheet's runs of rows (separated by empty rows) as paragraphs and tables. */
function sheetBlocks(name: string, ws: XLSX.WorkSheet): DraftBlock[] {
  const shownRows = sheetAxis(ws['!rows']);
  const shownCols = sheetAxis(ws['!cols']);
  const cells = sheetCells(ws, shownRows, shownCols);
  const occupied = new Set<number>();
  for (const c of cells) for (let r = c.r; r < c.r + c.rowSpan; r++) occupied.add(r);
  const rows = [...occupied].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === r - 1) last.push(r);
    else runs.push([r]);
  }
  const byRow = new Map<number, SheetCell[]>();
  for (const c of cells) {
    const row = byRow.get(c.r);
    if (row) row.push(c);
    else byRow.set(c.r, [c]);
  }
  const blocks: DraftBlock[] = [];
  for (const run of runs) {
    let start = 0;
    const inRun = run.flatMap((r) => byRow.get(r) ?? []);
    const firstCol = inRun.reduce((min, c) => Math.min(min, c.c), Infinity);
    for (; start < run.length; start++) {
      const own = byRow.get(run[start]!) ?? [];
      if (own.length !== 1 || own[0]!.text === '' || own[0]!.c !== firstCol || own[0]!.rowSpan > 1) break;
      blocks.push({
        kind: 'paragraph',
        text: own[0]!.text,
        at: { sheet: name, cell: own[0]!.address },
      });
    }
    if (start === run.length) continue;
    const top = run[start]!;
    const bottom = run[run.length - 1]!;
    const draft: DraftCell[] = inRun
      .filter((c) => c.r >= top)
      .map((c) => ({
        text: c.text,
        row: c.r - top,
        col: c.c - firstCol,
        rowSpan: Math.min(c.rowSpan, bottom - c.r + 1),
        colSpan: c.colSpan,
        at: { sheet: name, cell: c.address },
      }));
    blocks.push({
      kind: 'table',
      cells: withUnstoredCells(draft, name, (r, c) =>
        sheetJs().utils.encode_cell({ r: shownRows.sheet(top + r), c: shownCols.sheet(firstCol + c) }),
      ),
      sheet: name,
    });
  }
  return blocks;
}

/**
 * The table's cells with an empty cell wherever none is stored: a sheet has a cell at every place
 * of its grid, but a file stores only those written or formatted (Excel and WPS leave a blank
 * unbordered cell out), so that a row would seem to lack the cells a web page or a Word table
 * writes empty. (`address` gives the sheet's address of a place of the table.)
 */
function withUnstoredCells(draft: DraftCell[], sheet: string, address: (row: number, col: number) => string): DraftCell[] {
  const width = draft.reduce((w, c) => Math.max(w, c.col + c.colSpan), 0);
  const height = draft.reduce((h, c) => Math.max(h, c.row + c.rowSpan), 0);
  checkTableSize(height, width);
  const covered = new Set<number>();
  for (const c of draft)
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) covered.add(r * width + k);
  const unstored: DraftCell[] = [];
  for (let r = 0; r < height; r++)
    for (let k = 0; k < width; k++)
      if (!covered.has(r * width + k))
        unstored.push({
          text: '',
          row: r,
          col: k,
          rowSpan: 1,
          colSpan: 1,
          at: { sheet, cell: address(r, k) },
        });
  return unstored.length === 0 ? draft : [...draft, ...unstored].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * A text of comma-separated values (CSV, as a sheet is exported), decoded, read by SheetJS as a
 * sheet of texts (quoted fields, commas and line breaks inside them; no figure converted: `1,234.56`
 * quoted stays as written) and into blocks as a sheet is, its cells' positions A1, B7 ….
 */
export function readCsv(text: string, encoding: string): ExtractedDocument {
  let workbook: XLSX.WorkBook;
  try {
    workbook = sheetJs().read(text, { type: 'string', raw: true, cellText: true, sheetStubs: true });
  } catch (error) {
    throw new DocumentFormatError(`a damaged CSV file (${(error as Error).message}): nothing was read`);
  }
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  return canonicalDocument('csv', encoding, sheet ? sheetBlocks('CSV', sheet) : []);
}

export function readSpreadsheet(bytes: Uint8Array, format: 'xlsx' | 'xls'): ExtractedDocument {
  let workbook: XLSX.WorkBook;
  try {
    workbook = sheetJs().read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
      cellText: true,
      cellNF: true,
      cellDates: false,
      sheetStubs: true,
      // (For the rows and columns hidden: !rows, !cols.)
      cellStyles: true,
    });
  } catch (error) {
    const message = (error as Error).message;
    if (/password|encrypt/i.test(message))
      throw new DocumentFormatError('an encrypted (password-protected) spreadsheet cannot be read: save it without a password');
    throw new DocumentFormatError(`a damaged spreadsheet (.${format}: ${message}): nothing was read`);
  }
  return canonicalDocument(
    format,
    null,
    // (A hidden sheet — Hidden 1, or 2 "very hidden" — is no part of the published form.)
    workbook.SheetNames.flatMap((name, k) => {
      if (workbook.Workbook?.Sheets?.[k]?.Hidden) return [];
      const sheet = workbook.Sheets[name];
      // (A sheet the workbook lists and SheetJS could not read: a damaged file.)
      if (!sheet)
        throw new DocumentFormatError(`a damaged spreadsheet (.${format}: its sheet 「${name}」 could not be read): nothing was read`);
      return sheetBlocks(name, sheet);
    }),
  );
}
