/**
 * Row ends of a .doc table found in its extracted text. word-extractor writes a cell's end mark as
 * a tab and turns a row's end mark into a line break only where it finds the row's
 * table-terminating paragraph property; in tables with vertically merged cells (as LibreOffice
 * writes them) it often does not, and the row end stays a tab: several rows arrive on one line,
 * each row's cells followed by one empty "cell" (the row end), e.g.
 * `绩效指标 一级指标 … 未完成原因分析 ‹› ‹› 产出指标 数量指标 … 无 ‹› ‹› ‹› 质量指标 …`.
 *
 * A Word row holds every cell of its table row (a vertically merged cell is there, empty, in each
 * row it covers), so the rows of such a line are equally wide: the line is split into rows of
 * `width` cells, each followed by an empty row end, where `width` is the first one for which every
 * row end falls on an empty cell (the last row, ended by the line break, may be shorter). A header
 * row whose cells are merged across columns (预期指标值 over three columns: one cell) is narrower
 * than the rows under it: the line's first row may be the cells up to one of its first empty cells,
 * the rest split as above into four whole rows or more (the last as wide as the others) — taken
 * where the whole line splits into no more than three rows (a wide width may fit two by chance). A
 * line no width fits that way (two rows are too few to show it) is split at the width of a row beside it in its table
 * (`beside`: the widths of the rows on the lines before and after it), where every row, the last
 * too, is that wide and ended by an empty cell: two rows of six glued as thirteen cells under rows
 * of six. A line for which no width fits is left as it is, one row.
 */
export function splitGluedRows(cells: string[], beside: readonly number[] = []): string[][] {
  const whole = equalRows(cells);
  // Two rows of a wide width may fit by chance; four rows or more of a narrower one under a first row do not.
  if (whole && whole.length > 3) return whole;
  // A narrower first row: its end is one of the first empty cells after two cells or more. The rows
  // under it must end the line whole (as wide as the others: a row shorter than its neighbours would
  // shift the ones after it, the misfit hidden in a short last row).
  for (let end = 2; end < Math.min(cells.length, 64); end++) {
    if (cells[end] !== '') continue;
    const rest = equalRows(cells.slice(end + 1));
    if (rest && rest.length >= 4 && rest.at(-1)!.length === rest[0]!.length) return [cells.slice(0, end), ...rest];
  }
  if (whole) return whole;
  // Rows as wide as the table's rows beside the line: the width is known, not guessed from the line.
  for (const width of beside) {
    const count = (cells.length + 1) / (width + 1);
    if (width < 2 || !Number.isInteger(count) || count < 2) continue;
    const ends = Array.from({ length: count - 1 }, (_, k) => (k + 1) * (width + 1) - 1);
    if (ends.every((end) => cells[end] === ''))
      return Array.from({ length: count }, (_, k) => cells.slice(k * (width + 1), k * (width + 1) + width));
  }
  return [cells];
}

/** The cells as rows of one width, each followed by an empty row end (the last may be shorter); null when no width fits. */
function equalRows(cells: string[]): string[][] | null {
  for (let width = 2; 2 * width + 1 < cells.length; width++) {
    // The first row's end must be an empty cell, right after its cells.
    if (cells[width] !== '') continue;
    const rows: string[][] = [];
    let at = 0;
    let fits = true;
    while (cells.length - at > width) {
      if (cells[at + width] !== '') {
        fits = false;
        break;
      }
      rows.push(cells.slice(at, at + width));
      at += width + 1;
    }
    if (!fits || rows.length < 2) continue;
    if (at < cells.length) rows.push(cells.slice(at));
    return rows;
  }
  return null;
}
