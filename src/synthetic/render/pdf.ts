/**
 * Renders a layout as a PDF (pdfkit) with a text layer: landscape pages, a small CJK font
 * (WenQuanYi Micro Hei, Debian's fonts-wqy-microhei), every cell on one line — a page is made as
 * wide as its widest table needs, so nothing wraps and a reader never has to guess rows. Columns
 * are left-aligned at fixed places, every cell bordered (empty and merged ones too); a table that does not fit the rest of a page starts a new one
 * (and runs on to the next page when longer than a page).
 */
import fs from 'node:fs';
import { placed, tableWidth, type Layout } from './layout';

const FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
  '/usr/local/share/fonts/wqy-microhei.ttc',
];

/** The CJK font file: JIXIAO_CJK_FONT, else where Debian and Fedora install WenQuanYi Micro Hei. */
export function cjkFontFile(): string {
  const candidates = [process.env.JIXIAO_CJK_FONT, ...FONT_FILES].filter((f): f is string => !!f);
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found)
    throw new Error(
      `no CJK font for rendering PDFs: looked for ${candidates.join(', ')}. Install it (apt-get install -y fonts-wqy-microhei) or set JIXIAO_CJK_FONT to a .ttf/.ttc file`,
    );
  return found;
}

const SIZE = 7;
const PITCH = 11;
const GAP = 10;
const MARGIN = 30;
const PAGE_HEIGHT = 595.28;
const MIN_WIDTH = 841.89;

export async function renderPdf(layout: Layout): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { Title: '绩效自评表' } });
  const font = cjkFontFile();
  doc.registerFont('cjk', font, font.endsWith('.ttc') ? 'WenQuanYiMicroHei' : undefined);
  doc.font('cjk').fontSize(SIZE);
  const width = (s: string) => doc.widthOfString(s);

  // Column places of every table; the page width the widest block needs.
  const columns = layout.blocks.map((b) => {
    if (b.kind === 'paragraph') return [MARGIN, MARGIN + width(b.text)];
    const widths = Array.from({ length: tableWidth(b.rows) }, () => 0);
    const cells = placed(b.rows);
    for (const { cell, col } of cells) if (cell.colSpan === 1) widths[col] = Math.max(widths[col]!, width(cell.text));
    for (const { cell, col } of cells) {
      if (cell.colSpan === 1) continue;
      let room = (cell.colSpan - 1) * GAP;
      for (let c = col; c < col + cell.colSpan; c++) room += widths[c]!;
      const need = width(cell.text) - room;
      if (need > 0) widths[col + cell.colSpan - 1]! += need;
    }
    const xs = [MARGIN];
    for (const w of widths) xs.push(xs[xs.length - 1]! + w + GAP);
    return xs;
  });
  const pageWidth = Math.max(MIN_WIDTH, ...columns.map((xs) => xs[xs.length - 1]! + MARGIN));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let y = Infinity;
  const bottom = PAGE_HEIGHT - MARGIN;
  const newPage = () => {
    doc.addPage({ size: [pageWidth, PAGE_HEIGHT], margin: 0 });
    doc.font('cjk').fontSize(SIZE);
    y = MARGIN;
  };
  layout.blocks.forEach((b, i) => {
    const rows = b.kind === 'paragraph' ? 1 : b.rows.length;
    const rowsPerPage = Math.floor((bottom - MARGIN) / PITCH);
    if (y + Math.min(rows, rowsPerPage) * PITCH > bottom) newPage();
    if (b.kind === 'paragraph') {
      doc.text(b.text, MARGIN, y, { lineBreak: false });
      y += 2 * PITCH;
      return;
    }
    const xs = columns[i]!;
    const cells = placed(b.rows);
    for (let r = 0; r < b.rows.length; r++) {
      if (y + PITCH > bottom) newPage();
      for (const { cell, col } of cells.filter((c) => c.row === r)) {
        if (cell.text !== '') doc.text(cell.text, xs[col]!, y, { lineBreak: false });
        // Its border, over the rows it spans that are on this page.
        const rows = Math.min(cell.rowSpan, Math.max(1, Math.floor((bottom - y) / PITCH)));
        const left = xs[col]! - GAP / 2;
        doc
          .rect(left, y - 2, xs[col + cell.colSpan]! - GAP / 2 - left, rows * PITCH)
          .lineWidth(0.5)
          .stroke();
      }
      y += PITCH;
    }
    y += PITCH;
  });
  if (layout.blocks.length === 0) newPage();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
