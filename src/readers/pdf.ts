/**
 * PDFs with a text layer into the table model, with pdfjs-dist (its legacy build, for Node). Per
 * page, as it is shown (a /Rotate applied): a table drawn with ruling lines is read from its lines
 * (src/readers/pdfLattice.ts) — rows and columns between its borders, a border left out a merged
 * cell, a text wrapped over several lines one cell, a row broken across a page one row — as office
 * suites export their tables. The rest of the page's text is grouped into lines by baseline and a
 * line into cells where the gap between items is wider than a character — or, where vertical rules
 * alone cross the line, into the spaces between them; lines form blocks separated by a wider
 * vertical gap. A block whose lines hold several cells is a grid table: its columns are the places
 * where its cells start, so a cell lands in its column and empty cells are kept; single-cell lines
 * above a table, and blocks of single-cell lines, are paragraphs. A running header or footer — a
 * line at a page's edge repeated at the same place on other pages, such as Calc's default `Sheet1`
 * and `Page 1` (./pdfRunningText.ts) — is a paragraph of its own, never a line of a table. A table
 * that runs on at the top of the next page (past page numbers and running texts, which are left out
 * there: they would stand inside it) with the same columns is one table, its header rows drawn
 * again there left out (./pdfRepeatedHeader.ts) — across a running title, not where it begins as
 * the table began (one form a page). A running page number is left out. Text the page's clipping
 * hides is not read: a spreadsheet clips a cell's wrapped lines that do not fit in its row, and a
 * merged cell cut by a page break on each page, but keeps them in the text layer, where they stand
 * in other cells. Text items that pdf.js combined across a cell border (a browser's print of a web
 * page's table) are cut apart again (./pdfCombinedItems.ts). A PDF without any text (a scan) is
 * refused.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { DocumentFormatError } from './formatError';
import { compact } from '../tables/cellText';
import type { ExtractedDocument } from '../tables/model';
import { canonicalDocument, type DraftBlock, type DraftCell } from './canonical';
import { cutAtCellBorders, type TextRun } from './pdfCombinedItems';
import { withoutRepeatedHeader } from './pdfRepeatedHeader';
import { runningLines } from './pdfRunningText';
import {
  joinedParts,
  joinWrapped,
  latticeTables,
  runsOnFrom,
  type Item,
  type LatticeTable,
  type Rulings,
  type Segment,
} from './pdfLattice';

// pdfjs-dist 5 uses Promise.withResolvers, which Node 20 lacks.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

interface Line {
  y: number;
  size: number;
  cells: Item[];
}

/** Tolerance (points) within which cells are taken to start in the same column. */
const COLUMN_TOLERANCE = 2.5;

/** Joins items left to right into cells: items closer than a character's width are one cell. */
function joinItems(items: Item[]): Item[] {
  const cells: Item[] = [];
  for (const item of items) {
    const cell = cells[cells.length - 1];
    const size = Math.min(cell?.size ?? item.size, item.size);
    if (cell && item.x - cell.right < size * 0.9) {
      cell.text += item.x - cell.right > size * 0.2 ? ` ${item.text}` : item.text;
      cell.right = Math.max(cell.right, item.right);
    } else cells.push({ ...item });
  }
  return cells;
}

/**
 * The cells of a line that ruling lines cross: one per space between two borders (empty ones
 * too), holding the items that stand in it; null when fewer than two borders cross the line.
 */
function ruledCells(items: Item[], y: number, size: number, rules: Segment[]): Item[] | null {
  const middle = y + size * 0.3;
  const xs: number[] = [];
  for (const x of rules
    .filter((r) => r.from <= middle && r.to >= middle)
    .map((r) => r.at)
    .sort((a, b) => a - b))
    if (xs.length === 0 || x - xs[xs.length - 1]! > COLUMN_TOLERANCE) xs.push(x);
  if (xs.length < 2) return null;
  const cells: Item[] = [];
  const outside = items.filter((i) => i.x + (i.right - i.x) / 2 < xs[0]! || i.x + (i.right - i.x) / 2 > xs[xs.length - 1]!);
  for (let k = 0; k + 1 < xs.length; k++) {
    const inside = items.filter((i) => {
      const centre = i.x + (i.right - i.x) / 2;
      return centre >= xs[k]! && centre < xs[k + 1]!;
    });
    const text = joinItems(inside)
      .map((c) => c.text)
      .join(' ');
    cells.push({ x: xs[k]!, right: xs[k + 1]!, y, size, text, ruled: true });
  }
  return [...joinItems(outside), ...cells].sort((a, b) => a.x - b.x);
}

function linesOf(items: Item[], rules: Segment[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.min(line.size, item.size) * 0.5) line.items.push(item);
    else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines.map((line) => {
    const items = line.items.sort((a, b) => a.x - b.x);
    return { y: line.y, size: line.size, cells: ruledCells(items, line.y, line.size, rules) ?? joinItems(items) };
  });
}

/**
 * Runs of lines whose baselines are no further apart than 1.5 times the page's line pitch (its
 * closest spacing of lines, at least a character high).
 */
function runsOf(lines: Line[]): Line[][] {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((gap, i) => gap >= lines[i + 1]!.size * 0.8);
  const pitch = gaps.length > 0 ? gaps.reduce((min, g) => Math.min(min, g)) : 0;
  const runs: Line[][] = [];
  lines.forEach((line, i) => {
    if (i > 0 && lines[i - 1]!.y - line.y <= Math.max(pitch, line.size) * 1.5) runs[runs.length - 1]!.push(line);
    else runs.push([line]);
  });
  return runs;
}

function columnStarts(lines: Line[]): number[] {
  const xs = lines.flatMap((l) => l.cells.map((c) => c.x)).sort((a, b) => a - b);
  const starts: number[] = [];
  for (const x of xs) if (starts.length === 0 || x - starts[starts.length - 1]! > COLUMN_TOLERANCE) starts.push(x);
  return starts;
}

interface PageTable {
  kind: 'table';
  page: number;
  columns: number[];
  lines: { line: Line; page: number }[];
}
/** A table drawn with ruling lines (src/readers/pdfLattice.ts), with its parts on the pages it runs over. */
interface RuledTable {
  kind: 'ruled';
  page: number;
  columns: number[];
  parts: { table: LatticeTable; page: number }[];
}
/** A paragraph: a line of text on its own, with where it stands (its left and right ends, its size). */
interface PageParagraph {
  kind: 'paragraph';
  text: string;
  page: number;
  left: number;
  right: number;
  size: number;
  /** A running header or footer (./pdfRunningText.ts). */
  running?: boolean;
}
type PageBlock = PageParagraph | PageTable | RuledTable;

/**
 * A page number or page marker on a line of its own (第 2 页, 2 / 5, - 3 -, Page 3): a table runs
 * on across it. Where it is a running footer or header (the same place on every page), it is left out.
 */
const PAGE_MARKER = /^[-—–\s]*(第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|\d+(\s*\/\s*\d+)?|page\s*\d+(\s*of\s*\d+)?)[-—–\s]*$/i;

/**
 * Whether a block is passed over where a table runs on from one page to the next: a page marker,
 * or a running header or footer.
 */
const pageFurniture = (block: PageBlock | undefined): boolean =>
  block?.kind === 'paragraph' && (block.running === true || PAGE_MARKER.test(block.text));

/** A running header or footer with words in it (Sheet1, a unit's name), not a page number alone. */
const runningWords = (block: PageBlock): boolean => block.kind === 'paragraph' && block.running === true && !PAGE_MARKER.test(block.text);

/**
 * The blocks of a page in reading order: its ruled tables, its running header and footer lines
 * (`running`, ./pdfRunningText.ts) as paragraphs, and its other text as paragraphs and tables by lines.
 */
function pageBlocksOf(tables: LatticeTable[], lines: Line[], running: Set<Line>, page: number): PageBlock[] {
  const placed: { top: number; block: PageBlock }[] = tables.map((table) => ({
    top: table.top,
    block: { kind: 'ruled', page, columns: table.columns, parts: [{ table, page }] },
  }));
  for (const line of lines.filter((l) => running.has(l))) {
    const cell = line.cells[0]!;
    placed.push({
      top: line.y,
      block: { kind: 'paragraph', text: cell.text, page, left: cell.x, right: cell.right, size: cell.size, running: true },
    });
  }
  const body = lines.filter((l) => !running.has(l));
  placed.push(...pageBlocks(body, page));
  return wrappedParagraphsJoined(placed.sort((a, b) => b.top - a.top));
}

/**
 * A paragraph that wraps onto the next line is one paragraph: a line that runs to the right edge of
 * the page's text (within two characters) and is followed, just below, by a line starting where it
 * starts (not indented, as a new paragraph's first line is) goes on in that line. A centred heading
 * wraps about its middle: a line that runs across the whole width of the page's text, its tables'
 * included, goes on in the line just below it centred on the same middle, in the same size
 * (…资金绩效评价 / 表) — a short heading's next line (项目支出绩效自评表 / (2022年度)) is its own.
 */
function wrappedParagraphsJoined(placed: { top: number; block: PageBlock }[]): PageBlock[] {
  const paragraphs = placed.map((p) => p.block).filter((b): b is PageParagraph => b.kind === 'paragraph' && !b.running);
  const edge = paragraphs.reduce((max, p) => Math.max(max, p.right), -Infinity);
  // The whole width of the page's text: its paragraphs' and its tables' columns.
  const columns = placed.flatMap((p) => (p.block.kind === 'paragraph' ? [] : [p.block.columns[0]!, p.block.columns.at(-1)!]));
  const widthLeft = Math.min(...paragraphs.map((p) => p.left), ...columns);
  const widthRight = Math.max(edge, ...columns);
  const middle = (b: PageParagraph) => (b.left + b.right) / 2;
  const out: { top: number; block: PageBlock }[] = [];
  for (const p of placed) {
    const last = out[out.length - 1];
    const b = p.block;
    if (
      last?.block.kind === 'paragraph' &&
      b.kind === 'paragraph' &&
      !last.block.running &&
      !b.running &&
      last.top - p.top <= 2 * b.size &&
      ((edge - last.block.right < 2 * last.block.size && Math.abs(b.left - last.block.left) <= COLUMN_TOLERANCE) ||
        (widthRight - last.block.right < 2 * last.block.size &&
          last.block.left - widthLeft < 2 * last.block.size &&
          Math.abs(middle(b) - middle(last.block)) <= b.size &&
          Math.abs(b.size - last.block.size) < 0.5))
    ) {
      last.block.text = joinWrapped([last.block.text, b.text]);
      last.block.right = b.right;
      last.top = p.top;
    } else out.push({ ...p });
  }
  return out.map((p) => p.block);
}

function pageBlocks(lines: Line[], page: number): { top: number; block: PageBlock }[] {
  const blocks: { top: number; block: PageBlock }[] = [];
  for (const run of runsOf(lines)) {
    const left = run.reduce((min, l) => Math.min(min, l.cells[0]!.x), Infinity);
    let rest = run;
    while (
      rest.length > 0 &&
      rest[0]!.cells.length === 1 &&
      (rest[0]!.cells[0]!.x - left <= COLUMN_TOLERANCE || rest.every((l) => l.cells.length === 1))
    ) {
      const cell = rest[0]!.cells[0]!;
      blocks.push({
        top: rest[0]!.y,
        block: { kind: 'paragraph', text: cell.text, page, left: cell.x, right: cell.right, size: cell.size },
      });
      rest = rest.slice(1);
    }
    if (rest.length > 0)
      blocks.push({
        top: rest[0]!.y,
        block: { kind: 'table', page, columns: columnStarts(rest), lines: rest.map((line) => ({ line, page })) },
      });
  }
  return blocks;
}

/** Whether a table at the top of page `p` continues the one that ended the page before: its columns are among that one's. */
function runsOn(last: PageTable, next: PageTable, p: number): boolean {
  return (
    last.lines[last.lines.length - 1]!.page === p - 1 &&
    next.columns.every((x) => last.columns.some((y) => Math.abs(x - y) <= COLUMN_TOLERANCE))
  );
}

/** The texts of a ruled table's cells along its top (`first`) or bottom edge, spaces left out. */
function edgeTexts(table: RuledTable, edge: 'first' | 'last'): Set<string> {
  const part = edge === 'first' ? table.parts[0]!.table : table.parts[table.parts.length - 1]!.table;
  const cells = part.cells.filter((c) => (edge === 'first' ? c.row === 0 : c.row + c.rowSpan === part.rowCount));
  return new Set(cells.map((c) => compact(c.text)).filter((t) => t !== ''));
}

/**
 * Whether a ruled table at the top of a page begins as the table `first` (its part on its first
 * page) began — the first cell of its first row the same text between the same borders — without
 * its header drawn again (./pdfRepeatedHeader.ts): a table of its own in the same form, as a
 * document prints one form a page under the same title, not a part of that one.
 */
function beginsAnew(first: LatticeTable, next: LatticeTable): boolean {
  if (withoutRepeatedHeader(first, next) !== next) return false;
  const a = first.cells.find((c) => c.row === 0 && c.col === 0);
  const b = next.cells.find((c) => c.row === 0 && c.col === 0);
  return (
    a !== undefined &&
    b !== undefined &&
    opensAlike({ text: a.text, x: first.columns[0]! }, { text: b.text, x: next.columns[0]! }) &&
    Math.abs(first.columns[a.colSpan]! - next.columns[b.colSpan]!) <= COLUMN_TOLERANCE
  );
}

/** Whether two tables' first cells are the same text (not empty) starting at the same place. */
function opensAlike(a: { text: string; x: number }, b: { text: string; x: number }): boolean {
  return Math.abs(a.x - b.x) <= COLUMN_TOLERANCE && compact(a.text) !== '' && compact(a.text) === compact(b.text);
}

/**
 * The ruled table that a ruled table at the top of page `p` continues — the last block before it,
 * ending on the page before, with the same column borders — and the blocks between them to drop.
 * Passed over: page markers and running headers and footers (pageFurniture), and the text of a
 * merged cell that the page break cuts in two, drawn below the table's end on the page before (a
 * spreadsheet draws a merged cell's text in the middle of the whole cell, on each page it crosses,
 * cut off at the page's edge): a line of its own there whose text is that of a cell along the top
 * of the table on this page. Those lines are dropped, being the cell's text again, and so are the
 * running texts, which would stand inside the table; page markers that do not run are kept, as
 * paragraphs after the table. Across a running text with words in it (a title printed on every
 * page is one too), a table that begins as the one before began is a table of its own (beginsAnew).
 */
function ruledContinued(blocks: PageBlock[], next: RuledTable, p: number): { table: RuledTable; drop: Set<PageBlock> } | null {
  const cut = edgeTexts(next, 'first');
  let k = blocks.length - 1;
  const drop = new Set<PageBlock>();
  for (; k >= 0 && blocks[k]!.kind === 'paragraph'; k--) {
    const block = blocks[k] as PageParagraph;
    if (block.running) drop.add(block);
    if (pageFurniture(block)) continue;
    if (block.page !== p - 1 || !cut.has(compact(block.text))) break;
    drop.add(block);
  }
  const last = blocks[k];
  if (last?.kind !== 'ruled' || last.parts[last.parts.length - 1]!.page !== p - 1) return null;
  if (!runsOnFrom(last.columns, next.columns)) return null;
  if ([...drop].some(runningWords) && beginsAnew(last.parts[0]!.table, next.parts[0]!.table)) return null;
  return { table: last, drop };
}

/**
 * The table (not ruled) that one at the top of page `p` runs on from, past page markers and
 * running texts — these dropped where they run (they would stand inside the table) — as
 * ruledContinued: across a running text with words in it, not where it begins as that one began
 * (its first line's first cell the same text at the same place).
 */
function linedContinued(blocks: PageBlock[], next: PageTable, p: number): { table: PageTable; drop: Set<PageBlock> } | null {
  let k = blocks.length - 1;
  while (k >= 0 && pageFurniture(blocks[k])) k--;
  const last = blocks[k];
  if (last?.kind !== 'table' || !runsOn(last, next, p)) return null;
  const drop = new Set(blocks.slice(k + 1).filter((b) => b.kind === 'paragraph' && b.running));
  const anew = opensAlike(last.lines[0]!.line.cells[0]!, next.lines[0]!.line.cells[0]!);
  return [...drop].some(runningWords) && anew ? null : { table: last, drop };
}

/**
 * Whether a line of its own at the top of page `p`, before any table, is the text of a merged cell
 * that the page break cuts in two, drawn above the page's part of the table (see ruledContinued):
 * the text of a cell along the bottom of the ruled table that ended the page before.
 */
function cutCellText(blocks: PageBlock[], text: string, p: number): boolean {
  let k = blocks.length - 1;
  while (k >= 0 && pageFurniture(blocks[k])) k--;
  const last = blocks[k];
  if (last?.kind !== 'ruled' || last.parts[last.parts.length - 1]!.page !== p - 1) return false;
  return edgeTexts(last, 'last').has(compact(text));
}

function ruledDraft(table: RuledTable): DraftBlock {
  const cells: DraftCell[] = joinedParts(table.parts).map(({ text, row, col, rowSpan, colSpan, page }) => ({
    text,
    row,
    col,
    rowSpan,
    colSpan,
    at: { page },
  }));
  return { kind: 'table', cells, page: table.page };
}

function toDraft(table: PageTable): DraftBlock {
  const columns = columnStarts(table.lines.map((l) => l.line));
  const cells: DraftCell[] = table.lines.flatMap(({ line, page }, row) =>
    line.cells.map((c) => {
      const col = columns.findIndex((x) => Math.abs(x - c.x) <= COLUMN_TOLERANCE || x > c.x);
      // A bordered cell spans the columns that start between its borders.
      const spanned = c.ruled ? columns.filter((x) => x > c.x - COLUMN_TOLERANCE && x < c.right - COLUMN_TOLERANCE).length : 1;
      return { text: c.text, row, col, rowSpan: 1, colSpan: Math.max(1, spanned), at: { page } };
    }),
  );
  return { kind: 'table', cells, page: table.page };
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** What a page draws, as far as the reader looks: its ruling lines, its text runs, and those drawn wholly outside their clipping area. */
interface Drawing {
  rulings: Rulings;
  /** Every text run (a showText operator): where it starts (page space as shown) and its glyphs' text, compacted as an item's is compared. */
  runs: TextRun[];
  /** Runs drawn where their clip hides them (Calc keeps the wrapped lines that do not fit in their cell's row, clipped). */
  hidden: TextRun[];
}

/** A rectangle in page space (y upwards). */
interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/**
 * The page's drawing, from its operators: the ruling lines (table borders) — straight vertical and
 * horizontal segments of its painted paths, lines and the sides of rectangles, stroked or filled,
 * at least a character long — and the text runs its clipping hides. Positions are in the space of
 * the page as shown (`view`), following the transformation matrix and the clipping area through
 * save/restore. A path only clipped to (Calc clips each row's text to a rectangle) is no line; the
 * clip is taken as the box around its path (what lies outside the box is hidden whatever its shape).
 */
function drawingOf(operators: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, view: Matrix): Drawing {
  const rulings: Rulings = { vertical: [], horizontal: [] };
  const runs: TextRun[] = [];
  const hidden: TextRun[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let clip: Box | null = null;
  let clipping = false;
  const saved: { ctm: Matrix; clip: Box | null }[] = [];
  // The text state: the text and line matrices, the leading and the font size.
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let lineMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let fontSize = 0;
  const onPage = (x: number, y: number, m: Matrix = ctm): [number, number] => {
    const [a, b, c, d, e, f] = multiply(m, view);
    return [a * x + c * y + e, b * x + d * y + f];
  };
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const p = onPage(x0, y0);
    const q = onPage(x1, y1);
    if (Math.abs(p[0] - q[0]) < 0.5 && Math.abs(p[1] - q[1]) >= 4)
      rulings.vertical.push({ at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
    else if (Math.abs(p[1] - q[1]) < 0.5 && Math.abs(p[0] - q[0]) >= 4)
      rulings.horizontal.push({ at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
  };
  const moveLine = (tx: number, ty: number) => {
    lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
    textMatrix = lineMatrix;
  };
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) saved.push({ ctm, clip });
    else if (fn === OPS.restore) ({ ctm, clip } = saved.pop() ?? { ctm, clip });
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      // A form XObject: drawn under its own matrix, clipped to its box, as if between save and restore.
      saved.push({ ctm, clip });
      const [matrix, box] = args as [Matrix | null, [number, number, number, number] | null];
      if (matrix) ctm = multiply(matrix, ctm);
      if (box) {
        // (Its four corners: a matrix may turn the box.)
        const [x0, y0, x1, y1] = box;
        clip = intersect(clip, pathBox([0, x0, y0, 1, x1, y0, 1, x1, y1, 1, x0, y1], onPage));
      }
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, clip } = saved.pop() ?? { ctm, clip });
    else if (fn === OPS.clip || fn === OPS.eoClip) clipping = true;
    else if (fn === OPS.beginText) textMatrix = lineMatrix = [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.setTextMatrix) textMatrix = lineMatrix = args[0] as Matrix;
    else if (fn === OPS.moveText) moveLine(args[0] as number, args[1] as number);
    else if (fn === OPS.setLeadingMoveText) {
      leading = -(args[1] as number);
      moveLine(args[0] as number, args[1] as number);
    } else if (fn === OPS.nextLine) moveLine(0, -leading);
    else if (fn === OPS.setLeading) leading = args[0] as number;
    else if (fn === OPS.setFont) fontSize = args[1] as number;
    else if (fn === OPS.showText) {
      const rendering = multiply(textMatrix, ctm);
      const text = compact(
        (args[0] as ({ unicode?: string } | number | null)[])
          .map((g) => (g !== null && typeof g === 'object' ? (g.unicode ?? '') : ''))
          .join('')
          .normalize('NFKC'),
      );
      if (text === '') return;
      const [x, y] = onPage(0, 0, rendering);
      runs.push({ x, y, text });
      // Hidden when the middle of its glyphs' height (a third of the size above the baseline) is
      // above or below the clip: a wrapped line that does not fit in its row, which stands in the
      // row below. (Not when it starts right of the clip: Calc draws a cell's text under the clip of
      // the cell before, unrestored, where the print shows it.)
      const middle = onPage(0, fontSize * 0.35, rendering)[1];
      if (clip && (middle < clip.bottom || middle > clip.top)) hidden.push({ x, y, text });
    } else if (fn === OPS.constructPath) {
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (clipping && path) {
        clipping = false;
        clip = intersect(clip, pathBox(path, onPage));
      }
      // (A path that is not painted — ended by `n`, as a clipping path is — draws no line.)
      if (args[0] === OPS.endPath || !path) return;
      // Drawing operations: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 3 quadraticCurveTo (4), 4 closePath.
      let x = 0;
      let y = 0;
      let startX = 0;
      let startY = 0;
      for (let k = 0; k < path.length;) {
        const op = path[k++];
        if (op === 0) {
          x = startX = path[k++]!;
          y = startY = path[k++]!;
        } else if (op === 1) {
          add(x, y, path[k]!, path[k + 1]!);
          x = path[k++]!;
          y = path[k++]!;
        } else if (op === 2 || op === 3) {
          k += op === 2 ? 4 : 2;
          x = path[k++]!;
          y = path[k++]!;
        } else if (op === 4) {
          add(x, y, startX, startY);
          x = startX;
          y = startY;
        } else break;
      }
    }
  });
  return { rulings, runs, hidden };
}

/** The part of a clipping area within another box. */
function intersect(clip: Box | null, box: Box): Box {
  if (!clip) return box;
  return {
    left: Math.max(clip.left, box.left),
    bottom: Math.max(clip.bottom, box.bottom),
    right: Math.min(clip.right, box.right),
    top: Math.min(clip.top, box.top),
  };
}

/** The box around a path's points (curves by their control points), in page space. */
function pathBox(path: ArrayLike<number>, onPage: (x: number, y: number) => [number, number]): Box {
  const box: Box = { left: Infinity, bottom: Infinity, right: -Infinity, top: -Infinity };
  const take = (x: number, y: number) => {
    const [px, py] = onPage(x, y);
    box.left = Math.min(box.left, px);
    box.right = Math.max(box.right, px);
    box.bottom = Math.min(box.bottom, py);
    box.top = Math.max(box.top, py);
  };
  for (let k = 0; k < path.length;) {
    const op = path[k++];
    const points = op === 0 || op === 1 ? 1 : op === 2 ? 3 : op === 3 ? 2 : 0;
    if (op !== 0 && op !== 1 && op !== 2 && op !== 3 && op !== 4) break;
    for (let n = 0; n < points; n++, k += 2) take(path[k]!, path[k + 1]!);
  }
  return box;
}

/** Whether a text item is a run the page's clipping hides: it starts where that run starts, with its text. */
function isHidden(item: Item, hidden: TextRun[]): boolean {
  const text = compact(item.text);
  return hidden.some((h) => Math.abs(h.x - item.x) < 1 && Math.abs(h.y - item.y) < 1 && h.text === text);
}

/** The pdfjs build, loaded when a PDF first arrives (it is large). */
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * What pdfjs reads of page `p`; where it fails (a damaged stream, `Bad encoding in flate stream`; a
 * page tree that loops), the document is refused, naming the page.
 */
async function fromPage<T>(p: number, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new DocumentFormatError(`a damaged PDF (page ${p}: ${(error as Error).message}): nothing was read`);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const { getDocument, OPS } = await pdfjs();
  const pdfRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  let document;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
      cMapUrl: `${pdfRoot}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfRoot}/standard_fonts/`,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const e = error as Error;
    if (e.name === 'PasswordException')
      throw new DocumentFormatError('an encrypted (password-protected) PDF cannot be read: save it without a password');
    throw new DocumentFormatError(`a damaged PDF (${e.message}): nothing was read`);
  }
  try {
    // Each page's ruled tables and its other text by lines, before any is read into blocks: which
    // lines are running headers and footers is told across the pages.
    const pages: { tables: LatticeTable[]; lines: Line[]; rulings: Rulings; height: number }[] = [];
    let items = 0;
    for (let p = 1; p <= document.numPages; p++) {
      const page = await fromPage(p, () => document.getPage(p));
      const content = await fromPage(p, () => page.getTextContent());
      // The page as it is shown (its /Rotate applied), y upwards: what is a row on screen is a row here.
      const viewport = page.getViewport({ scale: 1 });
      const [va, vb, vc, vd, ve, vf] = viewport.transform as Matrix;
      const view: Matrix = [va, -vb, vc, -vd, ve, -vf];
      const pageItems: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [, , c, d, x, y] = multiply(it.transform as Matrix, view);
        const size = Math.hypot(c, d) || it.height || 1;
        pageItems.push({ x, y, right: x + it.width, size, text: it.str.trim(), font: it.fontName });
      }
      const { rulings, runs, hidden } =
        pageItems.length > 0
          ? drawingOf(await fromPage(p, () => page.getOperatorList()), OPS, view)
          : { rulings: { vertical: [], horizontal: [] }, runs: [], hidden: [] };
      // (What the page's clipping hides is not on the page as printed; items pdf.js combined across a cell border are cut apart.)
      const shown = cutAtCellBorders(
        hidden.length === 0 ? pageItems : pageItems.filter((item) => !isHidden(item, hidden)),
        rulings.vertical,
        runs,
      );
      items += pageItems.length;
      const { tables, rest } = latticeTables(shown, rulings);
      pages.push({ tables, lines: linesOf(rest, rulings.vertical), rulings, height: viewport.height });
      page.cleanup();
    }
    const running = runningLines(pages);
    const blocks: PageBlock[] = [];
    for (const [index, { tables, lines }] of pages.entries()) {
      const p = index + 1;
      const onPage = pageBlocksOf(tables, lines, running, p);
      let leading = true;
      for (const block of onPage) {
        // A page number at the same place on every page carries nothing (as the flat reader drops page numbers).
        if (block.kind === 'paragraph' && block.running && PAGE_MARKER.test(block.text)) continue;
        // A table that runs on from the previous page, in the same columns.
        const lined = leading && block.kind === 'table' ? linedContinued(blocks, block, p) : null;
        const continued = leading && block.kind === 'ruled' ? ruledContinued(blocks, block, p) : null;
        const drop = (lined ?? continued)?.drop;
        if (drop && drop.size > 0) blocks.splice(0, blocks.length, ...blocks.filter((b) => !drop.has(b)));
        if (lined) lined.table.lines.push(...(block as PageTable).lines);
        else if (continued) {
          // (Its header rows drawn again at the page's top are no rows of it.)
          const first = continued.table.parts[0]!.table;
          continued.table.parts.push(
            ...(block as RuledTable).parts.map((part) => ({ ...part, table: withoutRepeatedHeader(first, part.table) })),
          );
        } else if (leading && block.kind === 'paragraph' && cutCellText(blocks, block.text, p)) continue;
        else blocks.push(block);
        if (!pageFurniture(block)) leading = false;
      }
    }
    if (items === 0)
      throw new DocumentFormatError('no text layer: a scanned PDF cannot be read (its pages are images; run OCR on it first)');
    return canonicalDocument(
      'pdf',
      null,
      blocks.map((b) =>
        b.kind === 'paragraph'
          ? { kind: 'paragraph', text: b.text, at: { page: b.page } }
          : b.kind === 'ruled'
            ? ruledDraft(b)
            : toDraft(b),
      ),
    );
  } finally {
    await document.destroy();
  }
}
