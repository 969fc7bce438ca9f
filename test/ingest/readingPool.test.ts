/**
 * Reading on worker threads (src/ingest/readingPool.ts) gives what reading in-process gives: the
 * same prepared document (structured clone keeps every field), the same failures with their lines,
 * and, through importDocument, the same reports and rows — in the order the documents were given.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument } from '../../src/ingest/load';
import { readAndPrepare } from '../../src/ingest/reading';
import { createReadingPool, readAhead, type ReadingPool } from '../../src/ingest/readingPool';
import { syntheticProvince } from '../../src/synthetic';
import { emptyDatabase, SEED_DIR, seedFiles, tableCounts } from '../support/database';

const documents = [
  ...seedFiles().map((f) => ({ fileName: f, bytes: new Uint8Array(fs.readFileSync(path.join(SEED_DIR, f))) })),
  ...[...syntheticProvince({ scale: 0.001, seed: 3 }).documents()].map((d) => ({ fileName: d.fileName, bytes: new TextEncoder().encode(d.text) })),
  { fileName: 'empty.txt', bytes: new TextEncoder().encode('   \n') },
  { fileName: 'no-table.txt', bytes: new TextEncoder().encode('2022年度项目支出绩效自评表\n说明\t没有表格\n') },
];

let pool: ReadingPool;
beforeAll(() => {
  pool = createReadingPool({ threads: 2 });
});
afterAll(async () => {
  await pool.close();
});

describe('the reading pool', () => {
  it('reads every document as it is read in-process, failures included', async () => {
    let failures = 0;
    for (const d of documents) {
      const [threaded, inProcess] = await Promise.all([pool.read(d.fileName, d.bytes), readAndPrepare(d.fileName, d.bytes)]);
      expect(threaded).toStrictEqual(inProcess);
      if (!inProcess.ok) failures += 1;
    }
    expect(failures).toBe(2);
  });

  it('yields the documents in the order given, each with its own reading', async () => {
    const seen: string[] = [];
    for await (const { item, reading } of readAhead(documents, pool, 3)) {
      const r = await reading!;
      seen.push(item.fileName);
      expect(r.ok ? r.doc.fileName : r.errors.length > 0).toBe(r.ok ? item.fileName : true);
    }
    expect(seen).toEqual(documents.map((d) => d.fileName));
  });
});

describe('a reading that misbehaves', () => {
  const worker = new URL('../support/misbehavingReadingWorker.ts', import.meta.url);
  const pools: ReadingPool[] = [];
  const walled = (timeLimitMs: number) => {
    const pool = createReadingPool({ threads: 1, timeLimitMs, worker });
    pools.push(pool);
    return pool;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });
  const seed = documents[0]!;
  const refusal = (message: RegExp) => ({ ok: false, hash: null, errors: [{ line: null, message: expect.stringMatching(message) }], partial: [] });

  it('one that never ends is stopped at the time limit and refused; the document queued behind it is read on a new thread', async () => {
    // 30 s: a seed reads in 0.1–0.5 s, and its time runs only once its new thread has begun it.
    const pool = walled(30_000);
    const [looping, next] = await Promise.all([pool.read('loop.docx', seed.bytes), pool.read(seed.fileName, seed.bytes)]);
    expect(looping).toEqual(refusal(/^reading stopped after 30 s, the time limit of one document \(JIXIAO_READ_TIMEOUT_MS\); nothing of it was loaded$/));
    expect(next).toStrictEqual(await readAndPrepare(seed.fileName, seed.bytes));
  });

  it('one that runs out of memory loses its thread only, and is refused', async () => {
    // No time limit that could come first: filling the heap takes seconds, more on a busy machine.
    const pool = walled(3_600_000);
    expect(await pool.read('swell.pdf', seed.bytes)).toEqual(refusal(/^reading stopped: it ran out of the reading thread's memory \(1536 MiB\)/));
    expect(await pool.read(seed.fileName, seed.bytes)).toStrictEqual(await readAndPrepare(seed.fileName, seed.bytes));
  });
});

describe('a process started with a heap size', () => {
  it('reads on its threads: the size the npm scripts give Node is not passed on to them', async () => {
    // The flag as package.json's import script gives it to tsx (which hands it to Node).
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const flag = /--max-old-space-size=\d+/.exec(scripts.import!)?.[0];
    expect(flag).toBeDefined();
    const poolModule = pathToFileURL(path.join(__dirname, '..', '..', 'src', 'ingest', 'readingPool.ts')).href;
    const seed = path.join(SEED_DIR, seedFiles()[0]!);
    const code = [
      `const { createReadingPool } = await import(${JSON.stringify(poolModule)});`,
      `const fs = await import('node:fs');`,
      `const pool = createReadingPool({ threads: 1 });`,
      `const reading = await pool.read('seed.txt', new Uint8Array(fs.readFileSync(${JSON.stringify(seed)})));`,
      `await pool.close();`,
      `console.log(JSON.stringify({ ok: reading.ok, projects: reading.ok ? reading.doc.counts.projects : 0 }));`,
    ].join('\n');
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-heap-')), 'read.mjs');
    fs.writeFileSync(script, code);
    const { stdout } = await promisify(execFile)(process.execPath, [flag!, '--import', 'tsx', script], {
      cwd: path.join(__dirname, '..', '..'),
    });
    expect(JSON.parse(stdout)).toEqual({ ok: true, projects: 20 });
  });
});

describe('importing with readings from the pool', () => {
  let inProcess: Database | undefined;
  afterAll(async () => {
    await inProcess?.close();
  });

  it('gives the reports and rows of an import read in-process, and a second load changes nothing', async () => {
    const threaded = await emptyDatabase();
    const withPool = [];
    for await (const { item, reading } of readAhead(documents, pool)) withPool.push(await importDocument(threaded, item.fileName, item.bytes, { reading }));
    const countsWithPool = await tableCounts(threaded.prisma);
    await threaded.close();
    inProcess = await emptyDatabase();
    const without = [];
    for (const d of documents) without.push(await importDocument(inProcess, d.fileName, d.bytes));
    expect(withPool).toStrictEqual(without);
    expect(countsWithPool).toStrictEqual(await tableCounts(inProcess.prisma));
    expect(withPool.filter((r) => r.status === 'loaded').length).toBe(documents.length - 2);

    const again = [];
    for await (const { item, reading } of readAhead(documents, pool)) again.push(await importDocument(inProcess, item.fileName, item.bytes, { reading }));
    expect(again.map((r) => r.status)).toEqual(without.map((r) => (r.status === 'loaded' ? 'unchanged' : r.status)));
  });
});
