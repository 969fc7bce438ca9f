/** Renders a layout as a Word .docx (the `docx` package): landscape pages, tables with merged cells, a cell's lines as paragraphs of it. */
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Layout } from './layout';

export async function renderDocx(layout: Layout): Promise<Uint8Array> {
  const children = layout.blocks.map((b) =>
    b.kind === 'paragraph'
      ? new Paragraph({ text: b.text })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map(
                  (c) =>
                    new TableCell({
                      children: c.text.split('\n').map((text) => new Paragraph({ text })),
                      columnSpan: c.colSpan,
                      rowSpan: c.rowSpan,
                    }),
                ),
              }),
          ),
        }),
  );
  const document = new Document({
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
