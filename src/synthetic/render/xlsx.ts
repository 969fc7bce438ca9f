/**
 * Renders a layout as an Excel .xlsx (exceljs), laid out as a form made to be printed: one sheet,
 * an empty row between blocks, table cells bordered (empty ones too), merged cells merged, texts
 * wrapped inside their cells and in the middle of their height. Columns are as wide as their texts
 * up to a cap and together about a landscape A4 page wide; rows are as tall as their wrapped lines;
 * a paragraph (a title, a note) spans the tables' width. The page is A4 landscape, scaled to one
 * page wide: so the form prints, or exports to PDF, as its maker saw it — every row whole on a page,
 * no text cut off at a border or spilling over its neighbours. A figure is stored as a spreadsheet
 * stores it, a number with the format that shows it as written (`91.32%`: 0.9132 formatted 0.00%).
 */
import { WIDE } from '../../readers/wide';
import { placed, tableWidth, type Layout } from './layout';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Column widths in Excel's units (about one Latin character of the default font; a Chinese character takes two). */
const MIN_COLUMN = 6;
const MAX_COLUMN = 36;
/** About what a landscape A4 page holds at the default font (the print is scaled to fit whatever it is). */
const PAGE_COLUMNS = 150;
/** A line of the default font, in points, and the padding of a row. */
const LINE_HEIGHT = 14;
const ROW_PAD = 4;

/**
 * A figure written plainly (`25`, `22.83`, `91.32%`) as a number and the format that shows it so;
 * null for any other text (`≥95%`, `5.05万元`, a figure with leading zeros or more digits than a
 * number holds exactly).
 */
function asNumber(text: string): { value: number; numFmt: string } | null {
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,6}))?(%?)$/.exec(text);
  if (!m || (m[2]!.length > 1 && m[2]!.startsWith('0'))) return null;
  const digits = m[3] ? `0.${'0'.repeat(m[3].length)}` : '0';
  const percent = m[4] === '%';
  return { value: Number(text.replace('%', '')) / (percent ? 100 : 1), numFmt: `${digits}${percent ? '%' : ''}` };
}

/** A text's width in column units. */
function units(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1.1;
  return width;
}

/** Lines a text takes in a cell `width` units wide (an estimate: the office suite breaks the lines itself). */
function lines(text: string, width: number): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(units(part) / Math.max(1, width - 1))), 0);
}

/**
 * `wrap: false` leaves every text on one line, as a sheet whose cells were never set to wrap: a
 * long text runs on over the cells beside it, cut off where one holds text (scripts/office-fixtures.ts
 * prints such a sheet too).
 */
export async function renderXlsx(layout: Layout, options: { wrap?: boolean } = {}): Promise<Uint8Array> {
  const wrap = options.wrap ?? true;
  const alignment = { wrapText: wrap, vertical: 'middle' } as const;
  /** Lines a table cell's text takes: its wrapped lines, or one where nothing wraps. */
  const lineCount = (text: string, width: number) => (wrap ? lines(text, width) : 1);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });

  // One set of columns for every table of the sheet.
  const tables = layout.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
  const columns = Math.max(1, ...tables.map(tableWidth));
  const widths: number[] = Array.from({ length: columns }, () => MIN_COLUMN);
  for (const rows of tables)
    for (const { cell, col } of placed(rows))
      if (cell.colSpan === 1) widths[col] = Math.min(MAX_COLUMN, Math.max(widths[col]!, units(cell.text) + 2));
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = total > PAGE_COLUMNS ? widths.map((w) => Math.max(MIN_COLUMN, (w * PAGE_COLUMNS) / total)) : widths;
  scaled.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.round(w * 10) / 10));
  const spanWidth = (col: number, span: number) => scaled.slice(col, col + span).reduce((a, b) => a + b, 0);

  let row = 1;
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') {
      const cell = sheet.getCell(row, 1);
      cell.value = b.text;
      cell.alignment = { wrapText: wrap, vertical: 'top' };
      if (columns > 1) sheet.mergeCells(row, 1, row, columns);
      sheet.getRow(row).height = lines(b.text, spanWidth(0, columns)) * LINE_HEIGHT + ROW_PAD;
      row += 2;
      continue;
    }
    const cells = placed(b.rows);
    const heights = b.rows.map(() => 1);
    for (const { cell, row: r, col } of cells) {
      const target = sheet.getCell(row + r, col + 1);
      const figure = asNumber(cell.text);
      if (figure) {
        target.value = figure.value;
        target.numFmt = figure.numFmt;
      } else if (cell.text !== '') target.value = cell.text;
      target.border = BORDER;
      target.alignment = alignment;
      if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(row + r, col + 1, row + r + cell.rowSpan - 1, col + cell.colSpan);
      // A merged cell's lines grow the last row it spans, as far as the rows above do not hold them.
      const need = lineCount(cell.text, spanWidth(col, cell.colSpan));
      const last = r + cell.rowSpan - 1;
      const above = heights.slice(r, last).reduce((a, h) => a + h, 0);
      heights[last] = Math.max(heights[last]!, need - above);
    }
    heights.forEach((h, r) => (sheet.getRow(row + r).height = h * LINE_HEIGHT + ROW_PAD));
    row += b.rows.length + 1;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
