/**
 * Renders a layout as plain text: tab-separated rows, or one cell per line (as PDFs and web pages
 * are often extracted), or comma-separated values (as a sheet is exported).
 */
import { placed, tableWidth, type Layout, type LayoutCell } from './layout';

/** A table's rows as `width` places each, a merged cell's text in its first place only. */
function grid(rows: LayoutCell[][], width: number): string[][] {
  const places = rows.map(() => Array.from({ length: width }, () => ''));
  for (const { cell, row, col } of placed(rows)) places[row]![col] = cell.text;
  return places;
}

/** Tab-separated rows, each as wide as its table; a blank line between blocks. */
export function renderTabbed(layout: Layout): string {
  const blocks = layout.blocks.map((b) =>
    b.kind === 'paragraph'
      ? b.text
      : grid(b.rows, tableWidth(b.rows))
          .map((cells) => cells.join('\t'))
          .join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Comma-separated values, as a sheet holding the layout is exported (CSV): every row as wide as the
 * widest table, a paragraph in its first field, an empty row between blocks, a merged cell's text in
 * its first place only; a field quoted where it holds a comma, a quote or a line break.
 */
export function renderCsv(layout: Layout): string {
  const width = Math.max(1, ...layout.blocks.map((b) => (b.kind === 'table' ? tableWidth(b.rows) : 1)));
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const row = (cells: string[]) => Array.from({ length: width }, (_, k) => field(cells[k] ?? '')).join(',');
  const rows: string[] = [];
  layout.blocks.forEach((b, k) => {
    if (k > 0) rows.push(row([]));
    if (b.kind === 'paragraph') {
      rows.push(row([b.text]));
      return;
    }
    rows.push(...grid(b.rows, width).map(row));
  });
  return `${rows.join('\r\n')}\r\n`;
}

/** One non-empty cell per line; a blank line between blocks. */
export function renderLineBroken(layout: Layout): string {
  const blocks = layout.blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.rows.flatMap((cells) => cells.map((c) => c.text).filter((t) => t !== '')).join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
