/**
 * A single-file web page (单个文件网页, .mht / .mhtml), as Word and WPS save a document "as a web
 * page, single file" — and as many offices publish it, often renamed .doc: a MIME message whose
 * first part is the page, quoted-printable or base64 in its own charset (gb2312 …), with its
 * pictures as the other parts. postal-mime takes the message apart and decodes the page; the page
 * is then read as any web page (src/readers/html.ts).
 */
import PostalMime from 'postal-mime';
import type { ExtractedDocument } from '../tables/model';
import { DocumentFormatError } from './formatError';
import { readHtmlMarkup } from './html';

/** Whether the first bytes (as ASCII) open a MIME message of related parts: a single-file web page. */
export function looksLikeMht(head: string): boolean {
  const headers = head.split(/\r?\n\r?\n/)[0]!;
  return /^MIME-Version:\s*1\.0/im.test(headers) && /^Content-Type:\s*multipart\/related\b/im.test(headers);
}

export async function readMht(bytes: Uint8Array): Promise<ExtractedDocument> {
  let page: string | undefined;
  try {
    page = (await PostalMime.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).html;
  } catch (error) {
    throw new DocumentFormatError(`a damaged single-file web page (MHT: ${(error as Error).message}): nothing was read`);
  }
  if (!page) throw new DocumentFormatError('a single-file web page (MHT) with no web page in it: nothing was read');
  // The charset the page was written in, as its part's header names it.
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  const charset = /Content-Type:\s*text\/html;[^\r\n]*charset="?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
  return readHtmlMarkup(page, 'mht', charset);
}
