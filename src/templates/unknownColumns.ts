/**
 * Columns no template describes (a form's own 指标编码 between 三级指标 and 年度指标值, a 资金到位数
 * beside 全年执行数): in a table whose rows and columns are known (grid rows from a web page, a Word
 * table, a spreadsheet, tab-separated text, a ruled PDF), a header row of labels only — template
 * labels, at least two for each one no template knows (words, not a figure or a placeholder) — has
 * the unknown label's column taken out of the header and of the rows of its block, each cell taken
 * out reported with its line (read, not kept). The template then reads the table as its own form
 * instead of refusing it for a header it does not know. Two blocks have such a header:
 *
 * - the indicators: a header holding 三级指标, the unknown label after it; its block runs to the
 *   总分 / 合计 row or the table's end;
 * - the funding: a header holding three column labels of a funding block (年初预算数 / 全年预算数 /
 *   全年执行数 …), the unknown label after the first; its block is the rows under it that hold a
 *   figure or a funding row's label (年度资金总额, 其中：…, 上年结转资金 …).
 *
 * Rows whose empty cells may have been lost (cells told apart by spaces) keep their cells: there a
 * cell's column is not certain; so does a row with a cell merged across the column. A label some
 * template knows is left to the templates, and so is a cell a reader took for a garbled label.
 */
import type { Block, Table, TableCell, TableRow } from '../tables/model';
import { isLabelShaped, isPlaceholder, LabelSet, normalizeLabel } from './labels';
import type { Unread } from './parsed';

/** What tells the headers and their blocks: every template's labels, and those of the funding blocks' columns and rows. */
export interface KnownLabels {
  all: LabelSet;
  fundingColumns: LabelSet;
  fundingRows: LabelSet;
}

const NAME_COLUMN = new LabelSet(['三级指标']);
const TOTAL = new LabelSet(['总分', '合计']);

/** The blocks with the unknown columns taken out, and the cells taken out. */
export function dropUnknownColumns(blocks: Block[], known: KnownLabels): { blocks: Block[]; dropped: Unread[] } {
  const dropped: Unread[] = [];
  const out = blocks.map((block): Block => {
    if (block.kind !== 'table' || block.table.shape !== 'grid') return block;
    const table = withoutUnknownColumns(block.table, known, dropped);
    return table === block.table ? block : { kind: 'table', table };
  });
  return dropped.length === 0 ? { blocks, dropped } : { blocks: out, dropped };
}

/** A header row's block: where its labels start, and whether a row under it is still in the block (after which it ends). */
interface HeaderKind {
  from: number;
  /** Whether the row belongs to the block; `last`: it does, and ends it. */
  holds: (row: TableRow) => 'in' | 'last' | 'out';
}

function headerKind(row: TableRow, known: KnownLabels): HeaderKind | null {
  const norms = row.cells.map((c) => c.label ?? normalizeLabel(c.text));
  const name = norms.findIndex((n) => NAME_COLUMN.has(n));
  if (name >= 0) return { from: name + 1, holds: (r) => (r.cells.some((c) => TOTAL.has(normalizeLabel(c.text))) ? 'last' : 'in') };
  const funding = norms.flatMap((n, k) => (known.fundingColumns.has(n) ? [k] : []));
  if (funding.length >= 3)
    return {
      from: funding[0]! + 1,
      holds: (r) => (r.cells.some((c) => /\d/.test(c.text) || known.fundingRows.has(normalizeLabel(c.text))) ? 'in' : 'out'),
    };
  return null;
}

function withoutUnknownColumns(table: Table, known: KnownLabels, dropped: Unread[]): Table {
  let rows: TableRow[] | null = null;
  for (let h = 0; h < table.rows.length; h++) {
    const header = table.rows[h]!;
    if (header.blanksLost) continue;
    const kind = headerKind(header, known);
    if (!kind) continue;
    // A header row, its cells after the first column label labels only (a row that runs on into
    // the block's cells is none); a cell a reader took for a garbled label (TableCell.label) is that label.
    const after = header.cells.slice(kind.from).filter((c) => c.text.trim() !== '');
    const unknown = after.filter((c) => c.label === undefined && isUnknownLabel(c.text, known.all));
    const labels = after.filter((c) => c.label !== undefined || known.all.has(normalizeLabel(c.text)));
    if (unknown.length === 0 || unknown.length + labels.length < after.length || labels.length < 2 * unknown.length) continue;
    const columns = new Set(unknown.flatMap((c) => Array.from({ length: c.colSpan }, (_, k) => c.col + k)));
    rows ??= [...table.rows];
    rows[h] = without(header, unknown);
    for (const c of unknown)
      dropped.push({
        line: c.at.line,
        text: c.text,
        reason: `「${c.text}」, a column no template describes: its cells are read, not kept`,
      });
    const names = unknown.map((u) => u.text).join(' / ');
    for (let k = h + 1; k < rows.length; k++) {
      const row = rows[k]!;
      const place = kind.holds(row);
      if (row.blanksLost || place === 'out') break;
      const under = row.cells.filter((c) => columns.has(c.col) && c.colSpan === 1);
      // A cell merged across the column: the row is left as written (the template reports it if it does not fit).
      const across = row.cells.some((c) => c.colSpan > 1 && [...columns].some((col) => col >= c.col && col < c.col + c.colSpan));
      if (!across && under.length > 0) {
        rows[k] = without(row, under);
        for (const c of under)
          // (A blank or a placeholder, 「/」「—」, says nothing: taking it out loses nothing.)
          if (!isPlaceholder(c.text))
            dropped.push({
              line: c.at.line,
              text: c.text,
              reason: `「${c.text}」 under 「${names}」, a column no template describes: read, not kept`,
            });
      }
      if (place === 'last') break;
    }
  }
  return rows ? { ...table, rows } : table;
}

/** A header cell no template knows: words (not a figure, not a placeholder) that are no label. */
function isUnknownLabel(text: string, known: LabelSet): boolean {
  const norm = normalizeLabel(text);
  return !isPlaceholder(text) && isLabelShaped(norm) && !known.has(norm);
}

function without(row: TableRow, cells: TableCell[]): TableRow {
  return { ...row, cells: row.cells.filter((c) => !cells.includes(c)) };
}
