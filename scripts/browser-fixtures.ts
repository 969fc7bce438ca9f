/**
 * `npx tsx scripts/browser-fixtures.ts`: test/fixtures/office/browser/ — documents as a web browser
 * prints a published page to PDF. Every template's document of test/fixtures/office/ (the same
 * synthetic documents: scripts/office-fixtures.ts) and seed 000 (../shared/seeds), rendered by the
 * project as a web page (src/synthetic/render/html.ts: `<table border="1">`, every cell its own box),
 * printed by Chromium (playwright-core's `page.pdf`, A4 portrait, the page's own margins): a row
 * that does not fit the page is cut in two, its sides drawn to the margin and no border at the cut.
 *
 * A dev tool: it needs Debian's Chromium (/usr/bin/chromium). The printed files are committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { layoutFromTabbedText, render } from '../src/synthetic/render';
import { templatedDocuments } from './office-fixtures';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'office', 'browser');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');

async function main() {
  const seed = fs.readdirSync(SEEDS).find((f) => f.startsWith('000_'))!;
  const pages: [string, string][] = [
    ...templatedDocuments().map((d): [string, string] => [d.templateId, d.text]),
    ['000', fs.readFileSync(path.join(SEEDS, seed), 'utf8')],
  ];
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const [id, text] of pages) {
      const html = Buffer.from(await render(layoutFromTabbedText(text, { merge: true }), 'html')).toString('utf8');
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4' });
      fs.writeFileSync(path.join(OUT, `${id}.chromium.pdf.gz`), zlib.gzipSync(pdf, { level: 9 }));
      console.log(id, pdf.length);
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(OUT, 'VERSION'), execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }));
}

await main();
