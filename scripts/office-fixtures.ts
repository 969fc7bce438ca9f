/**
 * `npx tsx scripts/office-fixtures.ts`: the office-made fixtures of test/fixtures/office/ — every
 * template the synthetic generator writes (src/synthetic/templated.ts: a small document, a fixed
 * seed) and seed 000 (../shared/seeds), rendered by the project itself (src/synthetic/render/:
 * merged cells merged, as published) as .docx and as .xlsx, then converted by LibreOffice as an
 * office suite writes them:
 *
 *   the .docx by Writer → `<id>.writer.html`, `<id>.docx`, `<id>.doc`, `<id>.writer.pdf`
 *   the .xlsx by Calc   → `<id>.calc.html`, `<id>.xlsx`, `<id>.xls`, `<id>.calc.pdf`
 *   the .xlsx with no cell set to wrap, by Calc → `<id>.calc.nowrap.pdf`
 *
 * Files over 8 KiB are stored gzipped (`.gz`; test/readers/office.test.ts gunzips them). Beside
 * them, expected.json: the records each template's document was written with (the generator's own
 * figures); seed 000's expectations are its reading report's (test/fixtures/documents/seeds/).
 *
 * A dev tool: it needs LibreOffice (`soffice` on PATH; Debian: libreoffice-writer-nogui,
 * libreoffice-calc-nogui, fonts-noto-cjk). CI has none: the converted files are committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { publish, syntheticProvince, templatedDocument, type TemplatedDocument } from '../src/synthetic';
import { layoutFromTabbedText, render } from '../src/synthetic/render';
import { renderXlsx } from '../src/synthetic/render/xlsx';
import { Random } from '../src/synthetic/random';
import { generates } from '../src/synthetic/templated';
import { TEMPLATES } from '../src/templates';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'office');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const GZIP_OVER = 8 * 1024;

/** The LibreOffice filters, per source: [extension written, filter]. */
const CONVERSIONS = {
  docx: [
    ['writer.html', 'html:HTML (StarWriter)'],
    ['docx', 'docx:MS Word 2007 XML'],
    ['doc', 'doc:MS Word 97'],
    ['writer.pdf', 'pdf:writer_pdf_Export'],
  ],
  xlsx: [
    ['calc.html', 'html:HTML (StarCalc)'],
    ['xlsx', 'xlsx:Calc MS Excel 2007 XML'],
    ['xls', 'xls:MS Excel 97'],
    ['calc.pdf', 'pdf:calc_pdf_Export'],
  ],
} as const;

export const SYNTHETIC = { scale: 0.002, seed: 5, label: 'office' } as const;

/** The generated documents, as test/synthetic/templates.test.ts makes them (a unit's projects, a department's table). */
export function templatedDocuments(): TemplatedDocument[] {
  const province = syntheticProvince({ scale: SYNTHETIC.scale, seed: SYNTHETIC.seed });
  const department = province.organizations.find((o) => o.parent === null)!;
  const unit = province.organizations.find((o) => o.parent !== null)!;
  return TEMPLATES.filter(generates).map((template) =>
    templatedDocument(
      new Random(`${SYNTHETIC.label}:${template.id}`),
      template,
      template.kind === 'department' ? department : unit,
      province.year,
      2,
    ),
  );
}

function soffice(source: string, filter: string, outDir: string, profile: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, source], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = path.basename(source).replace(/\.[^.]+$/, '');
  const written = fs.readdirSync(outDir).find((f) => f.startsWith(`${base}.`));
  if (!written) throw new Error(`soffice wrote nothing for ${source} (${filter})`);
  return path.join(outDir, written);
}

function store(id: string, extension: string, bytes: Buffer): string {
  const gz = bytes.length > GZIP_OVER;
  const name = `${id}.${extension}${gz ? '.gz' : ''}`;
  fs.writeFileSync(path.join(OUT, name), gz ? zlib.gzipSync(bytes, { level: 9 }) : bytes);
  return name;
}

async function convert(id: string, text: string, work: string, profile: string): Promise<string[]> {
  const written: string[] = [];
  const layout = layoutFromTabbedText(text, { merge: true });
  for (const source of ['docx', 'xlsx'] as const) {
    const sourcePath = path.join(work, `${id}.${source}`);
    fs.writeFileSync(sourcePath, await render(layout, source));
    for (const [extension, filter] of CONVERSIONS[source])
      written.push(store(id, extension, convertOne(sourcePath, filter, work, profile)));
  }
  // The same sheet with no cell set to wrap, printed: long texts run over their neighbours, clipped.
  const unwrapped = path.join(work, `${id}-nowrap.xlsx`);
  fs.writeFileSync(unwrapped, await renderXlsx(layout, { wrap: false }));
  written.push(store(id, 'calc.nowrap.pdf', convertOne(unwrapped, 'pdf:calc_pdf_Export', work, profile)));
  return written;
}

function convertOne(source: string, filter: string, work: string, profile: string): Buffer {
  const outDir = path.join(work, `${path.basename(source)}-${filter.split(':')[0]}`);
  return fs.readFileSync(soffice(source, filter, outDir, profile));
}

async function main() {
  const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
  // Every file made before goes (a template's file may now be stored gzipped, or not); the README,
  // the real documents' files (corpus/, made by hand: README) and a browser's prints (browser/,
  // scripts/browser-fixtures.ts) stay.
  for (const file of fs.readdirSync(OUT)) if (!['README.md', 'corpus', 'browser'].includes(file)) fs.rmSync(path.join(OUT, file));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'office-fixtures-'));
  const profile = path.join(work, 'profile');
  const expected: Record<string, { templateId: string; fileName: string; records: TemplatedDocument['records'] }> = {};
  try {
    for (const doc of templatedDocuments()) {
      const id = doc.templateId;
      const { fileName } = await publish(doc, 'text');
      expected[id] = { templateId: id, fileName, records: doc.records };
      console.log(id, (await convert(id, doc.text, work, profile)).join(' '));
    }
    const seed = fs.readdirSync(SEEDS).find((f) => f.startsWith('000_'))!;
    console.log('000', (await convert('000', fs.readFileSync(path.join(SEEDS, seed), 'utf8'), work, profile)).join(' '));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  fs.writeFileSync(path.join(OUT, 'VERSION'), `${version}\n`);
  console.log(version);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
