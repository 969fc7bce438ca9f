/**
 * The format packages (SheetJS, cheerio, mammoth, word-extractor, exceljs, pdfjs-dist, pdfkit)
 * load where a document of their format is read or written, not when the readers, the import path
 * or the export are imported (issue 16: every test file and process that imported the import path
 * loaded all of them, about a second of CPU each time). A process of its own (this worker's Node
 * may have loaded them for another file) imports those modules and reads a text; what it loaded is
 * what Node resolved for an `import` (a resolve hook writes each URL to a file) and what its
 * `require` cache holds. Then it reads a web page and writes a CSV, which must load cheerio and
 * exceljs: the detection sees both ways of loading.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const HEAVY = ['xlsx', 'cheerio', 'mammoth', 'word-extractor', 'exceljs', 'pdfjs-dist', 'pdfkit'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lazy-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Records every URL an `import` resolves to, into the file given as data. */
const HOOK = `
import fs from 'node:fs';
let file;
export async function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  fs.appendFileSync(file, resolved.url + '\\n');
  return resolved;
}`;

const src = (file: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'src', file)).href);

it('importing the readers, the import path and the export, and reading a text, loads no format package', () => {
  const resolvedFile = path.join(work, 'resolved.txt');
  const script = `
    import { register, createRequire } from 'node:module';
    import fs from 'node:fs';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: { file: ${JSON.stringify(resolvedFile)} } });
    const loaded = () => [...fs.readFileSync(${JSON.stringify(resolvedFile)}, 'utf8').split('\\n'), ...Object.keys(createRequire(import.meta.url).cache)];
    const { extractDocument } = await import(${src('readers/index.ts')});
    await import(${src('ingest/load.ts')});
    const { writeRows } = await import(${src('export/write.ts')});
    const text = await extractDocument(Buffer.from('项目名称\\t专家津贴\\n年度资金总额\\t33\\n'));
    const afterText = loaded();
    await extractDocument(Buffer.from('<html><body><table><tr><td>项目名称</td></tr></table></body></html>'));
    await writeRows('csv', '表', [{ header: '名称', field: 'name', kind: 'text' }], [{ name: 'a' }]);
    process.stdout.write(JSON.stringify({ format: text.format, afterText, afterPageAndCsv: loaded() }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const { format, afterText, afterPageAndCsv } = JSON.parse(run.stdout) as { format: string; afterText: string[]; afterPageAndCsv: string[] };
  const packagesIn = (loaded: string[]) =>
    HEAVY.filter((name) => loaded.some((entry) => entry.includes(`/node_modules/${name}/`) || entry === `node:${name}`));
  expect(format).toBe('text');
  // The hook saw the modules imported (the positive control below shows it sees packages too).
  expect(afterText.some((entry) => entry.endsWith('/src/readers/index.ts'))).toBe(true);
  expect(packagesIn(afterText)).toEqual([]);
  expect(packagesIn(afterPageAndCsv)).toEqual(['cheerio', 'exceljs']);
});
