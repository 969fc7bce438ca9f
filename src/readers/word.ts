/**
 * Word documents into the table model. A .docx is converted to HTML by mammoth (merged cells
 * kept as rowspan/colspan, as far as mammoth reads them; a row that starts right of its table's first
 * column given an empty cell there first, ./wordGridBefore.ts) and read as a web page. A Word 97–2003
 * .doc is read by word-extractor, which gives the text only: a table row arrives as one line, each
 * cell ended by a tab (the cell mark), so a line with tabs is a table row (its cells between the
 * tabs) and runs of such lines one table — a line holding several rows whose row ends were lost
 * is split into them (./docRowEnds.ts). Merged cells are lost to that extraction.
 *
 * word-extractor writes a line break inside a cell (Shift+Enter, or a cell's second paragraph) as a
 * line break too, like a row's end: a cell `产出⏎指标⏎(70分)` would split its row. A row's end comes
 * after its last cell's mark, a tab, so a line holding a row that no tab ends goes on, within its
 * cell, on the next line: the lines up to the first one a tab ends are one row's (docLines), its
 * cells keeping their breaks to be joined as the .docx reader joins a cell's lines (foldText). Where
 * that cannot be told from what it looks like — text after a row end that the extraction left a tab,
 * which is the paragraph after the table (`…\t\t项目自评表` then the next table's `项目名称\t…`) —
 * the joined rows must show it: each row that a joined cell opens, after a line's first row, as wide
 * as the line's other rows; a line that is one row as wide as a row beside it. Otherwise the lines
 * are read as they come (a break in a row's first cell at the start of a line, before any tab, too:
 * a paragraph before the table looks the same).
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

/** Cells of a line that a tab ends (its last cell's mark), as rows. */
const rowsOf = (line: string, beside: readonly number[] = []) => splitGluedRows(line.slice(0, -1).split('\t'), beside);

/**
 * The text's lines, a row's lines joined where line breaks inside its cells split it (see the module
 * comment): a tabbed line that no tab ends with the lines after it up to the first a tab ends,
 * where the rows they make hold the joined cells.
 */
export function docLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  /** The last line of the row that line i starts and no tab ends there: the first line after it a tab ends. */
  const rowEnd = (i: number): number | null => {
    if (!lines[i]!.includes('\t') || lines[i]!.endsWith('\t')) return null;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.endsWith('\t')) end++;
    return end < lines.length ? end : null;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = rowEnd(i);
    if (end !== null) {
      const joined = lines.slice(i, end + 1).join('\n');
      // The widths of the rows beside: the line before as read, the line after as it would be joined.
      const beside: number[] = [];
      const before = out.at(-1);
      if (before?.endsWith('\t')) beside.push(rowsOf(before).at(-1)!.length);
      const nextEnd = end + 1 < lines.length ? (rowEnd(end + 1) ?? end + 1) : null;
      const after = nextEnd === null ? '' : lines.slice(end + 1, nextEnd + 1).join('\n');
      if (after.endsWith('\t')) beside.push(rowsOf(after)[0]!.length);
      if (breaksHeld(rowsOf(joined, beside), beside, lines.slice(i, end + 1))) {
        out.push(joined);
        i = end;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
}

/** The width of glued rows (the first may be narrower, the last shorter); null for one row. */
const gluedWidth = (rows: string[][]) => (rows.length === 1 ? null : rows.length > 2 ? rows[1]!.length : rows[0]!.length);

/**
 * Whether rows whose cells were joined over line breaks hold them: a line of one row as wide as a
 * row beside it; of several, each row after the first that holds a joined cell as wide as the
 * line's rows (the last row, which may be narrower, too: text after a row end is not taken for a
 * cell), and no wider than rows of four cells or more that one of the joined lines splits into by
 * itself: the narrowest width that fits is taken, and a joined line whose rows are not all as wide
 * (a header's cells merged across columns, a short last row) may fit a wider one by chance, its
 * empty cells falling where row ends would (a narrower width fits a run of empty cells by chance too).
 */
function breaksHeld(rows: string[][], beside: readonly number[], parts: string[]): boolean {
  const width = gluedWidth(rows);
  if (width === null) return beside.includes(rows[0]!.length);
  if (!rows.every((row, r) => r === 0 || row.length === width || !row.some((cell) => cell.includes('\n')))) return false;
  return parts.every((part) => {
    const cells = part.split('\t');
    // A line's last cell goes on on the next line (or ended on this one): its row ends are before it.
    const own = gluedWidth(splitGluedRows(cells.slice(0, -1)));
    return own === null || own < 4 || own >= width;
  });
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
  const lines = docLines(text);
  // Each line's rows as it splits alone (a line a tab ends), for the lines beside it.
  const alone = lines.map((line) => (line.endsWith('\t') ? rowsOf(line) : null));
  lines.forEach((line, i) => {
    if (line.includes('\t')) {
      const ended = line.endsWith('\t');
      const cells = (ended ? line.slice(0, -1) : line).split('\t');
      // A line not ended by a row's end whose rows were glued: what follows the last row end is the paragraph after the table.
      const tail = ended ? null : cells.pop()!;
      // The widths of the rows on the lines beside (a line of two or three glued rows is split at one of them).
      const before = alone[i - 1]?.at(-1)?.length;
      const after = alone[i + 1]?.[0]?.length;
      const beside = ended ? [before, after].filter((width) => width !== undefined) : [];
      const glued = splitGluedRows(cells, beside);
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
  });
  flush();
  return blocks;
}

export async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  let body: string;
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // As written: the library's default filter turns dashes (——, –) into `-` and curly quotes into straight ones.
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    throw new DocumentFormatError(`a damaged Word 97–2003 (.doc) file (${(error as Error).message}): nothing was read`);
  }
  return canonicalDocument('doc', null, docTextBlocks(body));
}
