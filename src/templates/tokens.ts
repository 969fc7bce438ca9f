/**
 * The table model's blocks as one sequence of cells in reading order — the template reader's
 * input. Grid rows keep their row; stream cells and paragraphs have none (their rows are rebuilt
 * from the labels).
 */
import type { Block } from '../tables/model';
import { normalizeLabel } from './labels';

export interface Token {
  /** Its place in `tokens`. */
  index: number;
  text: string;
  norm: string;
  line: number;
  /** The known row the cell is in (an index into `rows`), null for a stream cell. */
  row: number | null;
  /** Its grid column, in a grid table (a row lists only the cells that start in it: one covered by a cell merged down from above is not there). */
  col?: number;
  /** Its row's empty cells may have been lost (cells separated by spaces): see TableRow.blanksLost. */
  blanksLost: boolean;
  /** It is the rest of its row uncut (TableRow.restUncut): its cells could not be told apart. */
  restUncut?: boolean;
  /** It is the last cell of a row closed by its separator (TableRow.closed): whole. */
  closed?: boolean;
}

export interface TokenStream {
  tokens: Token[];
  /** For each known row, the indexes of its tokens. */
  rows: number[][];
}

export function tokenize(blocks: Block[]): TokenStream {
  const tokens: Token[] = [];
  const rows: number[][] = [];
  const push = (text: string, line: number, row: number | null, blanksLost = false, label?: string, col?: number) => {
    if (row !== null) rows[row]!.push(tokens.length);
    const token: Token = { index: tokens.length, text, norm: label ?? normalizeLabel(text), line, row, blanksLost };
    if (col !== undefined) token.col = col;
    tokens.push(token);
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      // A paragraph may be a cell of a table whose cells the extraction put on lines of their own.
      push(block.paragraph.text, block.paragraph.at.line, null);
      continue;
    }
    for (const r of block.table.rows) {
      const row = block.table.shape === 'grid' ? rows.push([]) - 1 : null;
      // A merged cell is one cell: labels say what follows it, not column numbers.
      for (const c of r.cells) push(c.text, c.at.line, row, r.blanksLost === true, c.label, row === null ? undefined : c.col);
      if (r.restUncut && r.cells.length > 0) tokens.at(-1)!.restUncut = true;
      if (r.closed && r.cells.length > 0) tokens.at(-1)!.closed = true;
    }
  }
  return { tokens, rows };
}

/**
 * A copy of a token with some fields changed. Object.assign, not `{ ...token, index }`: Node 20's
 * V8 defines every property written after a spread in an object literal on a slow path (about
 * 0.7 µs each), and a stream is copied token by token.
 */
export function changed(token: Token, fields: Partial<Token>): Token {
  return Object.assign({}, token, fields);
}

/** A cell cut in two: the label as written and as compared, and the value after it as written. */
export interface CellCut {
  label: string;
  norm: string;
  value: string;
}

/**
 * The stream with some cells cut in two, a label and its value (src/templates/labelledCells.ts,
 * src/templates/spacedCoverFields.ts): `cut` says where a cell is cut, or null to keep it whole.
 * Both halves keep the cell's line and row; indices are renumbered, and a row lists the first half.
 * The same stream when no cell is cut.
 */
export function cutCells(ts: TokenStream, cut: (t: Token) => CellCut | null): TokenStream {
  // The cuts first: most documents have none, and then the stream is the same one — not a copy of every token.
  const cuts = new Map<number, CellCut>();
  for (const t of ts.tokens) {
    const parts = cut(t);
    if (parts) cuts.set(t.index, parts);
  }
  if (cuts.size === 0) return ts;
  const tokens: Token[] = [];
  const remap = new Map<number, number>();
  for (const t of ts.tokens) {
    remap.set(t.index, tokens.length);
    const parts = cuts.get(t.index);
    if (parts) {
      tokens.push(changed(t, { index: tokens.length, text: parts.label, norm: parts.norm }));
      tokens.push(changed(t, { index: tokens.length, text: parts.value, norm: normalizeLabel(parts.value) }));
    } else tokens.push(changed(t, { index: tokens.length }));
  }
  return { tokens, rows: ts.rows.map((row) => row.map((k) => remap.get(k)!)) };
}

/**
 * The stream with cells joined into others: each token of `joined` (by index) replaced by its joined
 * form, the tokens of `absorbed` (their text now part of a joined one) taken out, indices and rows
 * renumbered. The same stream when nothing was absorbed.
 */
export function joinedInto(ts: TokenStream, joined: ReadonlyMap<number, Token>, absorbed: ReadonlySet<number>): TokenStream {
  if (absorbed.size === 0) return ts;
  const tokens: Token[] = [];
  const remap = new Map<number, number>();
  for (const t of ts.tokens) {
    if (absorbed.has(t.index)) continue;
    remap.set(t.index, tokens.length);
    tokens.push(changed(joined.get(t.index) ?? t, { index: tokens.length }));
  }
  return { tokens, rows: ts.rows.map((row) => row.filter((k) => !absorbed.has(k)).map((k) => remap.get(k)!)) };
}
