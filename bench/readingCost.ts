/**
 * `npm run bench:read` — the importer's reading alone, in CPU time: every document of a synthetic
 * province (or of a folder) read and prepared in-process, as a reading thread does
 * (src/ingest/reading.ts), and the CPU it cost per document — its two steps apart: the text
 * extracted, then read, resolved, scored and made rows. CPU time, unlike wall time, stays
 * meaningful on a machine others load. `--digest` prints one SHA-256 over every reading (what the
 * writer would be handed), so that a change meant to make reading faster can show it reads the
 * same: the digest before and after must be equal.
 *
 * `--base DIR` compares a change with the code it changes, on a machine whose load varies: DIR holds
 * the base's src/ (as bench/ab.ts sets it up), and each document is read by both in turn — which one
 * first alternating — so that load from elsewhere falls on both alike; it prints both costs and
 * new / base.
 *
 *   npm run bench:read -- --scale 1 [--seed 1] [--template T] [--format F] [--digest]
 *   npm run bench:read -- --dir data/synthetic-1-1 [--every 10] [--digest]
 *   npm run bench:read -- --scale 0.03 --base /tmp/base [--rounds 3]
 */
import '../src/productionDefaults';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractWithHash, prepareExtraction } from '../src/ingest/reading';
import { publish, syntheticProvince, type PublishedFormat } from '../src/synthetic';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '1' },
    template: { type: 'string' },
    format: { type: 'string', default: 'text' },
    dir: { type: 'string' },
    every: { type: 'string', default: '1' },
    digest: { type: 'boolean' },
    base: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const every = Number(values.every);

async function* documents(): AsyncGenerator<{ fileName: string; bytes: Uint8Array }> {
  if (values.dir) {
    const files = fs.readdirSync(values.dir).sort();
    for (let i = 0; i < files.length; i += every) yield { fileName: files[i]!, bytes: fs.readFileSync(path.join(values.dir, files[i]!)) };
    return;
  }
  const province = syntheticProvince({ scale: Number(values.scale), seed: Number(values.seed), template: values.template });
  let i = 0;
  for (const doc of province.documents()) if (i++ % every === 0) yield publish(doc, values.format as PublishedFormat);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
type Reader = Pick<typeof import('../src/ingest/reading'), 'extractWithHash' | 'prepareExtraction'>;

/** The CPU milliseconds one reader takes over a document, both steps. */
async function cost(reader: Reader, fileName: string, bytes: Uint8Array): Promise<number> {
  const t0 = cpuMs();
  reader.prepareExtraction(fileName, await reader.extractWithHash(bytes));
  return cpuMs() - t0;
}

if (values.base) {
  const base = (await import(pathToFileURL(path.resolve(values.base, 'src/ingest/reading.ts')).href)) as Reader;
  const current: Reader = { extractWithHash, prepareExtraction };
  const docs: { fileName: string; bytes: Uint8Array }[] = [];
  for await (const doc of documents()) docs.push(doc);
  const spent = { base: 0, current: 0 };
  for (let round = 0; round < Number(values.rounds); round++)
    for (const [k, { fileName, bytes }] of docs.entries()) {
      const baseFirst = (k + round) % 2 === 0;
      if (baseFirst) spent.base += await cost(base, fileName, bytes);
      spent.current += await cost(current, fileName, bytes);
      if (!baseFirst) spent.base += await cost(base, fileName, bytes);
    }
  const n = docs.length * Number(values.rounds);
  console.log(
    `${docs.length} documents × ${values.rounds} rounds: CPU per document base ${(spent.base / n).toFixed(2)} ms, ` +
      `new ${(spent.current / n).toFixed(2)} ms; new / base ${(spent.current / spent.base).toFixed(3)}`,
  );
  process.exit(0);
}

const digest = crypto.createHash('sha256');
let extracting = 0;
let preparing = 0;
let count = 0;
let failed = 0;
for await (const { fileName, bytes } of documents()) {
  const t0 = cpuMs();
  const extraction = await extractWithHash(bytes);
  const t1 = cpuMs();
  const reading = prepareExtraction(fileName, extraction);
  const t2 = cpuMs();
  extracting += t1 - t0;
  preparing += t2 - t1;
  count++;
  if (!reading.ok) failed++;
  if (values.digest) digest.update(`${fileName}\n${JSON.stringify(reading)}\n`);
}
const per = (ms: number) => `${(ms / count).toFixed(2)} ms`;
console.log(
  `${count} documents read (${failed} not loadable): CPU per document ${per(extracting + preparing)} ` +
    `(extracting ${per(extracting)}, reading, resolving, scoring and rows ${per(preparing)})`,
);
if (values.digest) console.log(`digest of every reading: ${digest.digest('hex')}`);
