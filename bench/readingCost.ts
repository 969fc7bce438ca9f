/**
 * `npm run bench:read` — the importer's reading alone, in CPU time: every document of a synthetic
 * province (or of a folder) read and prepared in-process, as a reading thread does
 * (src/ingest/reading.ts), and the CPU it cost per document — its two steps apart: the text
 * extracted, then read, resolved, scored and made rows. CPU time, unlike wall time, stays
 * meaningful on a machine others load. `--digest` prints one SHA-256 over every reading (what the
 * writer would be handed), so that a change meant to make reading faster can show it reads the
 * same: the digest before and after must be equal.
 *
 *   npm run bench:read -- --scale 1 [--seed 1] [--template T] [--format F] [--digest]
 *   npm run bench:read -- --dir data/synthetic-1-1 [--every 10] [--digest]
 */
import '../src/productionDefaults';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
