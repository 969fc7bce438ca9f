/** Renders a layout as plain text: tab-separated rows, or one cell per line (as PDFs and web pages are often extracted). */
import { placed, tableWidth, type Layout } from './layout';

/** Tab-separated rows, each as wide as its table; a blank line between blocks. */
export function renderTabbed(layout: Layout): string {
  const blocks = layout.blocks.map((b) => {
    if (b.kind === 'paragraph') return b.text;
    const width = tableWidth(b.rows);
    const grid = b.rows.map(() => Array.from({ length: width }, () => ''));
    for (const { cell, row, col } of placed(b.rows)) grid[row]![col] = cell.text;
    return grid.map((cells) => cells.join('\t')).join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** One non-empty cell per line; a blank line between blocks. */
export function renderLineBroken(layout: Layout): string {
  const blocks = layout.blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.rows.flatMap((cells) => cells.map((c) => c.text).filter((t) => t !== '')).join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
