/**
 * Tables a PDF draws with ruling lines (格线表格), read from their lines: the horizontal rules are the
 * rows' borders and the vertical rules the columns', a border left out between two grid cells
 * merges them, and every text item belongs to the cell its start stands in — so a cell whose text
 * wraps onto several lines, as an office suite lays out a long indicator name or a goal, is one
 * cell, and the rows stay the rows drawn whatever the text's lines are. Lines of one cell are
 * joined without a space where the wrap falls beside a Chinese character (the wrap is layout, not
 * text), with one between two Latin words or numbers.
 */
import { WIDE } from './wide';

/** A run of text on the page (page space, y upwards; `y` its baseline). */
export interface Item {
  x: number;
  y: number;
  right: number;
  size: number;
  text: string;
  /** A cell bounded by ruling lines: x and right are its borders, so it may span columns. */
  ruled?: boolean;
  /** The font it is set in, as the PDF names it. */
  font?: string;
}

/** A straight ruling line: a vertical one at x `at` from `from` to `to` (y), a horizontal one at y `at` from x `from` to `to`. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  vertical: Segment[];
  horizontal: Segment[];
}

/** A cell of a ruled table: its text and grid place (row 0 the top one). */
export interface LatticeCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Its text's last line runs on to its right border (a text that may go on where the cell goes on, on the next page). */
  full: boolean;
}

export interface LatticeTable {
  /** The y of its top border (page space). */
  top: number;
  /** The x of its column borders, left to right. */
  columns: number[];
  rowCount: number;
  cells: LatticeCell[];
}

/** A figure (an amount, a rate, a score), not a label. */
const FIGURE = /^[-+]?[\d.,]+\s*%?$/;
/** A level's weight opened at a text's end (`项目绩效(55`), and its close (`分)`, `)`) opening the next. */
const WEIGHT_OPENED = /\p{Script=Han}[(（]\s*\d+(?:\.\d+)?\s*$/u;
const WEIGHT_CLOSED = /^\s*分?\s*[)）]/u;

/** How far (points) two borders may lie apart and still be one, or a line fall short of a crossing and still meet it. */
export const TOLERANCE = 1.5;

/** A letter or a digit: a wrap beside one may be a space between words or figures (`≥98%` / `100%`). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Joins the lines of one cell: no space where either side of the wrap is a Chinese character or
 * full-width sign, nor where neither side is a letter or a digit (`(按月平均)` / `(≥**人)`, `年)` /
 * `——一户…`: punctuation wrapped by the column's width, as Chinese text is).
 */
export function joinWrapped(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    if (line === '') return text;
    const before = text[text.length - 1]!;
    const after = line[0]!;
    const joined = WIDE.test(before) || WIDE.test(after) || !(WORDLIKE.test(before) || WORDLIKE.test(after));
    return joined ? text + line : `${text} ${line}`;
  }, '');
}

/** Segments on one line merged where they touch or overlap (a border drawn cell by cell is one border). */
function merged(segments: Segment[]): Segment[] {
  const lines: Segment[][] = [];
  for (const s of [...segments].sort((a, b) => a.at - b.at)) {
    const line = lines[lines.length - 1];
    if (line && s.at - line[line.length - 1]!.at <= TOLERANCE) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    let last: Segment | null = null;
    for (const s of line.sort((a, b) => a.from - b.from)) {
      if (last && s.from <= last.to + TOLERANCE) last.to = Math.max(last.to, s.to);
      else out.push((last = { at, from: s.from, to: s.to }));
    }
  }
  return out;
}

/** The distinct places of a set of borders (within the tolerance), ascending. */
function places(values: number[], tolerance = TOLERANCE): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1]! > tolerance) out.push(v);
  return out;
}

/**
 * How far a column border may lie from its place on the page before and still be the same border:
 * a browser draws each cell's own box (separate borders, in two shades, over 3 points), and the
 * lines it draws along a border differ from page to page, so their middle does too (2 points seen).
 */
const ACROSS_PAGES = 2 * TOLERANCE;

const covers = (s: Segment, at: number, point: number) =>
  Math.abs(s.at - at) <= TOLERANCE && s.from - TOLERANCE <= point && point <= s.to + TOLERANCE;

/** Groups of rulings that meet (each a table's borders), as indices into the vertical and horizontal lists. */
function connected(vertical: Segment[], horizontal: Segment[]): { v: Segment[]; h: Segment[] }[] {
  const parent = Array.from({ length: vertical.length + horizontal.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  vertical.forEach((v, i) =>
    horizontal.forEach((h, j) => {
      if (covers(v, v.at, h.at) && covers(h, h.at, v.at)) parent[find(i)] = find(vertical.length + j);
    }),
  );
  const groups = new Map<number, { v: Segment[]; h: Segment[] }>();
  const group = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { v: [], h: [] }).get(find(i))!;
  vertical.forEach((v, i) => group(i).v.push(v));
  horizontal.forEach((h, j) => group(vertical.length + j).h.push(h));
  return [...groups.values()];
}

/**
 * The lines of text in a cell, top to bottom, each line's items left to right (a space where they
 * stand apart); and whether its last line reaches within two characters of `border`, its right one.
 */
function cellText(items: Item[], border: number): { text: string; full: boolean } {
  const lines: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) <= Math.min(line[0]!.size, item.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  const last = lines[lines.length - 1];
  const full = !!last && border - Math.max(...last.map((i) => i.right)) < 2 * last[0]!.size;
  const text = joinWrapped(
    lines.map((line) => {
      let text = '';
      let right = -Infinity;
      for (const item of line.sort((a, b) => a.x - b.x)) {
        // Office suites set Chinese apart from Latin letters and digits by a fifth of a character
        // (autospace, measured 0.20–0.21 of the size in LibreOffice's PDFs): no space in the text; a
        // space typed there leaves a quarter or more.
        const beside = WIDE.test(text[text.length - 1] ?? '') !== WIDE.test(item.text[0]!) ? 0.22 : 0.2;
        text += text !== '' && item.x - right > item.size * beside ? ` ${item.text}` : item.text;
        right = Math.max(right, item.right);
      }
      return text;
    }),
  );
  return { text, full };
}

/**
 * The horizontal borders of a table, top first, with the edges a page break leaves open: where
 * both of its outer vertical borders run on beyond its last horizontal one (or above its first)
 * to the same place, and text stands there, a row goes on to where they end. A browser prints a
 * row that a page break cuts in two so (Chromium, Word with a row allowed to break across pages):
 * its sides drawn to the page's margin and no border at the cut, on either page.
 */
function withOpenEdges(ys: number[], xs: number[], v: Segment[], items: Item[]): number[] {
  const side = (x: number) => v.filter((s) => Math.abs(s.at - x) <= TOLERANCE);
  const left = side(xs[0]!);
  const right = side(xs[xs.length - 1]!);
  if (left.length === 0 || right.length === 0) return ys;
  const textBetween = (high: number, low: number) =>
    items.some((i) => {
      const py = i.y + i.size * 0.3;
      return py < high && py > low && i.x >= xs[0]! && i.x < xs[xs.length - 1]!;
    });
  const out = [...ys];
  const bottom = Math.max(Math.min(...left.map((s) => s.from)), Math.min(...right.map((s) => s.from)));
  if (out[out.length - 1]! - bottom > 2 * TOLERANCE && textBetween(out[out.length - 1]!, bottom)) out.push(bottom);
  const top = Math.min(Math.max(...left.map((s) => s.to)), Math.max(...right.map((s) => s.to)));
  if (top - out[0]! > 2 * TOLERANCE && textBetween(top, out[0]!)) out.unshift(top);
  return out;
}

/**
 * The ruled tables of a page and the items outside them. A group of rulings that meet is a table
 * when it draws at least two grid cells (a single box — a frame, a page's background — is not).
 */
export function latticeTables(items: Item[], rulings: Rulings): { tables: LatticeTable[]; rest: Item[] } {
  const starts = runStarts(items);
  const tables: LatticeTable[] = [];
  let rest = items;
  for (const { v, h } of connected(merged(rulings.vertical), merged(rulings.horizontal))) {
    const xs = places(v.map((s) => s.at));
    const ys = withOpenEdges(places(h.map((s) => s.at)).reverse(), xs, v, rest);
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    // Grid cells joined where the border between them is not drawn.
    const parent = Array.from({ length: rows * cols }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let r = 0; r < rows; r++) {
      const middle = (ys[r]! + ys[r + 1]!) / 2;
      for (let c = 0; c + 1 < cols; c++)
        if (!v.some((s) => covers(s, xs[c + 1]!, middle))) parent[find(r * cols + c)] = find(r * cols + c + 1);
    }
    for (let c = 0; c < cols; c++) {
      const middle = (xs[c]! + xs[c + 1]!) / 2;
      for (let r = 0; r + 1 < rows; r++)
        if (!h.some((s) => covers(s, ys[r + 1]!, middle))) parent[find(r * cols + c)] = find((r + 1) * cols + c);
    }
    // Each merged cell is the rectangle its grid cells fill; a group that fills no rectangle is left as its grid cells.
    const spans = new Map<number, { r0: number; c0: number; r1: number; c1: number; n: number }>();
    for (let i = 0; i < rows * cols; i++) {
      const r = Math.floor(i / cols);
      const c = i % cols;
      const s = spans.get(find(i));
      if (s) Object.assign(s, { r0: Math.min(s.r0, r), c0: Math.min(s.c0, c), r1: Math.max(s.r1, r), c1: Math.max(s.c1, c), n: s.n + 1 });
      else spans.set(find(i), { r0: r, c0: c, r1: r, c1: c, n: 1 });
    }
    const rectangle = (i: number) => {
      const s = spans.get(find(i))!;
      return s.n === (s.r1 - s.r0 + 1) * (s.c1 - s.c0 + 1) ? s : null;
    };
    const owner = (i: number): number => {
      const s = rectangle(i);
      return s ? s.r0 * cols + s.c0 : i;
    };
    // Every item to the cell its start stands in (a text overflowing its cell still starts in it).
    const held = new Map<number, Item[]>();
    const outside: Item[] = [];
    for (const item of rest) {
      const px = (starts.get(item) ?? item.x) + Math.min(TOLERANCE, (item.right - item.x) / 2);
      const py = item.y + item.size * 0.3;
      const c = xs.findIndex((x, k) => k < cols && x <= px && px < xs[k + 1]!);
      const r = ys.findIndex((y, k) => k < rows && y >= py && py > ys[k + 1]!);
      if (c < 0 || r < 0) outside.push(item);
      else {
        const key = owner(r * cols + c);
        held.set(key, [...(held.get(key) ?? []), item]);
      }
    }
    if (held.size === 0) continue;
    rest = outside;
    const cells: LatticeCell[] = [];
    for (let i = 0; i < rows * cols; i++) {
      if (owner(i) !== i) continue;
      const s = rectangle(i);
      const colSpan = s ? s.c1 - s.c0 + 1 : 1;
      cells.push({
        ...cellText(held.get(i) ?? [], xs[(i % cols) + colSpan]!),
        row: Math.floor(i / cols),
        col: i % cols,
        rowSpan: s ? s.r1 - s.r0 + 1 : 1,
        colSpan,
      });
    }
    tables.push({ top: ys[0]!, columns: xs, rowCount: rows, cells });
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest };
}

/**
 * Where the text of each item that goes on from another starts: an item in another font on the
 * very baseline of another, beginning where that one ends (within a twentieth of a character), is
 * the same run of text cut in two where the font changes (a Chinese text's digits are set in another
 * font). A text that is not wrapped runs on over its cell's right border — a spreadsheet lets it,
 * clipped where the next cell holds text — so its later runs start in the next cell: they belong
 * where the first starts. The next cell's own text starts a margin inside its border, on a
 * baseline of its own font.
 */
function runStarts(items: Item[]): Map<Item, number> {
  const starts = new Map<Item, number>();
  const byLine = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (let first = 0; first < byLine.length;) {
    let end = first + 1;
    while (end < byLine.length && byLine[first]!.y - byLine[end]!.y <= 0.2 * byLine[first]!.size) end++;
    const line = byLine.slice(first, end).sort((a, b) => a.x - b.x);
    const byRight = [...line].sort((a, b) => a.right - b.right);
    for (const item of line) {
      const near = 0.05 * item.size;
      // The items ending within `near` of where this one starts (a few at most; looked at up to 8,
      // so that a page of items piled on one spot costs no more than its sorting).
      let k = lowerBound(byRight, item.x - near);
      for (let looked = 0; k < byRight.length && byRight[k]!.right <= item.x + near && looked < 8; k++, looked++) {
        const b = byRight[k]!;
        if (
          b !== item &&
          b.x < item.x &&
          item.font !== b.font &&
          Math.abs(item.y - b.y) <= 0.02 * item.size &&
          Math.abs(item.size - b.size) <= 0.2 * item.size
        ) {
          starts.set(item, starts.get(b) ?? b.x);
          break;
        }
      }
    }
    first = end;
  }
  return starts;
}

/** The first index of items (sorted by right end) whose right end is at least `x`. */
function lowerBound(items: Item[], x: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.right < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a ruled table at the top of a page runs on from one that ended the page before: the
 * same left border, and the column borders of one among the other's — each part draws the borders
 * its own rows need, so one part may also end further right (a spreadsheet's form whose funding rows
 * fill fewer columns than its indicator rows).
 */
export function runsOnFrom(previous: number[], next: number[]): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= ACROSS_PAGES;
  const among = (xs: number[], ys: number[]) => xs.every((x) => ys.some((y) => near(x, y)));
  return near(previous[0]!, next[0]!) && (among(previous, next) || among(next, previous));
}

/**
 * The cells of a table drawn over several pages, on one grid (every part's column borders), each
 * with its page. A row that a page break cuts in two is one row: where every cell with text in the
 * first row of a part stands below a cell of the last row before it whose text runs to its right
 * border, and some cell with text above is empty below (the cells whose text fitted end on the first
 * page), the texts go on: an office suite breaks a tall row across pages, a cell's lines on both —
 * a merged cell's too, which then spans on from the cell above.
 */
export function joinedParts(parts: { table: LatticeTable; page: number }[]): (LatticeCell & { page: number })[] {
  const columns = places(
    parts.flatMap((p) => p.table.columns),
    ACROSS_PAGES,
  );
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c - x) <= ACROSS_PAGES);
  const out: (LatticeCell & { page: number })[] = [];
  let offset = 0;
  for (const { table, page } of parts) {
    let cells = table.cells.map((c) => {
      const col = columnOf(table.columns[c.col]!);
      return { ...c, col, colSpan: columnOf(table.columns[c.col + c.colSpan]!) - col, row: c.row + offset, page };
    });
    const previousEnd = out.filter((c) => c.row + c.rowSpan === offset);
    const first = cells.filter((c) => c.row === offset);
    const written = first.filter((c) => c.text !== '');
    const above = (c: LatticeCell) => previousEnd.find((p) => p.col === c.col && p.colSpan === c.colSpan && p.text !== '' && p.full);
    let rows = table.rowCount;
    // Some cell with text above it is empty below: the cells whose text fitted on the page end with it.
    const ended = previousEnd.some((p) => p.text !== '' && first.some((c) => c.col === p.col && c.text === ''));
    // A merged cell that starts in the row the break cuts (满意度 / 指标 over it and the rows below)
    // goes on too: the cell above, of that row alone, then spans the rows its part below spans after
    // the first. Where the row's own cells show that it goes on, such a cell goes on whatever its
    // text's last line above (Writer centres a merged cell's lines in it: 效益 / 指标(30分)). A merged
    // cell below one that spans rows above is another cell (a level starting on the new page).
    const inColumnAbove = (c: LatticeCell) =>
      previousEnd.find((p) => p.col === c.col && p.colSpan === c.colSpan && p.text !== '' && p.rowSpan === 1);
    const single = written.filter((c) => c.rowSpan === 1);
    const merged = written.filter((c) => c.rowSpan > 1);
    const goesOn =
      single.length > 0
        ? single.every((c) => above(c)) && merged.every((c) => inColumnAbove(c))
        : merged.every((c) => above(c) && inColumnAbove(c));
    if (offset > 0 && written.length > 0 && ended && goesOn) {
      for (const c of written) {
        const p = (c.rowSpan === 1 ? above(c) : inColumnAbove(c))!;
        p.text = joinWrapped([p.text, c.text]);
        p.full = c.full;
        p.rowSpan += c.rowSpan - 1;
      }
      cells = cells
        .filter((c) => c.row !== offset || (c.rowSpan > 1 && !written.includes(c)))
        .map((c) => (c.row === offset ? { ...c, row: c.row + 1, rowSpan: c.rowSpan - 1 } : c))
        .map((c) => ({ ...c, row: c.row - 1 }));
      rows -= 1;
    }
    // A merged cell that the page break cuts in two is one cell: the same columns on both sides, one
    // side spanning several rows, and its text on one side only (Writer writes it on the first page,
    // Calc where the middle of the whole cell falls). A figure is never carried onto the cell beside
    // it this way: an empty merged cell (a weight not given) before a merged cell with one is two.
    // Its text on both sides where the break cuts a level's weight (项目绩效(55 / 分)): the weight's
    // bracket, opened above and closed below, says it is one cell.
    const continued = new Set<LatticeCell>();
    for (const c of cells.filter((c) => c.row === offset)) {
      const p = previousEnd.find((p) => p.col === c.col && p.colSpan === c.colSpan);
      if (!p || (p.rowSpan === 1 && c.rowSpan === 1)) continue;
      const weightCut = WEIGHT_OPENED.test(p.text) && WEIGHT_CLOSED.test(c.text);
      if (!weightCut && ((p.text === '') === (c.text === '') || FIGURE.test(p.text || c.text))) continue;
      if (weightCut) Object.assign(p, { text: joinWrapped([p.text, c.text]), full: c.full });
      else if (p.text === '') Object.assign(p, { text: c.text, full: c.full });
      p.rowSpan += c.rowSpan;
      continued.add(c);
    }
    out.push(...cells.filter((c) => !continued.has(c)));
    offset += rows;
  }
  return out;
}
