/**
 * Renders a layout as a PDF (pdfkit) with a text layer, as an office suite lays a form out: A4
 * landscape pages, a small CJK font (WenQuanYi Micro Hei, Debian's fonts-wqy-microhei), every
 * cell bordered (empty and merged ones too). Columns are as wide as their texts up to a cap and
 * together no wider than the page, so a long goal or indicator name wraps onto several lines inside
 * its cell and the row grows to hold it; a text sits in the middle of its cell's height. A row that
 * does not fit the rest of a page starts the next one (a table runs on over pages; a merged cell
 * that crosses the break is drawn on both, its text on the first). With `repeatedHeader`, a table's
 * first rows are drawn again at the top of every page it runs on to (Word's 标题行重复, w:tblHeader).
 *
 * Lines break after a Chinese character or full-width sign, or at a space between two Latin words
 * or figures (the space goes); never inside a word or figure — one longer than its cell runs over
 * its border, as office suites let it — so that joining a cell's lines as the reader does
 * (src/readers/pdfLattice.ts) gives back its text.
 */
import fs from 'node:fs';
import { WIDE } from '../../readers/wide';
import { placed, tableWidth, type Layout, type LayoutCell } from './layout';

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
/** Baseline to baseline inside a cell. */
const LEADING = 9;
/** Space between a cell's border and its text. */
const PAD = 3;
const MARGIN = 30;
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
/** The widest a column is made for its texts (a longer text wraps), and the narrowest. */
const MAX_COLUMN = 170;
const MIN_COLUMN = 6 * SIZE;

/** A text broken into lines no wider than `room` where it may break (see the module's comment). */
export function wrapText(text: string, room: number, width: (s: string) => number): string[] {
  // A line break written in the text starts a line of its own.
  if (text.includes('\n')) return text.split('\n').flatMap((line) => wrapText(line, room, width));
  const lines: string[] = [];
  let rest = text.trim();
  while (rest !== '' && width(rest) > room) {
    // The longest head that fits and ends where a line may end.
    let cut = -1;
    for (let i = 1; i < rest.length; i++) {
      const before = rest[i - 1]!;
      const after = rest[i]!;
      const breakable = (WIDE.test(before) && after !== ' ') || (after === ' ' && !WIDE.test(before) && !WIDE.test(rest[i + 1] ?? ' '));
      if (!breakable) continue;
      if (width(rest.slice(0, i)) > room) break;
      cut = i;
    }
    if (cut < 0) {
      // Nothing fits: the first piece that can stand alone, over the border.
      for (let i = 1; i < rest.length && cut < 0; i++) {
        const before = rest[i - 1]!;
        const after = rest[i]!;
        if ((WIDE.test(before) && after !== ' ') || (after === ' ' && !WIDE.test(before) && !WIDE.test(rest[i + 1] ?? ' '))) cut = i;
      }
      if (cut < 0) break;
    }
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  if (rest !== '') lines.push(rest);
  return lines;
}

/** Column widths: each as wide as its single-column texts need up to the cap, all of them at most the page's width. */
function columnWidths(rows: LayoutCell[][], width: (s: string) => number): number[] {
  const widths = Array.from({ length: tableWidth(rows) }, () => MIN_COLUMN);
  for (const { cell, col } of placed(rows))
    if (cell.colSpan === 1) widths[col] = Math.min(MAX_COLUMN, Math.max(widths[col]!, width(cell.text) + 2 * PAD));
  const room = PAGE_WIDTH - 2 * MARGIN;
  const total = widths.reduce((a, b) => a + b, 0);
  return total > room ? widths.map((w) => (w * room) / total) : widths;
}

export async function renderPdf(layout: Layout, options: { repeatedHeader?: number } = {}): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, compress: true, info: { Title: '绩效自评表' } });
  const font = cjkFontFile();
  doc.registerFont('cjk', font, font.endsWith('.ttc') ? 'WenQuanYiMicroHei' : undefined);
  doc.font('cjk').fontSize(SIZE);
  const width = (s: string) => doc.widthOfString(s);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const bottom = PAGE_HEIGHT - MARGIN;
  let y = Infinity;
  const newPage = () => {
    doc.addPage({ size: [PAGE_WIDTH, PAGE_HEIGHT], margin: 0 });
    doc.font('cjk').fontSize(SIZE);
    y = MARGIN;
  };
  const write = (lines: string[], x: number, top: number) =>
    lines.forEach((line, k) => doc.text(line, x, top + k * LEADING, { lineBreak: false }));

  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') {
      const lines = wrapText(b.text, PAGE_WIDTH - 2 * MARGIN, width);
      if (y + lines.length * LEADING > bottom) newPage();
      write(lines, MARGIN, y);
      y += (lines.length + 1) * LEADING;
      continue;
    }
    const widths = columnWidths(b.rows, width);
    const xs = [MARGIN];
    for (const w of widths) xs.push(xs[xs.length - 1]! + w);
    const cells = placed(b.rows).map((p) => ({
      ...p,
      lines: wrapText(p.cell.text, xs[p.col + p.cell.colSpan]! - xs[p.col]! - 2 * PAD, width),
    }));
    // Row heights: each row holds its own cells' lines; a merged cell's lines grow the last row it spans.
    const heights = b.rows.map(() => LEADING + 2 * PAD);
    for (const c of cells.filter((c) => c.cell.rowSpan === 1))
      heights[c.row] = Math.max(heights[c.row]!, c.lines.length * LEADING + 2 * PAD);
    for (const c of cells.filter((c) => c.cell.rowSpan > 1)) {
      const spanned = heights.slice(c.row, c.row + c.cell.rowSpan).reduce((a, h) => a + h, 0);
      const need = c.lines.length * LEADING + 2 * PAD - spanned;
      if (need > 0) heights[c.row + c.cell.rowSpan - 1]! += need;
    }
    // Rows on pages: a row that does not fit the rest of a page starts the next.
    const tops: { page: number; y: number }[] = [];
    // The header rows drawn again at a page's top: where, on each page after the first.
    const repeated = Math.min(options.repeatedHeader ?? 0, b.rows.length);
    const headerTops = new Map<number, number>();
    let pages = 0;
    if (y + heights[0]! > bottom) newPage();
    for (let r = 0; r < b.rows.length; r++) {
      if (r > 0 && y + heights[r]! > bottom) {
        newPage();
        pages++;
        if (r >= repeated && repeated > 0) {
          headerTops.set(pages, y);
          y += heights.slice(0, repeated).reduce((a, h) => a + h, 0);
        }
      }
      tops.push({ page: pages, y });
      y += heights[r]!;
    }
    y += LEADING;
    // Drawn page by page (the pages are buffered): each cell's part on every page it stands on.
    const range = doc.bufferedPageRange();
    const first = range.start + range.count - 1 - pages;
    for (let p = 0; p <= pages; p++) {
      doc.switchToPage(first + p);
      for (const c of cells) {
        const rows = Array.from({ length: c.cell.rowSpan }, (_, k) => c.row + k).filter((r) => tops[r]!.page === p);
        if (rows.length === 0) continue;
        const top = tops[rows[0]!]!.y;
        const height = rows.reduce((a, r) => a + heights[r]!, 0);
        const left = xs[c.col]!;
        doc
          .rect(left, top, xs[c.col + c.cell.colSpan]! - left, height)
          .lineWidth(0.5)
          .stroke();
        // The text in the middle of the part where the cell starts.
        if (rows[0] === c.row) write(c.lines, left + PAD, top + (height - c.lines.length * LEADING) / 2 + 1);
      }
      const headerTop = headerTops.get(p);
      if (headerTop !== undefined)
        for (const c of cells.filter((c) => c.row + c.cell.rowSpan <= repeated)) {
          const top = headerTop + heights.slice(0, c.row).reduce((a, h) => a + h, 0);
          const height = heights.slice(c.row, c.row + c.cell.rowSpan).reduce((a, h) => a + h, 0);
          const left = xs[c.col]!;
          doc
            .rect(left, top, xs[c.col + c.cell.colSpan]! - left, height)
            .lineWidth(0.5)
            .stroke();
          write(c.lines, left + PAD, top + (height - c.lines.length * LEADING) / 2 + 1);
        }
    }
  }
  if (layout.blocks.length === 0) newPage();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
