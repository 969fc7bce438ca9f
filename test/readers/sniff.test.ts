/**
 * The format is told from the content, never the file name: a ZIP that is not Office, an Office
 * 97–2003 file that is neither Word nor Excel, an encrypted Office file, an RTF file — each
 * refused with a reason that says what it is; a single-file web page (MHT, whatever its name) read
 * as the page it holds.
 */
import iconv from 'iconv-lite';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/readers';
import { zipEntries } from '../../src/readers/zipPackage';

/** A ZIP archive or an OLE compound file holding the named entries. */
function container(fileType: 'zip' | 'cfb', entries: Record<string, string>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(entries)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, Buffer.from(content));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer', fileType }) as Buffer);
}

/** A file of test/fixtures/damaged/. */
const damaged = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'damaged', name));

describe('telling formats apart', () => {
  it('a ZIP that is neither .docx nor .xlsx', async () => {
    const zip = container('zip', { 'readme.txt': '项目名称\t就业补助资金', 'data/table.csv': 'a,b' });
    await expect(extractDocument(zip)).rejects.toThrow(/a ZIP archive that is neither a Word \(\.docx\) nor an Excel \(\.xlsx\) file/);
  });

  it('a damaged ZIP', async () => {
    const zip = container('zip', { 'word/document.xml': '<w:document/>' }).slice(0, 40);
    await expect(extractDocument(zip)).rejects.toThrow(/a damaged ZIP archive \(Corrupted zip/);
  });

  it('a .docx with bytes changed inside its packed entries is refused at once (SheetJS unpacking it looped without end)', async () => {
    await expect(extractDocument(damaged('bytes-changed.docx'))).rejects.toThrow(
      'a damaged ZIP archive (docProps/app.xml: Bug : uncompressed data size mismatch): nothing was read',
    );
  });

  it('a PDF whose page no longer decodes, and an .xls whose sheet cannot be read, are refused naming them', async () => {
    await expect(extractDocument(damaged('bytes-changed.pdf'))).rejects.toThrow(
      'a damaged PDF (page 1: Bad encoding in flate stream): nothing was read',
    );
    await expect(extractDocument(damaged('bytes-changed.xls'))).rejects.toThrow(
      'a damaged spreadsheet (.xls: its sheet 「自评表」 could not be read): nothing was read',
    );
  });

  it('a ZIP that unpacks to more than the limit (a ZIP bomb) is refused before it is all unpacked', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(3 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(64 * 1024);
    await expect(zipEntries(bytes, 1024 * 1024)).rejects.toThrow(
      'a ZIP archive that unpacks to more than 1 MiB (a ZIP bomb?): nothing was read',
    );
    await expect(zipEntries(bytes, 4 * 1024 * 1024)).resolves.toEqual(['word/', 'word/document.xml']);
  });

  it('an Office 97–2003 file that is neither Word nor Excel', async () => {
    await expect(extractDocument(container('cfb', { PowerPoint: 'x' }))).rejects.toThrow(/neither a Word \(\.doc\) nor an Excel \(\.xls\)/);
  });

  it('an encrypted (password-protected) Office document', async () => {
    const encrypted = container('cfb', { EncryptionInfo: 'x', EncryptedPackage: 'y' });
    await expect(extractDocument(encrypted)).rejects.toThrow(/encrypted \(password-protected\) Office document/);
  });

  it('an RTF file', async () => {
    await expect(extractDocument(new TextEncoder().encode('{\\rtf1\\ansi 项目名称}'))).rejects.toThrow(/RTF/);
  });

  it('text that mentions markup is text, and a page is HTML whatever it is called', async () => {
    const text = await extractDocument(new TextEncoder().encode('项目类别\t1、部门预算项目 <input checked="" type="checkbox"/>\n'));
    expect(text.format).toBe('text');
    const html = await extractDocument(new TextEncoder().encode('  <html><body><p>自评表</p></body></html>'));
    expect(html.format).toBe('html');
  });

  it("a single-file web page (MHT) is read as its page, in the page's charset; one without a page is refused", async () => {
    const page = iconv.encode('<html><body><table><tr><td>项目名称</td><td>就业补助资金</td></tr></table></body></html>', 'gb2312');
    const base64 = (part: string, body: string) =>
      new TextEncoder().encode(
        [
          'From: <Saved by Microsoft Word 11>',
          'MIME-Version: 1.0',
          'Content-Type: multipart/related;',
          '\tboundary="----=_NextPart_000"',
          '',
          '------=_NextPart_000',
          part,
          'Content-Transfer-Encoding: base64',
          '',
          body,
          '------=_NextPart_000--',
          '',
        ].join('\r\n'),
      );
    const mht = await extractDocument(base64('Content-Type: text/html; charset="gb2312"', Buffer.from(page).toString('base64')));
    expect(mht.format).toBe('mht');
    expect(mht.encoding).toBe('gb2312');
    expect(mht.text).toContain('项目名称\t就业补助资金');
    await expect(extractDocument(base64('Content-Type: image/png', 'iVBORw0KGgo='))).rejects.toThrow(
      /single-file web page \(MHT\) with no web page/,
    );
  });
});
