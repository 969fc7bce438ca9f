/**
 * A synthetic document as it would be published (发布格式): its tab-separated text rendered as a
 * web page (or a single-file one, .mht), a Word .docx, an Excel .xlsx (or a sheet exported as CSV), a PDF or one cell per line (src/synthetic/render/),
 * merged cells merged as the published tables merge them — or the text itself.
 */
import type { GeneratedDocument } from './documents';
import { EXTENSIONS, layoutFromTabbedText, render } from './render';

export const PUBLISHED_FORMATS = ['text', 'line-broken', 'html', 'mht', 'docx', 'xlsx', 'csv', 'pdf'] as const;
export type PublishedFormat = (typeof PUBLISHED_FORMATS)[number];

export async function publish(
  doc: Pick<GeneratedDocument, 'fileName' | 'text'>,
  format: PublishedFormat,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (format === 'text') return { fileName: doc.fileName, bytes: new TextEncoder().encode(doc.text) };
  return {
    fileName: doc.fileName.replace(/\.txt$/, `.${EXTENSIONS[format]}`),
    bytes: await render(layoutFromTabbedText(doc.text, { merge: true }), format),
  };
}
