/**
 * The small forms of test/fixtures/forms/ (real layouts, their merged cells merged) as Writer saves
 * them as Word 97–2003 files (`<form>.doc.gz`, LibreOffice 7.4 `doc:MS Word 97` of the .html): a
 * .doc reads to the same records as its web page. The forms merge cells down (levels over their
 * rows, 得分计算方法 down the block) and across (总分, a 预算执行率 row): word-extractor as published
 * lost those rows' ends and every merge; as patched (patches/word-extractor+1.0.4.patch) each row
 * ends its line and its table definition places its cells (src/readers/word.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { readDocument } from '../../src/ingest/readDocument';

const DIR = path.join(__dirname, '../fixtures/forms');
const forms = fs.readdirSync(DIR).filter((f) => f.endsWith('.doc.gz'));

/** The records read, without where they stood (lines, positions, the file's format). */
async function records(bytes: Uint8Array) {
  const parsed = readDocument(await extractDocument(bytes));
  const where = new Set(['line', 'lines', 'lineStart', 'lineEnd', 'at', 'source', 'format']);
  const kept = JSON.stringify({ projects: parsed.projects, departments: parsed.departmentEvaluations }, (key, value) =>
    where.has(key) ? undefined : value,
  );
  return { kept, records: parsed.projects.length + parsed.departmentEvaluations.length };
}

describe('forms saved as .doc read as their web pages', () => {
  it('has a .doc of every web-page form', () => {
    expect(forms.length).toBe(fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).length);
  });
  for (const form of forms) {
    it(`${form}: the same records as ${form.replace('.doc.gz', '.html')}`, async () => {
      const doc = await records(new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(DIR, form)))));
      const html = await records(new Uint8Array(fs.readFileSync(path.join(DIR, form.replace('.doc.gz', '.html')))));
      expect(html.records).toBeGreaterThan(0);
      expect(doc.kept).toBe(html.kept);
    });
  }
});
