/**
 * The neutral layout the renderers draw (版式): a document as blocks — paragraphs, and tables of
 * rows of cells, a cell possibly merged over the cells to its right and below — built from a
 * tab-separated text (a seed, or a generated document). With `merge`, a cell absorbs the empty
 * cells to its right, and a first-column label the empty first-column cells below it, as the
 * published tables merge them; the canonical text a reader writes back is the same either way.
 */
export interface LayoutCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** A table row lists only the cells that start in it (cells covered by a merge above are left out). */
export type LayoutBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: LayoutCell[][] };

export interface Layout {
  blocks: LayoutBlock[];
}

function mergedRows(grid: string[][]): LayoutCell[][] {
  const covered = new Set<string>();
  const rows: LayoutCell[][] = grid.map(() => []);
  grid.forEach((cells, r) => {
    for (let c = 0; c < cells.length; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const text = cells[c]!;
      let rowSpan = 1;
      let colSpan = 1;
      if (text !== '' && c === 0) {
        while (r + rowSpan < grid.length && (grid[r + rowSpan]![0] ?? '') === '' && grid[r + rowSpan]!.length > 1) rowSpan++;
        for (let dr = 1; dr < rowSpan; dr++) covered.add(`${r + dr},0`);
      } else if (text !== '') {
        while (c + colSpan < cells.length && cells[c + colSpan] === '') colSpan++;
      }
      rows[r]!.push({ text, colSpan, rowSpan });
      c += colSpan - 1;
    }
  });
  return rows;
}

/** Lines with tabs are table rows (runs of them one table), other lines paragraphs; blank lines separate. */
export function layoutFromTabbedText(text: string, options: { merge?: boolean } = {}): Layout {
  const blocks: LayoutBlock[] = [];
  let grid: string[][] = [];
  const flush = () => {
    if (grid.length === 0) return;
    blocks.push({
      kind: 'table',
      rows: options.merge ? mergedRows(grid) : grid.map((cells) => cells.map((t) => ({ text: t, colSpan: 1, rowSpan: 1 }))),
    });
    grid = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.includes('\t')) {
      grid.push(line.split('\t').map((c) => c.trim()));
      continue;
    }
    flush();
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  flush();
  return { blocks };
}

/** The number of grid columns of a table. */
export function tableWidth(rows: LayoutCell[][]): number {
  const taken: number[] = [];
  let width = 0;
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while ((taken[c] ?? -1) >= r) c++;
      for (let dc = 0; dc < cell.colSpan; dc++) taken[c + dc] = r + cell.rowSpan - 1;
      c += cell.colSpan;
    }
    width = Math.max(width, c);
  });
  return width;
}

/** Each cell with its grid row and column. */
export function placed(rows: LayoutCell[][]): { cell: LayoutCell; row: number; col: number }[] {
  const taken: number[] = [];
  const out: { cell: LayoutCell; row: number; col: number }[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while ((taken[c] ?? -1) >= r) c++;
      for (let dc = 0; dc < cell.colSpan; dc++) taken[c + dc] = r + cell.rowSpan - 1;
      out.push({ cell, row: r, col: c });
      c += cell.colSpan;
    }
  });
  return out;
}
