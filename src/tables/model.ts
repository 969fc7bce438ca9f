/**
 * The table model (表格模型): what every format reader produces and the only thing the template
 * readers look at. A web page, a Word table, a spreadsheet, a PDF's text layer and the plain-text
 * extractions (tab- or pipe-separated rows; one cell per line) all become the same thing: an
 * ordered list of blocks — paragraphs of prose and tables of cells — over one canonical text.
 *
 * The canonical text is what is stored as the document's text and what every `line` refers to:
 * for a text file it is the text itself; for HTML, Word, Excel and PDF the reader writes it, one
 * table row per line with its cells separated by tabs and one paragraph per line, so that a
 * record's source lines can be shown whatever the format was. Cells also keep where they were
 * in the original file (page, sheet, cell address).
 */

/** Where a cell, row or paragraph stands: always a 1-based line of the canonical text, and the original's place where it has one. */
export interface SourcePosition {
  line: number;
  /** 1-based PDF page. */
  page?: number;
  /** Spreadsheet sheet name. */
  sheet?: string;
  /** Spreadsheet cell address, e.g. "C7". */
  cell?: string;
}

/** A cell as written: trimmed text (inner line breaks folded to one space), its grid place and span. */
export interface TableCell {
  text: string;
  /** 0-based row and column of the cell's top-left corner in its table's grid. */
  row: number;
  col: number;
  /** How many grid rows and columns a merged cell covers (1 when not merged). */
  rowSpan: number;
  colSpan: number;
  at: SourcePosition;
  /**
   * The template label a reader took the cell for when its text is a garbled form of it (an OCR's
   * look-alike characters, src/templates/ocrLabels.ts); the text stays as written.
   */
  label?: string;
}

/** One row of a table, cells in column order; merged cells appear once, in the row where they start. */
export interface TableRow {
  cells: TableCell[];
  line: number;
  /**
   * Empty cells may have been lost: the row's cells were told apart by the spaces between them
   * (a row of text with its cells separated by spaces), where an empty cell leaves no trace. Its
   * cells are in order, but a missing one may have been anywhere: a reader places them in their
   * columns only where that cannot be wrong.
   */
  blanksLost?: boolean;
  /**
   * Its last cell is the rest of the row uncut: a flattened row whose cells could not be told apart
   * (src/readers/flatGluedRows.ts) beyond the ones before it — its level words and its first cell
   * (the 三级指标), on which every way of cutting it agrees. A reader takes those and reports the rest.
   */
  restUncut?: boolean;
  /**
   * Its line ends with the separator that closes its last cell (`… | 95 | 10.00 |`): that cell is
   * whole even where the text is cut off right after it (an excerpt that ends inside a table).
   */
  closed?: boolean;
}

/**
 * A table. `grid`: rows and columns are known (HTML, Word, Excel, tab- or pipe-separated text,
 * a PDF whose columns could be placed). `stream`: the cells are known in reading order but not
 * where each row ends (one cell per line, as web pages and PDFs are often extracted): every row
 * holds one cell, and a template reader rebuilds the rows from the header labels it recognises.
 */
export interface Table {
  shape: 'grid' | 'stream';
  rows: TableRow[];
  /** Lines of the canonical text the table spans (inclusive). */
  lineStart: number;
  lineEnd: number;
  page?: number;
  sheet?: string;
}

export interface Paragraph {
  text: string;
  at: SourcePosition;
}

export type Block = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; table: Table };

/** The formats a document may arrive in, told from its content. */
export type SourceFormat = 'text' | 'csv' | 'html' | 'mht' | 'docx' | 'doc' | 'xlsx' | 'xls' | 'pdf';

/** A document as read from its file: the canonical text and its blocks in reading order. */
export interface ExtractedDocument {
  format: SourceFormat;
  /** For text and HTML: the character encoding it was decoded from ("utf-8", "gb18030" …). */
  encoding: string | null;
  /** The canonical text (see above); every `line` is a 1-based line of it. */
  text: string;
  blocks: Block[];
}
