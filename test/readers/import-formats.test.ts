/**
 * The format and encoding of what was imported, through importDocument and the GraphQL API: a
 * seed in GBK is read and stored with its encoding; the same text in UTF-8 or UTF-16 is the same
 * document (identified by its text); a Word file is another document (identified by its bytes),
 * and SourceDocument.fileFormat says it came from a .docx.
 */
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { importDocument } from '../../src/ingest/load';
import { layoutFromTabbedText, render } from '../../src/synthetic/render';
import { seedText } from '../support/database';
import { useEmptyServer } from '../support/server';

const env = useEmptyServer();

const text = seedText('003_');

it('a GBK text file is read, and stored with its encoding', async () => {
  const report = await importDocument(env.db, '003-gbk.txt', iconv.encode(text, 'gbk'));
  expect([report.status, report.region?.code, report.errors]).toEqual(['loaded', '420300', []]);
  const document = await env.db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: report.documentId! } });
  expect([document.fileFormat, document.encoding, document.text]).toEqual(['text', 'gb18030', text]);
});

it('the same text in UTF-8 or UTF-16 is the same document', async () => {
  expect((await importDocument(env.db, '003.txt', new TextEncoder().encode(text))).status).toBe('unchanged');
  expect((await importDocument(env.db, '003-utf16.txt', iconv.encode(text, 'utf-16le', { addBOM: true }))).status).toBe('unchanged');
});

it('the same tables as a .docx are a corrected version of the same evaluation (same identity), its format shown by the API', async () => {
  const docx = await render(layoutFromTabbedText(text, { merge: true }), 'docx');
  const report = await importDocument(env.db, '003.docx', docx);
  expect([report.status, report.errors]).toEqual(['replaced', []]);
  const response = await env.server.post({ query: '{ documents { fileName fileFormat encoding format } }' });
  const { data } = (await response.json()) as { data: { documents: unknown[] } };
  // The current documents: the .docx has replaced the GBK text (which stays on record, superseded).
  expect(data.documents).toEqual([{ fileName: '003.docx', fileFormat: 'docx', encoding: null, format: 'tabular' }]);
  const superseded = await env.db.prisma.sourceDocument.findFirstOrThrow({ where: { fileName: '003-gbk.txt' } });
  expect([superseded.encoding, superseded.supersededById]).toEqual(['gb18030', report.documentId]);
});
