/**
 * Plain-text extractions into the table model (src/tables/model.ts). Each line is one of:
 *
 * - a tab-separated row (`a\tb\tc`) — runs of them are a grid table;
 * - a pipe-separated row (`a | b | c |`, `| a | b |` markdown-like, as web pages are often
 *   extracted; `||||` are empty cells, a markdown rule `|---|---|` is skipped) — a grid table;
 * - a row opened by a line that is only a pipe, its cells on the indented lines after it, each
 *   closed by a pipe (a cell broken over lines runs on to the line that closes it; empty lines
 *   between cells are layout), up to the next such opening line — as a web page's table is
 *   extracted with its HTML's indentation kept — a grid table, a row per opening line. The
 *   converter pads a row that merged cells above it shorten with pipes on a line of their own
 *   after its last cell (`    ||`); where the missing cells stood it does not say (a merged cell
 *   spans from above, usually at the row's start), so such a row's cells are in order with their
 *   empty cells lost (`blanksLost`), not padded at its end;
 * - one cell ending in ` |` (a lone `|` is an empty cell) — runs of them are a stream table
 *   (cells in reading order, row ends unknown); a line without the pipe just before such a
 *   cell is the first part of that cell (a line break inside the cell), unless it is a table's
 *   title (src/readers/streamTitle.ts);
 * - a plain line. A run of at least 8 plain lines most of which are short (≤ 24 characters) is
 *   taken as one cell per line (a stream table, like the seed 002); so is a run of short cells
 *   each followed by one empty line (as Word tables are often pasted: a line of spaces between
 *   two empty lines is an empty cell, lines with no empty line between them are one cell broken
 *   over lines); a run of plain lines many of which hold three or more pieces separated by spaces
 *   is a grid table whose cells are those pieces (a row per line, as web pages whose table cells
 *   were joined by spaces are extracted) — its rows say that empty cells may have been lost
 *   (`blanksLost`); other plain lines are paragraphs.
 *
 * A plain line between two rows of a grid is a one-cell row of it (a title or a merged row).
 * Every cell and paragraph keeps its 1-based line of the text; a cell continued over lines
 * keeps its first line.
 */
import type { Block, Table, TableCell, TableRow } from '../tables/model';
import { paddedPipeRows, type PipePadding } from './paddedPipeCells';
import { continuesSpacedTable } from './spacedContinuation';
import { isStreamTitle } from './streamTitle';

type Kind = 'tab' | 'pipeRow' | 'pipeCell' | 'plain' | 'blank' | 'rule';

interface Line {
  kind: Kind;
  /** A blank line that holds spaces (an empty cell where cells are separated by empty lines). */
  spaces?: boolean;
  /** The cells of a row, the one cell of a pipe cell, the text of a plain line. */
  cells: string[];
  line: number;
  /** A pipe row closed by its pipe (TableRow.closed). */
  closed?: boolean;
}

const TAB_ROW = /\S\t+\S|^\t+\S/;
/** A line that only opens a row (`| `, at the start of the line). */
const ROW_OPENER = /^\|\s*$/;
/** An indented line of pipes after a row's last cell: the converter's padding. */
const ROW_PADDING = /^\s+\|+\s*$/;
/** A line of pipes only (`|||||`): the cells a row of pipe-closed cells lacks (src/readers/paddedPipeCells.ts). */
const PIPES_ONLY = /^\s*\|{2,}\s*$/;
const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Cell text as the model keeps it: trimmed, inner runs of spaces folded to one. */
function cellText(s: string): string {
  return s.replace(/[ \t\u3000]+/g, ' ').trim();
}

function classify(raw: string, line: number): Line {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', cells: [], line, spaces: raw !== '' };
  if (TAB_ROW.test(raw)) return { kind: 'tab', cells: raw.split('\t').map(cellText), line };
  if (trimmed.includes('|')) {
    if (MARKDOWN_RULE.test(trimmed)) return { kind: 'rule', cells: [], line };
    let pieces = trimmed.split('|');
    // A line closed by its pipe: the piece after it is no cell. A line opened by one (markdown): neither is the piece before.
    if (trimmed.endsWith('|')) pieces = pieces.slice(0, -1);
    if (trimmed.startsWith('|') && pieces.length >= 3) pieces = pieces.slice(1);
    const cells = pieces.map(cellText);
    if (cells.length === 1 && trimmed.endsWith('|')) return { kind: 'pipeCell', cells, line };
    if (cells.length >= 2) return { kind: 'pipeRow', cells, line, ...(trimmed.endsWith('|') ? { closed: true } : {}) };
  }
  return { kind: 'plain', cells: [cellText(trimmed)], line };
}

function tableOf(shape: Table['shape'], rows: TableRow[]): Table {
  return { shape, rows, lineStart: rows[0]!.line, lineEnd: rows.at(-1)!.cells.at(-1)?.at.line ?? rows.at(-1)!.line };
}

function gridRow(cells: string[], line: number, row: number, closed = false): TableRow {
  return {
    line,
    cells: cells.map((text, col): TableCell => ({ text, row, col, rowSpan: 1, colSpan: 1, at: { line } })),
    ...(closed ? { closed } : {}),
  };
}

/** Plain lines that look like one cell per line: enough of them, mostly short. */
function isCellRun(run: Line[]): boolean {
  if (run.length < 8) return false;
  const short = run.filter((l) => l.cells[0]!.length <= 24).length;
  return short >= run.length * 0.7;
}

/** A unit in brackets written alone (`(万元)`, `（头）`, `(%)`): a few Chinese characters or a per cent sign, no figure. */
const BRACKETED_UNIT = /^[(（](?:\p{Script=Han}{1,4}|%|‰)[)）]$/u;

/**
 * A line's pieces between runs of spaces (ASCII or ideographic). A bracketed unit written apart
 * from what it qualifies (`年新增畜牧产值 (万元) 500`) is no cell of its own: it stays with the piece
 * before it, one space between them as written.
 */
function spacePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const piece of text.split(/[ \u3000\u00a0]+/)) {
    if (piece === '') continue;
    if (pieces.length > 0 && BRACKETED_UNIT.test(piece)) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece);
  }
  // A line of single characters is one word spaced out to its cell's width (项 目 名 称, 得 分), no row of cells.
  return pieces.length > 1 && pieces.every((p) => SINGLE_HAN.test(p)) ? [pieces.join(' ')] : pieces;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * Plain lines that are table rows with their cells separated by spaces: at least 5 lines of three
 * or more pieces, at least a fifth of the run, and few long pieces (prose has long runs without spaces).
 */
function isSpacedRun(run: Line[]): boolean {
  const pieces = run.map((l) => spacePieces(l.cells[0]!));
  const rows = pieces.filter((p) => p.length >= 3);
  if (rows.length < 5 || rows.length < run.length * 0.2) return false;
  const all = rows.flat();
  return all.filter((p) => p.length > 40).length <= all.length * 0.1;
}

interface SpacedCell {
  text: string;
  line: number;
  /** Lines joined into it (a cell broken over lines). */
  parts: number;
  /** Whether an empty line follows it inside the run. */
  separated: boolean;
}

/**
 * Cells separated by empty lines from line i on: the run ends at two empty lines in a row or at a
 * table row. Returns the run's cells, where it ends, and the first cell from which on the rest
 * reads as a table — at least 8 cells, nearly every one followed by its empty line, most short,
 * few broken over lines — or -1. Linear: every suffix is judged from running counts.
 */
function doubleSpacedRun(lines: Line[], i: number): { cells: SpacedCell[]; end: number; from: number } {
  const cells: SpacedCell[] = [];
  let group: Line[] = [];
  // Lines with no empty line between them that read as one cell per line themselves (a table
  // pasted single-spaced after double-spaced lines) are no cell broken over lines: the run ends before them.
  let cellRunAt = -1;
  const flush = () => {
    if (group.length === 0) return;
    if (isCellRun(group)) cellRunAt = lines.indexOf(group[0]!);
    else cells.push({ text: group.map((g) => g.cells[0]!).join(' '), line: group[0]!.line, parts: group.length, separated: false });
    group = [];
  };
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.kind === 'plain') group.push(l);
    else if (l.kind === 'blank' && l.spaces && group.length === 0) cells.push({ text: '', line: l.line, parts: 1, separated: false });
    else if (l.kind === 'blank' && !l.spaces) {
      flush();
      if (cellRunAt >= 0) {
        j = cellRunAt;
        break;
      }
      if (lines[j + 1]?.kind === 'blank' && !lines[j + 1]!.spaces) break;
      if (cells.length > 0) cells.at(-1)!.separated = true;
    } else break;
  }
  flush();
  if (cellRunAt >= 0) j = cellRunAt;
  let from = -1;
  let short = 0;
  let separated = 0;
  let broken = 0;
  for (let k = cells.length - 1; k >= 0; k--) {
    const c = cells[k]!;
    if (c.text.length <= 24) short++;
    if (c.separated && k < cells.length - 1) separated++;
    if (c.parts > 1) broken++;
    const n = cells.length - k;
    if (n >= 8 && separated >= (n - 1) * 0.8 && short >= n * 0.7 && broken <= n * 0.3) from = k;
  }
  return { cells, end: j, from };
}

/** Whether raw line i opens a row whose cells are on the indented lines after it (its first cell closed by a pipe within a few lines). */
function opensRow(raws: string[], i: number): boolean {
  if (!ROW_OPENER.test(raws[i]!)) return false;
  let j = i + 1;
  while (j < raws.length && raws[j]!.trim() === '') j++;
  // Its first cell: indented lines, the last of them closed by a pipe (a cell broken over a few lines).
  for (const end = Math.min(raws.length, j + 6); j < end; j++) {
    const next = raws[j]!;
    if (next.trim() === '') continue;
    if (!/^\s{2,}\S/.test(next) || ROW_PADDING.test(next)) return false;
    if (next.trim().endsWith('|')) return true;
  }
  return false;
}

/** A cell written over lines — plain lines and the line whose pipe closes it — at the first one's line. */
function runOnCell(parts: Line[], row: number, col: number): TableCell {
  const text = parts
    .map((p) => p.cells[0]!)
    .filter((t) => t !== '')
    .join(' ');
  return { text, row, col, rowSpan: 1, colSpan: 1, at: { line: parts[0]!.line } };
}

/**
 * A pipe grid whose converter wrote each row's cells first and its empty cells after them (`配套电力设施
 * 1250KVA变压器3台 | 3 | 9.3 | 9.3 | |||||||||`, every row as wide as the table): no row has an empty
 * cell before a written one, and rows end in empty cells. Those are padding — where the row's empty
 * cells stood (a merged cell above it, a 年度指标值 left blank) it does not say — so they are dropped
 * and the row's blanks are lost (blanksLost), as a row padded on lines of its own is (openedRows).
 * A grid with an empty cell between written ones keeps its cells in their places.
 */
function withoutPadding(rows: TableRow[]): TableRow[] {
  const lastWritten = (r: TableRow) => r.cells.findLastIndex((c) => c.text !== '');
  if (rows.some((r) => r.cells.slice(0, lastWritten(r)).some((c) => c.text === ''))) return rows;
  if (rows.filter((r) => lastWritten(r) >= 0 && lastWritten(r) < r.cells.length - 1).length < 2) return rows;
  return rows.map((r) => {
    const n = lastWritten(r) + 1;
    return n === r.cells.length || n === 0 ? r : { ...r, cells: r.cells.slice(0, n), blanksLost: true };
  });
}

/**
 * Rows opened by a pipe line from line i on (see the header; `opens[k]`: line k opens one): each
 * row's cells, closed by their pipes, up to the next opening line. Returns the rows and the index
 * of the first line after them.
 */
function openedRows(raws: string[], lines: Line[], opens: boolean[], i: number): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let j = i;
  while (j < raws.length && opens[j]) {
    const cells: TableCell[] = [];
    let pending: Line[] = [];
    let padded = false;
    let closed = false;
    j++;
    for (; j < raws.length && !opens[j]; j++) {
      const l = lines[j]!;
      if (l.kind === 'blank') continue;
      if (ROW_PADDING.test(raws[j]!) && cells.length > 0) {
        padded = true;
        continue;
      }
      if (l.kind === 'pipeCell') {
        cells.push(runOnCell([...pending, l], rows.length, cells.length));
        pending = [];
        closed = true;
      } else if (l.kind === 'plain') {
        pending.push(l);
        closed = false;
      } else break;
    }
    // A cell the text ends in before its pipe: its words as far as they go.
    if (pending.length > 0) cells.push(runOnCell(pending, rows.length, cells.length));
    if (cells.length === 0) break;
    rows.push({ line: cells[0]!.at.line, cells, ...(padded ? { blanksLost: true } : {}), ...(closed ? { closed } : {}) });
  }
  return { rows, end: j };
}

export function readTextBlocks(text: string): Block[] {
  const raws = text.split(/\r\n|\r|\n/);
  const lines = raws.map((raw, i) => classify(raw, i + 1));
  const opens = raws.map((_, k) => opensRow(raws, k));
  const blocks: Block[] = [];
  const paragraph = (l: Line) => blocks.push({ kind: 'paragraph', paragraph: { text: l.cells[0]!, at: { line: l.line } } });
  const isRow = (l: Line | undefined, kind: Kind) => l !== undefined && l.kind === kind;
  /** Where the last cells cut into rows by paddedRun ended. */
  let paddedEnd = -1;
  /** Pipe-closed cells from line i on with lines of pipes among them (see paddedPipeRows): their rows and the line after them, or null. */
  const paddedRun = (i: number): { rows: TableRow[]; end: number } | null => {
    const cells: TableCell[] = [];
    const paddings: PipePadding[] = [];
    let pending: Line[] = [];
    let end = i;
    for (let j = i; j < lines.length && !opens[j]; j++) {
      const c = lines[j]!;
      if (c.kind === 'plain' && !(isStreamTitle(c.cells[0]!) && cells.length > 0)) pending.push(c);
      else if (c.kind === 'pipeCell') {
        cells.push(runOnCell([...pending, c], 0, 0));
        pending = [];
      } else if (PIPES_ONLY.test(raws[j]!) && pending.length === 0 && cells.length > 0) {
        paddings.push({ after: cells.length, count: raws[j]!.trim().length });
      } else break;
      if (pending.length === 0) end = j + 1;
    }
    const rows = paddedPipeRows(cells, paddings);
    return rows ? { rows, end } : null;
  };
  /** Line k is a lone pipe-closed cell (not a line opening a row of indented cells). */
  const isPipeCell = (k: number) => isRow(lines[k], 'pipeCell') && !opens[k];

  let spaced: ReturnType<typeof doubleSpacedRun> | null = null;
  // Whether the last block was a table of space-separated rows, with only empty lines since (see continuesSpacedTable).
  let afterSpacedTable = false;
  let spacedEndsAt = -1;
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.kind === 'blank' || l.kind === 'rule') {
      i++;
      continue;
    }
    afterSpacedTable = spacedEndsAt === blocks.length;
    if (opens[i]) {
      const { rows, end } = openedRows(raws, lines, opens, i);
      if (rows.length > 0) {
        blocks.push({ kind: 'table', table: tableOf('grid', rows) });
        i = end;
        continue;
      }
    }
    if (l.kind === 'tab' || l.kind === 'pipeRow') {
      // A grid: rows of this kind, plain lines (and lone pipe cells) between two of them, markdown rules.
      const kind = l.kind;
      const rows: TableRow[] = [];
      while (i < lines.length) {
        const c = lines[i]!;
        if (c.kind === kind) rows.push(gridRow(c.cells, c.line, rows.length, c.closed));
        else if (c.kind === 'rule' && kind === 'pipeRow') {
          /* formatting only */
        } else if ((c.kind === 'plain' || (c.kind === 'pipeCell' && kind === 'pipeRow')) && isRow(lines[i + 1], kind))
          rows.push(gridRow(c.cells, c.line, rows.length));
        else break;
        i++;
      }
      blocks.push({ kind: 'table', table: tableOf('grid', kind === 'pipeRow' ? withoutPadding(rows) : rows) });
      continue;
    }
    if (l.kind === 'pipeCell' || (l.kind === 'plain' && isPipeCell(i + 1))) {
      // The title of the next table, where cells cut into rows end before it: a paragraph, not part of the next cell.
      if (i === paddedEnd && l.kind === 'plain' && isStreamTitle(l.cells[0]!)) {
        paragraph(l);
        i++;
        continue;
      }
      // Cells whose short rows end with a line of pipes: cut into rows (src/readers/paddedPipeCells.ts).
      const padded = paddedRun(i);
      if (padded) {
        blocks.push({ kind: 'table', table: tableOf('grid', padded.rows) });
        i = paddedEnd = padded.end;
        continue;
      }
      // A stream of pipe-closed cells; plain lines run into the cell that closes them.
      const rows: TableRow[] = [];
      let pending: Line[] = [];
      while (i < lines.length && !opens[i]) {
        const c = lines[i]!;
        // A table's title between two tables' cells is a cell of its own, not the start of the next cell (src/readers/streamTitle.ts).
        if (c.kind === 'plain' && isStreamTitle(c.cells[0]!) && rows.length > 0) {
          for (const p of [...pending, c]) rows.push({ line: p.line, cells: [{ text: p.cells[0]!, row: rows.length, col: 0, rowSpan: 1, colSpan: 1, at: { line: p.line } }] });
          pending = [];
        } else if (c.kind === 'plain') pending.push(c);
        else if (c.kind === 'pipeCell') {
          const cell = runOnCell([...pending, c], rows.length, 0);
          rows.push({ line: cell.at.line, cells: [cell] });
          pending = [];
        } else break;
        i++;
      }
      if (rows.length > 0) blocks.push({ kind: 'table', table: tableOf('stream', rows) });
      // Plain lines after the last cell are prose, not part of a cell.
      for (const p of pending) paragraph(p);
      continue;
    }
    // Cells separated by empty lines: the run is judged once; its lines before the part that
    // reads as a table are read as usual.
    if (spaced === null || i >= spaced.end) spaced = doubleSpacedRun(lines, i);
    const table = spaced.from >= 0 ? spaced.cells.slice(spaced.from) : [];
    if (table.length > 0 && table[0]!.line === l.line) {
      const rows = table.map((c, row): TableRow => ({
        line: c.line,
        cells: [{ text: c.text, row, col: 0, rowSpan: 1, colSpan: 1, at: { line: c.line } }],
      }));
      blocks.push({ kind: 'table', table: tableOf('stream', rows) });
      i = spaced.end;
      continue;
    }
    // Plain lines up to the next blank line or table row.
    const run: Line[] = [];
    while (i < lines.length && lines[i]!.kind === 'plain' && !isPipeCell(i + 1)) run.push(lines[i++]!);
    if (isSpacedRun(run) || (afterSpacedTable && continuesSpacedTable(run.map((c) => spacePieces(c.cells[0]!))))) {
      const rows = run.map((c, row): TableRow => ({ ...gridRow(spacePieces(c.cells[0]!), c.line, row), blanksLost: true }));
      blocks.push({ kind: 'table', table: tableOf('grid', rows) });
      spacedEndsAt = blocks.length;
    } else if (isCellRun(run)) {
      const rows = run.map((c, row): TableRow => ({
        line: c.line,
        cells: [{ text: c.cells[0]!, row, col: 0, rowSpan: 1, colSpan: 1, at: { line: c.line } }],
      }));
      blocks.push({ kind: 'table', table: tableOf('stream', rows) });
    } else for (const p of run) paragraph(p);
  }
  return blocks;
}
