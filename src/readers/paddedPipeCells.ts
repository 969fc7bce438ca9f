/**
 * A table extracted one cell per line, each cell closed by a pipe (a lone `|` an empty cell), where
 * the converter ends a row shorter than the table with a line of pipes, one for each cell it lacks
 * (濉溪 `项目名称 |` `临时救助 |` `|` `|` `|||||`: four cells and five pipes make a row of nine). A
 * row as wide as the table has no such line: its end is where its cells reach the width. So each run
 * of cells between two pipe lines is whole rows, the last of them padded, and together with its
 * pipes a multiple of the width — the width being the narrowest such run (`||` after a row of seven:
 * nine). Where every run agrees, the cells are cut into rows; a padded row's cells are in order but
 * where its missing cells stood it does not say (blanksLost). Cells after the last pipe line are
 * whole rows as far as they go, the last one cut off where the text ends.
 */
import type { TableCell, TableRow } from '../tables/model';

/** A line of pipes after the cell `after` (the number of cells before it): `count` cells the row lacks. */
export interface PipePadding {
  after: number;
  count: number;
}

/** The rows of `cells`, cut at the paddings and the table's width; null where the runs do not agree on one width. */
export function paddedPipeRows(cells: readonly TableCell[], paddings: readonly PipePadding[]): TableRow[] | null {
  if (paddings.length < 2) return null;
  const runs: { from: number; to: number; pad: number }[] = [];
  let from = 0;
  for (const p of paddings) {
    runs.push({ from, to: p.after, pad: p.count });
    from = p.after;
  }
  const totals = runs.map((r) => r.to - r.from + r.pad);
  const width = Math.min(...totals);
  if (width < 2 || totals.filter((t) => t === width).length < 2 || totals.some((t) => t % width !== 0)) return null;
  const rows: TableRow[] = [];
  const push = (slice: readonly TableCell[], blanksLost: boolean) => {
    if (slice.length === 0) return;
    const row = rows.length;
    rows.push({
      line: slice[0]!.at.line,
      cells: slice.map((c, col) => ({ ...c, row, col })),
      closed: true,
      ...(blanksLost ? { blanksLost: true } : {}),
    });
  };
  const wholeRows = (a: number, b: number) => {
    for (; a + width <= b; a += width) push(cells.slice(a, a + width), false);
    return a;
  };
  for (const r of runs) push(cells.slice(wholeRows(r.from, r.to), r.to), true);
  push(cells.slice(wholeRows(from, cells.length)), false);
  return rows;
}
