/**
 * `npx tsx scripts/measure-readers.ts [runs]`: how long the format readers take per document —
 * seeds 000 and 001 and a synthetic department document rendered as HTML, .docx, .xlsx and PDF
 * (src/synthetic/render/), each read by extractDocument `runs` times (default 5); prints the
 * median milliseconds per read, and the file size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../src/readers';
import { syntheticProvince } from '../src/synthetic';
import { layoutFromTabbedText, render, type RenderFormat } from '../src/synthetic/render';

const runs = Number(process.argv[2] ?? 5);
const seeds = path.resolve('..', 'shared', 'seeds');
const synthetic = syntheticProvince({ scale: 0.002, seed: 1 });
const documents: [string, string][] = [
  ...['000_', '001_'].map((prefix): [string, string] => {
    const file = fs.readdirSync(seeds).find((f) => f.startsWith(prefix))!;
    return [prefix.slice(0, 3), fs.readFileSync(path.join(seeds, file), 'utf8')];
  }),
  ['synthetic', synthetic.document(synthetic.organizations.find((o) => o.parent === null)!).text],
];

async function main() {
  console.log('document   format  KiB    median ms per read');
  for (const [name, text] of documents) {
    for (const format of ['text', 'html', 'docx', 'xlsx', 'pdf'] as RenderFormat[]) {
      const bytes = await render(layoutFromTabbedText(text, { merge: format !== 'pdf' }), format);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await extractDocument(bytes);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      console.log(
        `${name.padEnd(10)} ${format.padEnd(7)} ${(bytes.length / 1024).toFixed(0).padStart(4)}   ${median.toFixed(0).padStart(6)}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
