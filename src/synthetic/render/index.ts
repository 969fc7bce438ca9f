/**
 * Renderers (渲染): a document as it would be published — HTML (a page, or a single-file .mht), Word .docx, Excel .xlsx (or a sheet exported as CSV), PDF,
 * tab-separated or one-cell-per-line text — from its layout, for round-trip tests of the readers
 * and for the synthetic generator's `--format`.
 */
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMht } from './mht';
import type { Layout } from './layout';
import { renderPdf } from './pdf';
import { renderCsv, renderLineBroken, renderTabbed } from './text';
import { renderXlsx } from './xlsx';

export { layoutFromTabbedText, type Layout, type LayoutBlock, type LayoutCell } from './layout';

export const RENDER_FORMATS = ['html', 'mht', 'docx', 'xlsx', 'csv', 'pdf', 'text', 'line-broken'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The file extension of each format. */
export const EXTENSIONS: Record<RenderFormat, string> = {
  html: 'html',
  mht: 'mht',
  docx: 'docx',
  xlsx: 'xlsx',
  csv: 'csv',
  pdf: 'pdf',
  text: 'txt',
  'line-broken': 'txt',
};

export async function render(layout: Layout, format: RenderFormat): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtml(layout);
    case 'mht':
      return renderMht(layout);
    case 'docx':
      return renderDocx(layout);
    case 'xlsx':
      return renderXlsx(layout);
    case 'csv':
      return new TextEncoder().encode(renderCsv(layout));
    case 'pdf':
      return renderPdf(layout);
    case 'text':
      return new TextEncoder().encode(renderTabbed(layout));
    case 'line-broken':
      return new TextEncoder().encode(renderLineBroken(layout));
  }
}
