/**
 * A table's header rows drawn again at the top of the next page it runs on to (Word's 标题行重复,
 * w:tblHeader; a spreadsheet's 顶端标题行): the part of the table on that page starts with the rows
 * the table starts with — the same texts in cells with the same borders. They are the header again,
 * not rows of the table: read as rows, a project's 项目名称 row in the middle of its indicator rows
 * cut the project in two. Only whole rows are taken out (no cell of them reaching a row below), and
 * never the part's every row.
 */
import { TOLERANCE, type LatticeTable } from './pdfLattice';

interface HeadCell {
  row: number;
  left: number;
  right: number;
  text: string;
}

/**
 * The cells with text of a table's first `rows` rows, each with its borders, where no cell of them
 * reaches below; null where one does. (Empty cells are not compared: a part's empty cells are cut
 * by the column borders its own rows draw.)
 */
function headRows(table: LatticeTable, rows: number): HeadCell[] | null {
  const head = table.cells.filter((c) => c.row < rows);
  if (head.some((c) => c.row + c.rowSpan > rows)) return null;
  return head
    .filter((c) => c.text !== '')
    .map((c) => ({ row: c.row, left: table.columns[c.col]!, right: table.columns[c.col + c.colSpan]!, text: c.text }))
    .sort((a, b) => a.row - b.row || a.left - b.left);
}

const same = (a: HeadCell, b: HeadCell) =>
  a.row === b.row && a.text === b.text && Math.abs(a.left - b.left) <= 2 * TOLERANCE && Math.abs(a.right - b.right) <= 2 * TOLERANCE;

/** The part of a table on a later page without the rows at its head that repeat the table's first rows (`first`: its part on its first page). */
export function withoutRepeatedHeader(first: LatticeTable, part: LatticeTable): LatticeTable {
  let repeated = 0;
  for (let rows = 1; rows < part.rowCount && rows <= first.rowCount; rows++) {
    const a = headRows(first, rows);
    const b = headRows(part, rows);
    if (a === null || b === null) continue;
    if (a.length !== b.length || a.some((cell, k) => !same(cell, b[k]!))) break;
    if (b.length > 0) repeated = rows;
  }
  if (repeated === 0) return part;
  return {
    ...part,
    rowCount: part.rowCount - repeated,
    cells: part.cells.filter((c) => c.row >= repeated).map((c) => ({ ...c, row: c.row - repeated })),
  };
}
