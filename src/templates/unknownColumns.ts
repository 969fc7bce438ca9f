/**
 * Indicator columns no template describes (a form's own 指标编码 or 指标来源 column between 三级指标 and
 * 年度指标值): in a table whose rows and columns are known (grid rows from a web page, a Word table,
 * a spreadsheet, tab-separated text), a header row that holds 三级指标 and, after it, labels only —
 * template labels, at least two for each one no template knows (words, not a figure or a
 * placeholder) — has the unknown label's column taken out of the header and
 * of every row under it, up to the block's 总分 / 合计 row or the table's end, each cell taken out
 * reported with its line (read, not kept). The template then reads the table as its own form
 * instead of refusing it for a header it does not know. Rows whose empty cells may have been lost
 * (cells told apart by spaces) keep their cells: there a cell's column is not certain. A label some
 * template knows is left to the templates, and so is a cell merged across the column.
 */
import type { Block, Table, TableCell, TableRow } from '../tables/model';
import { isPlaceholder, LabelSet, normalizeLabel } from './labels';
import type { Unread } from './parsed';

const NAME_COLUMN = new LabelSet(['三级指标']);
const TOTAL = new LabelSet(['总分', '合计']);

/** The blocks with the unknown columns taken out, and the cells taken out. */
export function dropUnknownColumns(blocks: Block[], known: LabelSet): { blocks: Block[]; dropped: Unread[] } {
  const dropped: Unread[] = [];
  const out = blocks.map((block): Block => {
    if (block.kind !== 'table' || block.table.shape !== 'grid') return block;
    const table = withoutUnknownColumns(block.table, known, dropped);
    return table === block.table ? block : { kind: 'table', table };
  });
  return dropped.length === 0 ? { blocks, dropped } : { blocks: out, dropped };
}

function withoutUnknownColumns(table: Table, known: LabelSet, dropped: Unread[]): Table {
  let rows: TableRow[] | null = null;
  for (let h = 0; h < table.rows.length; h++) {
    const header = table.rows[h]!;
    if (header.blanksLost) continue;
    const name = header.cells.findIndex((c) => NAME_COLUMN.has(normalizeLabel(c.text)));
    if (name < 0) continue;
    // A header row, its cells after 三级指标 labels only (a row that runs on into the indicators' cells is none);
    // a cell a reader took for a garbled label (TableCell.label) is that label.
    const after = header.cells.slice(name + 1).filter((c) => c.text.trim() !== '');
    const unknown = after.filter((c) => c.label === undefined && isUnknownLabel(c.text, known));
    const labels = after.filter((c) => c.label !== undefined || known.has(normalizeLabel(c.text)));
    if (unknown.length === 0 || unknown.length + labels.length < after.length || labels.length < 2 * unknown.length) continue;
    const columns = new Set(unknown.flatMap((c) => Array.from({ length: c.colSpan }, (_, k) => c.col + k)));
    rows ??= [...table.rows];
    rows[h] = without(header, unknown);
    for (const c of unknown)
      dropped.push({ line: c.at.line, text: c.text, reason: 'an indicator column no template describes: its cells are read, not kept' });
    for (let k = h + 1; k < rows.length; k++) {
      const row = rows[k]!;
      if (row.blanksLost) break;
      const under = row.cells.filter((c) => columns.has(c.col) && c.colSpan === 1);
      // A cell merged across the column: the row is left as written (the template reports it if it does not fit).
      const across = row.cells.some((c) => c.colSpan > 1 && [...columns].some((col) => col >= c.col && col < c.col + c.colSpan));
      if (!across && under.length > 0) {
        rows[k] = without(row, under);
        for (const c of under)
          if (c.text.trim() !== '')
            dropped.push({
              line: c.at.line,
              text: c.text,
              reason: `under 「${unknown.map((u) => u.text).join(' / ')}」, a column no template describes: read, not kept`,
            });
      }
      if (row.cells.some((c) => TOTAL.has(normalizeLabel(c.text)))) break;
    }
  }
  return rows ? { ...table, rows } : table;
}

/** A header cell no template knows: words (not a figure, not a placeholder) that are no label. */
function isUnknownLabel(text: string, known: LabelSet): boolean {
  const norm = normalizeLabel(text);
  return norm !== '' && !isPlaceholder(text) && /\p{Script=Han}/u.test(norm) && !/\d/.test(norm) && !known.has(norm);
}

function without(row: TableRow, cells: TableCell[]): TableRow {
  return { ...row, cells: row.cells.filter((c) => !cells.includes(c)) };
}
