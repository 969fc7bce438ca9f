/**
 * `npm run bench:write` — the importer's writing alone, in CPU time: documents of a synthetic
 * province are read first (in-process), then written one transaction each through importDocument,
 * and the CPU the writing cost is counted — this process's and that of the PostgreSQL backends
 * serving it (read from /proc, so on a server on this machine). CPU time, unlike wall time, stays
 * meaningful on a machine others load; the import's wall time is `npm run bench -- --import-only`.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jixiao_bench npm run bench:write -- --scale 0.02
 *
 * The database's public schema is emptied first.
 */
import '../src/productionDefaults';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { ensureReferenceData } from '../src/db/referenceData';
import { importDocument } from '../src/ingest/load';
import { readAndPrepare } from '../src/ingest/reading';
import { syntheticProvince } from '../src/synthetic';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.02' }, seed: { type: 'string', default: '1' } } });
const url = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/jixiao_bench';
const db = await openDatabase({ url, dataDir: 'memory://' });

/** CPU milliseconds spent so far by the backends connected to this database (utime + stime, in clock ticks of 10 ms). */
async function backendCpuMs(): Promise<number> {
  const backends = await db.script.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  let ms = 0;
  for (const { pid } of backends) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ms += (Number(stat[11]) + Number(stat[12])) * 10;
  }
  return ms;
}

try {
  await db.script.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await migrate(db.script);
  await ensureReferenceData(db.prisma);
  const province = syntheticProvince({ scale: Number(values.scale), seed: Number(values.seed) });
  const documents = [];
  for (const doc of province.documents()) {
    const bytes = Buffer.from(doc.text, 'utf8');
    documents.push({ fileName: doc.fileName, bytes, reading: await readAndPrepare(doc.fileName, bytes) });
  }
  const statements = db.statementCount();
  const backend = await backendCpuMs();
  const own = process.cpuUsage();
  const started = performance.now();
  for (const { fileName, bytes, reading } of documents) {
    const report = await importDocument(db, fileName, bytes, { reading: Promise.resolve(reading) });
    if (report.status !== 'loaded') throw new Error(`${fileName}: ${report.status} ${JSON.stringify(report.errors)}`);
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(own);
  const n = documents.length;
  const perDocument = (ms: number) => `${(ms / n).toFixed(1)} ms`;
  console.log(
    `${n} documents written: per document, this process's CPU ${perDocument((used.user + used.system) / 1000)}, ` +
      `the database backends' CPU ${perDocument((await backendCpuMs()) - backend)}, wall ${perDocument(wall)}, ` +
      `${((db.statementCount() - statements) / n).toFixed(1)} statements`,
  );
} finally {
  await db.close();
}
