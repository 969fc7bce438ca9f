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
 * row end falls on an empty cell (the last row, ended by the line break, may be shorter). A line
 * for which no width fits is left as it is, one row.
 */
export function splitGluedRows(cells: string[]): string[][] {
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
  return [cells];
}
