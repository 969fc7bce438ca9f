/** Renders a layout as an HTML page (UTF-8, or GB18030 when asked), tables with rowspan/colspan, a line break in a cell as `<br>`. */
import iconv from 'iconv-lite';
import type { Layout } from './layout';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderHtmlPage(layout: Layout, title = '绩效自评表'): string {
  const body = layout.blocks.map((b) => {
    if (b.kind === 'paragraph') return `<p>${escape(b.text)}</p>`;
    const rows = b.rows.map((cells) => {
      const tds = cells.map((c) => {
        const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
        return `<td${spans}>${escape(c.text).replaceAll('\n', '<br>')}</td>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    });
    return `<table border="1">\n${rows.join('\n')}\n</table>`;
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escape(title)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

/** The page's bytes: UTF-8, or GB18030 with its meta charset saying so. */
export function renderHtml(layout: Layout, encoding: 'utf-8' | 'gb18030' = 'utf-8'): Uint8Array {
  const page = renderHtmlPage(layout);
  if (encoding === 'utf-8') return new TextEncoder().encode(page);
  return iconv.encode(page.replace('<meta charset="utf-8">', '<meta charset="gb18030">'), 'gb18030');
}
