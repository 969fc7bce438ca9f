/**
 * Structure checks of a tab-separated document, on its rows rather than on what was read from
 * them. Converters write every row of a table page with the same number of cells (merged cells
 * leave empty ones), so:
 * - a table row with more or fewer cells than the rows around it lost or gained a cell (a tab
 *   deleted or inserted, two rows joined, a row split), and its cells may have shifted column;
 * - a table title with no table after it is a table lost (a document cut, a 项目名称 row damaged).
 * Each finding is a warning at its line; nothing read is changed.
 */
import type { LineSpan } from '../../templates/parsed';
import { isTitleLine } from './context';
import { isRuleRow, type Row, type Sink } from './rows';
import { compact } from '../../tables/cellText';

/** A table-of-contents row: "一、部门（单位）整体绩效自评表 ⇥ - 5 -". */
export function isContentsRow(row: Row): boolean {
  const cells = row.cells.filter((c) => c !== '');
  return cells.length === 2 && /^[-—]?\s*\d{1,3}\s*[-—]?$/.test(cells[1]!.trim());
}

/**
 * Within each run of consecutive tab rows (a table page) of at least three rows, the number of
 * cells most rows have; rows that differ are reported.
 */
function checkCellCounts(rows: Row[], inTable: (line: number) => boolean, sink: Sink): void {
  let run: Row[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const counts = new Map<number, number>();
      for (const r of run) counts.set(r.rawCells.length, (counts.get(r.rawCells.length) ?? 0) + 1);
      const [usual, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      if (n * 2 > run.length)
        for (const r of run)
          if (r.rawCells.length !== usual && inTable(r.line))
            sink.warn(
              r.line,
              r.raw,
              `table row with ${r.rawCells.length} cells where the rows around it have ${usual}: a cell lost or added (a tab deleted or inserted, rows joined or split), its cells may have shifted column`,
            );
    }
    run = [];
  };
  for (const r of rows) {
    if (r.isTab && !r.blank && !isRuleRow(r)) run.push(r);
    else flush();
  }
  flush();
}

export function checkTabularStructure(rows: Row[], tables: LineSpan[], sink: Sink): void {
  const inTable = (line: number) => tables.some((t) => line >= t.start && line <= t.end);
  checkCellCounts(rows, inTable, sink);
  rows.forEach((r, i) => {
    if (!isTitleLine(r) || inTable(r.line) || compact(r.cells[0] ?? '').startsWith('附件')) return;
    const next = rows.slice(i + 1).find((x) => !x.blank);
    if (next && isTitleLine(next) && inTable(next.line)) return; // a section heading above the table's own title
    sink.warn(r.line, r.raw, "table title with no table read after it (a document cut short, or the table's first row damaged)");
  });
}
