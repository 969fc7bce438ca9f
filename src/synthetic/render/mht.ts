/**
 * Renders a layout as a single-file web page (.mht), as Word saves one on a Chinese system: a MIME
 * message of related parts whose first part is the page in GB18030, quoted-printable. (The
 * encoding is the few lines below: no package writes quoted-printable alone; the reader decodes
 * it with postal-mime.)
 */
import iconv from 'iconv-lite';
import { renderHtmlPage } from './html';
import type { Layout } from './layout';

/** Quoted-printable (RFC 2045): bytes outside printable ASCII, and `=`, as =XX; lines of at most 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const line of Buffer.from(bytes).toString('latin1').split('\n')) {
    let out = '';
    let width = 0;
    for (const ch of line.replace(/\r$/, '')) {
      const code = ch.charCodeAt(0);
      const piece = code >= 33 && code <= 126 && ch !== '=' ? ch : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + piece.length > 75) {
        out += '=\r\n';
        width = 0;
      }
      out += piece;
      width += piece.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
}

export function renderMht(layout: Layout): Uint8Array {
  const page = renderHtmlPage(layout).replace(
    '<meta charset="utf-8">',
    '<meta http-equiv=Content-Type content="text/html; charset=gb18030">',
  );
  const boundary = '----=_NextPart_01DA0000.00000000';
  const message = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/D6E4AE1F/form.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="gb18030"',
    '',
    quotedPrintable(iconv.encode(page, 'gb18030')),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(message, 'latin1'));
}
