/**
 * A row cut off by the end of the text (an excerpt that stops inside a table): where its cells
 * are known by position (a pipe row, `| 滿意度 | ≥ | 95 | % | 95 | 10.00 |`) and its line closes
 * its last cell with the separator, every cell written is whole and stands in its own column — the
 * columns after it were never written. Such a row is read as far as it goes, its remaining columns
 * blank. A row that goes on after it, a line not closed (its last cell may be cut: `| 10.0`), or a
 * row of cells told apart by spaces (an empty cell may have been anywhere) is not.
 */
import type { Token } from './tokens';

/**
 * The row's cells padded with blanks to `width`, when it is the last thing written (`rest`: every
 * token after it) and cut off as above; null otherwise.
 */
export function cutOffRowCells(cells: Token[], width: number, rest: Token[]): Token[] | null {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.norm === '') n--;
  const last = cells.at(-1);
  if (!last || n === 0 || n >= width || !last.closed || last.row === null) return null;
  if (cells.some((c) => c.blanksLost) || rest.some((t) => t.norm !== '')) return null;
  // Blank cells for the columns never written (the last cell's index: nothing new is marked used).
  const blank = (): Token => ({ ...last, text: '', norm: '', closed: false });
  return [...cells, ...Array.from({ length: width - cells.length }, blank)];
}
