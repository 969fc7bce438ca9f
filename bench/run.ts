/**
 * `npm run bench` — the service at province scale, on the embedded PGlite and on a PostgreSQL
 * server, against the database alone (one hand-written SQL statement) and against a naive N+1
 * implementation. Writes bench/results.json and bench/results.md.
 *
 *   npm run bench                                  # the full run (~20 min on 2 cores)
 *   npm run bench -- --quick                       # a smoke run (~1 min): scale 0.01 on both
 *   npm run bench -- --configs pglite:0.01,postgresql:0.1 --load-seconds 5 --out /tmp/b
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/jixiao_bench); the
 * database is created when missing and its public schema is emptied first. PGlite lives in a
 * fresh temporary directory. The synthetic documents are generated in memory and loaded through
 * importDocument, the path `npm run import` uses.
 *
 * On PostgreSQL the peer — PostGraphile 5 + @graphile/pg-aggregates (bench/peer/, installed there
 * with `npm ci --prefix bench/peer` when missing) — serves the same database in the same process,
 * and every measurement alternates between the two so that the machine's load hits both alike.
 * Jixiao's response cache is off for those measurements (they repeat one request); repeated
 * requests are measured apart: answered from the cache, and with If-None-Match (304).
 */
import '../src/productionDefaults';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../src/app';
import { openDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { ensureReferenceData } from '../src/db/referenceData';
import { importDocument } from '../src/ingest/load';
import { createReadingPool, defaultReadingThreads, readAhead } from '../src/ingest/readingPool';
import { syntheticProvince } from '../src/synthetic';
import { lowerBound, runLowerBound } from './lowerBound';
import { runNaive } from './naive';
import { operations, targetsOf, type BenchTargets, type OperationKey } from './operations';
import { peerOperation } from './peerOperations';
import { writeReport } from './report';

const BENCH_DIR = import.meta.dirname;
const ROOT = path.resolve(BENCH_DIR, '..');

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

export interface OperationResult {
  key: OperationKey;
  name: string;
  source: string;
  describe: string;
  variables: Record<string, unknown>;
  responseBytes: number;
  apiStatements: number[];
  /** Null above --naive-max-scale: the naive baseline holds every project in memory. */
  naiveStatements: number | null;
  api: Latency;
  sql: Latency;
  naive: Latency | null;
  load: LoadResult[];
  /** PostGraphile's latency and load, measured alternately with Jixiao's (PostgreSQL only). */
  peer: Latency | null;
  peerResponseBytes: number | null;
  peerLoad: LoadResult[];
  /** The same request repeated: answered from Jixiao's response cache, and with If-None-Match (304). */
  cached: Latency;
  notModified: Latency;
}

export interface ConfigResult {
  engine: 'pglite' | 'postgresql';
  scale: number;
  seed: number;
  year: number;
  databaseVersion: string;
  plan: { cities: number; counties: number; organizations: number; projects: number };
  import: {
    documents: number;
    failed: number;
    unreadLines: number;
    warnings: number;
    seconds: number;
    documentsPerSecond: number;
    indicatorRowsPerSecond: number;
    /** Threads reading documents while the importer's thread writes (src/ingest/readingPool.ts). */
    readingThreads: number;
    /** Time the writer spent waiting for the next reading: the import was bound by reading for that long. */
    writerWaitedForReadingSeconds: number;
    statements: number;
    peakRssMiB: number;
    rows: Record<string, number>;
    databaseMiB: number | null;
  };
  serverPeakRssMiB: number;
  operations: OperationResult[];
  seconds: number;
}

export interface BenchResults {
  command: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; os: string; loadAverageAtStart: number[]; postgres: string | null; pglite: string | null };
  settings: { seed: number; configs: string[]; latencySeconds: number; naiveSeconds: number; loadSeconds: number; loadOperations: string[]; peer: string | null };
  configs: ConfigResult[];
  skipped: string[];
}

/** Peak resident set size while a piece of work runs, sampled every 50 ms. */
class RssSampler {
  private peak = process.memoryUsage().rss;
  private timer = setInterval(() => this.sample(), 50);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak / 2 ** 20;
  }
}

function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    p50: r(at(0.5)),
    p95: r(at(0.95)),
    p99: r(at(0.99)),
    mean: r(s.reduce((a, b) => a + b, 0) / s.length),
    min: r(s[0]!),
    max: r(s[s.length - 1]!),
  };
}

/** Runs fn after `warmup` calls until `seconds` have passed or `max` samples are taken (at least `min`). */
async function timed(fn: () => Promise<unknown>, o: { warmup: number; seconds: number; min: number; max: number }): Promise<Latency> {
  for (let i = 0; i < o.warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < o.min || (samples.length < o.max && performance.now() - started < o.seconds * 1000)) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return latency(samples);
}

/**
 * Like `timed`, for two functions called alternately (the machine's load hits both alike). When the
 * second one (the peer) fails, it is measured no further and its latency is null; the first goes on.
 */
async function timedPair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  o: { warmup: number; seconds: number; min: number; max: number },
): Promise<[Latency, Latency | null]> {
  let failedB: unknown = null;
  const tryB = async () => {
    if (failedB) return;
    try {
      await b();
    } catch (error) {
      failedB = error;
      log(`  the peer failed and is measured no further on this operation: ${String((error as Error).message ?? error).slice(0, 300)}`);
    }
  };
  for (let i = 0; i < o.warmup; i++) {
    await a();
    await tryB();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  const started = performance.now();
  while (sa.length < o.min || (sa.length < o.max && performance.now() - started < o.seconds * 2000)) {
    let t = performance.now();
    await a();
    sa.push(performance.now() - t);
    if (failedB) continue;
    t = performance.now();
    await tryB();
    if (!failedB) sb.push(performance.now() - t);
  }
  return [latency(sa), failedB ? null : latency(sb)];
}

const PEER_DIR = path.join(BENCH_DIR, 'peer');

/** The peer's packages, installed from the npm registry into bench/peer/node_modules when missing. */
function ensurePeerInstalled(): void {
  if (fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  log('installing the peer (PostGraphile) into bench/peer: npm ci --prefix bench/peer');
  const result = spawnSync('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci --prefix bench/peer failed');
}

interface Peer {
  url: string;
  close(): Promise<void>;
}

/** PostGraphile over the database, after its views are (re)created (bench/peer/schema.sql). */
async function startPeer(db: Database, connectionString: string): Promise<Peer> {
  await db.script.exec(fs.readFileSync(path.join(PEER_DIR, 'schema.sql'), 'utf8'));
  const module = (await import(pathToFileURL(path.join(PEER_DIR, 'server.mjs')).href)) as {
    startPeer(o: { connectionString: string }): Promise<Peer>;
  };
  return module.startPeer({ connectionString });
}

async function postgresUrl(url: string): Promise<string> {
  const target = new URL(url);
  const name = target.pathname.replace(/^\//, '');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return url;
}

async function freshDatabase(engine: 'pglite' | 'postgresql', pgUrl: string, scale: number): Promise<{ db: Database; dataDir: string | null }> {
  if (engine === 'postgresql') {
    const db = await openDatabase({ url: pgUrl, dataDir: 'memory://' });
    await db.script.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    return { db, dataDir: null };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jixiao-bench-pglite-${scale}-`));
  const db = await openDatabase({ dataDir });
  await migrate(db.script);
  await ensureReferenceData(db.prisma);
  return { db, dataDir };
}

function dirMiB(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return Math.round(total / 2 ** 20);
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** autocannon against `${url}/graphql` with one request body; a GraphQL answer with errors counts as an error. */
async function loadTest(url: string, body: string, connections: number, seconds: number): Promise<LoadResult> {
  const bin = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  const args = [bin, '--json', '-c', String(connections), '-d', String(seconds), '-m', 'POST', '-H', 'content-type=application/json', '-b', body, `${url}/graphql`];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`autocannon exited ${code}: ${err.slice(0, 500)}`);
  const r = JSON.parse(out) as {
    requests: { total: number; average: number };
    latency: { p50: number; p90: number; p99: number; max: number };
    errors: number;
    non2xx: number;
    duration: number;
  };
  return {
    connections,
    seconds: r.duration,
    requests: r.requests.total,
    rps: Math.round((r.requests.total / r.duration) * 10) / 10,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

interface Settings {
  seed: number;
  latencySeconds: number;
  naiveSeconds: number;
  /** Scales above which the naive baseline is not run (it loads every project row into the process). */
  naiveMaxScale: number;
  /** --request-timeout-ms: the served app's request deadline, for a machine loaded past the default's 10 s. */
  http: { requestTimeoutMs?: number };
  sqlSeconds: number;
  loadSeconds: number;
  loadOperations: OperationKey[];
  /** --import-only: load each configuration and print its import figures (JSON, one line each); no serving, no results written. */
  importOnly: boolean;
  /** --reading-threads: the importer's reading threads (default: every core but one). */
  readingThreads: number;
  pgUrl: string;
}

/** Waits until the server has finished the requests a load test left in flight (no statement for 300 ms). */
async function quiet(db: Database): Promise<void> {
  let last = -1;
  while (db.statementCount() !== last) {
    last = db.statementCount();
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * After a load run on PostgreSQL: waits (at most `seconds`) until no other statement runs in the
 * database, then cancels what still runs — requests the load generator gave up on whose statements
 * the server did not cancel (PostGraphile's), which would otherwise weigh on the next measurement.
 */
async function databaseQuiet(db: Database, seconds = 60): Promise<void> {
  const running = () =>
    db.script.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
  const until = performance.now() + seconds * 1000;
  let pids = await running();
  while (pids.length > 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    pids = await running();
  }
  if (pids.length > 0) {
    log(`  cancelling ${pids.length} statement(s) still running ${seconds} s after the load run`);
    await db.script.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids.map((p) => p.pid)]);
  }
}

async function runConfig(engine: 'pglite' | 'postgresql', scale: number, s: Settings): Promise<ConfigResult> {
  const configStarted = performance.now();
  const province = syntheticProvince({ scale, seed: s.seed });
  log(`${engine} scale ${scale}: ${province.plan.organizations} documents, ${province.plan.projects} projects`);
  const { db, dataDir } = await freshDatabase(engine, s.pgUrl, scale);
  try {
    const [version] = await db.script.query<{ version: string }>('SELECT version()');
    // Import through the importer: documents read on the reading threads (src/ingest/readingPool.ts)
    // while the one before is written, one transaction per document, in order.
    const sampler = new RssSampler();
    const pool = createReadingPool({ threads: s.readingThreads });
    const statementsBefore = db.statementCount();
    const started = performance.now();
    let documents = 0;
    let failed = 0;
    let unread = 0;
    let warnings = 0;
    let indicators = 0;
    let waitedForReading = 0;
    const published = (function* () {
      for (const doc of province.documents()) yield { fileName: doc.fileName, bytes: Buffer.from(doc.text, 'utf8') };
    })();
    for await (const { item: doc, reading } of readAhead(published, pool)) {
      const waitStarted = performance.now();
      await reading?.catch(() => undefined);
      waitedForReading += performance.now() - waitStarted;
      const report = await importDocument(db, doc.fileName, doc.bytes, { reading });
      documents += 1;
      indicators += report.counts.indicators;
      unread += report.unread.length;
      warnings += report.warnings.length;
      if (report.status === 'failed') {
        failed += 1;
        if (failed <= 3) log(`  ${doc.fileName} failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
      }
      if (documents % 250 === 0) log(`  ${documents}/${province.plan.organizations} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const importSeconds = (performance.now() - started) / 1000;
    await pool.close();
    const importPeak = sampler.stop();
    const importStatements = db.statementCount() - statementsBefore;
    await db.script.exec('ANALYZE');
    const counted = await db.script.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM source_document)::int AS documents, (SELECT count(*) FROM organization)::int AS organizations,
              (SELECT count(*) FROM project_evaluation)::int AS projects, (SELECT count(*) FROM indicator)::int AS indicators,
              (SELECT count(*) FROM indicator WHERE project_id IS NOT NULL)::int AS "projectIndicators",
              (SELECT count(*) FROM department_evaluation)::int AS "departmentEvaluations",
              (SELECT count(*) FROM summary_row)::int AS "summaryRows", (SELECT count(*) FROM discrepancy)::int AS discrepancies,
              (SELECT count(*) FROM project_evaluation WHERE discrepancy_count > 0)::int AS "projectsWithDiscrepancies"`,
    );
    let databaseMiB: number | null = null;
    if (engine === 'postgresql') {
      const [size] = await db.script.query<{ mib: number }>('SELECT (pg_database_size(current_database()) / 1048576)::int AS mib');
      databaseMiB = size?.mib ?? null;
    } else if (dataDir) databaseMiB = dirMiB(dataDir);
    log(
      `  imported in ${importSeconds.toFixed(1)} s (${(documents / importSeconds).toFixed(1)} docs/s, ${Math.round(indicators / importSeconds)} indicator rows/s), ` +
        `${failed} failed, ${unread} unread lines; ${pool.threads} reading thread(s), the writer waited ${(waitedForReading / 1000).toFixed(1)} s for readings, ` +
        `${importStatements} statements, peak RSS ${Math.round(importPeak)} MiB`,
    );
    const importFigures = {
      documents,
      failed,
      unreadLines: unread,
      warnings,
      seconds: Math.round(importSeconds * 10) / 10,
      documentsPerSecond: Math.round((documents / importSeconds) * 10) / 10,
      indicatorRowsPerSecond: Math.round(indicators / importSeconds),
      readingThreads: pool.threads,
      writerWaitedForReadingSeconds: Math.round(waitedForReading / 100) / 10,
      statements: importStatements,
      peakRssMiB: Math.round(importPeak),
      rows: counted[0] ?? {},
      databaseMiB,
    };
    /** The configuration's figures: the import's, and the operations measured serving it. */
    const figures = (operations: OperationResult[], serverPeakRssMiB: number): ConfigResult => ({
      engine,
      scale,
      seed: s.seed,
      year: province.year,
      databaseVersion: version?.version ?? '',
      plan: {
        cities: province.regions.filter((r) => r.level === 'CITY').length,
        counties: province.regions.filter((r) => r.level === 'COUNTY').length,
        organizations: province.plan.organizations,
        projects: province.plan.projects,
      },
      import: importFigures,
      serverPeakRssMiB: Math.round(serverPeakRssMiB),
      operations,
      seconds: Math.round((performance.now() - configStarted) / 1000),
    });
    if (s.importOnly) {
      process.stdout.write(`${JSON.stringify({ engine, scale, import: importFigures })}\n`);
      return figures([], 0);
    }

    // Serve it: Jixiao without its response cache (the measurements repeat one request), one with
    // it for the repeated requests, and the peer on PostgreSQL.
    const app = await createApp({ db, logger: pino({ level: 'silent' }), production: true, http: { responseCache: false, rateLimitPerMinute: 0, ...s.http } });
    const { port } = await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    const cachedApp = await createApp({ db, logger: pino({ level: 'silent' }), production: true, http: { rateLimitPerMinute: 0, ...s.http } });
    const cachedUrl = `http://127.0.0.1:${(await cachedApp.listen(0, '127.0.0.1')).port}`;
    const peer = engine === 'postgresql' ? await startPeer(db, s.pgUrl) : null;
    const serving = new RssSampler();
    const targets: BenchTargets = targetsOf(province);
    const results: OperationResult[] = [];
    const post = (base: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    try {
      for (const op of operations(targets)) {
        const body = JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name });
        const statements = new Set<number>();
        let bytes = 0;
        const call = async () => {
          const before = db.statementCount();
          const response = await post(url, body);
          const text = await response.text();
          statements.add(db.statementCount() - before);
          bytes = text.length;
          if (!response.ok || text.includes('"errors"')) throw new Error(`${op.name}: ${response.status} ${text.slice(0, 400)}`);
        };
        const peerOp = peerOperation(op.key, targets);
        const peerBody = JSON.stringify({ query: peerOp.query, variables: peerOp.variables });
        let peerBytes: number | null = null;
        const callPeer = async () => {
          const response = await post(peer!.url, peerBody);
          const text = await response.text();
          peerBytes = text.length;
          const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
          if (!response.ok || answer.errors) throw new Error(`peer ${op.name}: ${response.status} ${text.slice(0, 400)}`);
          peerOp.finish(answer.data);
        };
        const timing = { warmup: 3, seconds: s.latencySeconds, min: 20, max: 300 };
        const [api, peerLatency] = peer ? await timedPair(call, callPeer, timing) : [await timed(call, timing), null];
        const bound = lowerBound(op.key, targets);
        const sql = await timed(() => runLowerBound(db, bound), { warmup: 3, seconds: s.sqlSeconds, min: 20, max: 300 });
        let naiveStatements: number | null = null;
        const naive =
          scale > s.naiveMaxScale
            ? null
            : await timed(
                async () => {
                  const before = db.statementCount();
                  await runNaive(db.prisma, op.key, targets);
                  naiveStatements = db.statementCount() - before;
                },
                { warmup: 1, seconds: s.naiveSeconds, min: 3, max: 100 },
              );
        // Repeated: from the response cache, and revalidated with the ETag.
        const first = await post(cachedUrl, body);
        const etag = first.headers.get('etag');
        await first.text();
        if (!etag) throw new Error(`${op.name}: no ETag`);
        const repeat = { warmup: 3, seconds: 1, min: 20, max: 300 };
        const cached = await timed(async () => (await post(cachedUrl, body)).text(), repeat);
        const notModified = await timed(async () => {
          const response = await post(url, body, { 'if-none-match': etag });
          await response.text();
          if (response.status !== 304) throw new Error(`${op.name}: If-None-Match answered ${response.status}`);
        }, repeat);
        const load: LoadResult[] = [];
        const peerLoad: LoadResult[] = [];
        if (s.loadOperations.includes(op.key)) {
          for (const c of [10, 50]) {
            load.push(await loadTest(url, body, c, s.loadSeconds));
            await quiet(db);
            if (peer) {
              peerLoad.push(await loadTest(peer.url, peerBody, c, s.loadSeconds));
              await databaseQuiet(db);
            }
          }
        }
        results.push({
          key: op.key,
          name: op.name,
          source: op.source,
          describe: op.describe,
          variables: op.variables,
          responseBytes: bytes,
          apiStatements: [...statements].sort((a, b) => a - b),
          naiveStatements,
          api,
          sql,
          naive,
          load,
          peer: peerLatency,
          peerResponseBytes: peerBytes,
          peerLoad,
          cached,
          notModified,
        });
        log(
          `  ${op.name}: ${[...statements].join('/')} statements, p50 ${api.p50} ms p95 ${api.p95} ms; peer p50 ${peerLatency?.p50 ?? '—'} ms; SQL p50 ${sql.p50} ms; naive p50 ${naive?.p50 ?? '—'} ms (${naiveStatements} statements); cached ${cached.p50} ms, 304 ${notModified.p50} ms` +
            load.map((l, i) => `; c${l.connections} ${l.rps} req/s p99 ${l.p99} ms (peer ${peerLoad[i]?.rps ?? '—'} req/s p99 ${peerLoad[i]?.p99 ?? '—'} ms)`).join(''),
        );
      }
    } finally {
      await app.close();
      await cachedApp.close();
      await peer?.close();
    }
    return figures(results, serving.stop());
  } finally {
    await db.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The peer's versions as installed. */
function peerVersions(): string {
  const version = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(PEER_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  try {
    return `PostGraphile ${version('postgraphile')} (Amber preset) + @graphile/pg-aggregates ${version('@graphile/pg-aggregates')}`;
  } catch {
    return 'not installed';
  }
}

const FULL = ['pglite:0.01', 'pglite:0.1', 'postgresql:0.1', 'postgresql:1'];
const QUICK = ['pglite:0.01', 'postgresql:0.01'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      configs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'latency-seconds': { type: 'string' },
      'naive-seconds': { type: 'string' },
      'naive-max-scale': { type: 'string' },
      'request-timeout-ms': { type: 'string' },
      'load-seconds': { type: 'string' },
      'load-ops': { type: 'string' },
      'import-only': { type: 'boolean' },
      'reading-threads': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const configs = (values.configs?.split(',') ?? (quick ? QUICK : FULL)).map((c) => {
    const [engine, scale] = c.split(':');
    if ((engine !== 'pglite' && engine !== 'postgresql') || !(Number(scale) > 0)) throw new Error(`bad config ${c}: engine:scale`);
    return { engine: engine as 'pglite' | 'postgresql', scale: Number(scale) };
  });
  const settings: Settings = {
    seed: Number(values.seed),
    latencySeconds: Number(values['latency-seconds'] ?? (quick ? 2 : 6)),
    sqlSeconds: Number(values['latency-seconds'] ?? (quick ? 2 : 6)) / 2,
    naiveSeconds: Number(values['naive-seconds'] ?? (quick ? 2 : 6)),
    naiveMaxScale: Number(values['naive-max-scale'] ?? 1),
    http: values['request-timeout-ms'] ? { requestTimeoutMs: Number(values['request-timeout-ms']) } : {},
    loadSeconds: Number(values['load-seconds'] ?? (quick ? 2 : 10)),
    loadOperations: (values['load-ops']?.split(',') ??
      ['hierarchy', 'regionRollup', 'compareRegions', 'regionProjects', 'departmentEvaluations', 'compareIndicator', 'dashboard']) as OperationKey[],
    importOnly: values['import-only'] ?? false,
    readingThreads: values['reading-threads'] ? Number(values['reading-threads']) : defaultReadingThreads(),
    pgUrl: process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/jixiao_bench',
  };
  const outDir = path.resolve(values.out ?? BENCH_DIR);
  const started = new Date();
  const skipped: string[] = [];
  let postgresVersion: string | null = null;
  if (configs.some((c) => c.engine === 'postgresql')) {
    try {
      await postgresUrl(settings.pgUrl);
    } catch (error) {
      skipped.push(`PostgreSQL configurations skipped: ${(error as Error).message} (set BENCH_DATABASE_URL)`);
      log(skipped[skipped.length - 1]!);
    }
  }
  if (configs.some((c) => c.engine === 'postgresql') && skipped.length === 0 && !settings.importOnly) ensurePeerInstalled();
  const results: ConfigResult[] = [];
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  for (const c of configs) {
    if (c.engine === 'postgresql' && skipped.length > 0) continue;
    const r = await runConfig(c.engine, c.scale, settings);
    if (c.engine === 'postgresql') postgresVersion = r.databaseVersion;
    results.push(r);
    if (settings.importOnly) continue;
    // Written after every configuration: a long run (scale 10) that is stopped keeps what it measured.
    writeResults(outDir, started, configs, settings, results, skipped, postgresVersion, loadAverageAtStart);
  }
}

function writeResults(
  outDir: string,
  started: Date,
  configs: { engine: 'pglite' | 'postgresql'; scale: number }[],
  settings: Settings,
  results: ConfigResult[],
  skipped: string[],
  postgresVersion: string | null,
  loadAverageAtStart: number[],
): void {
  const pglite = results.find((r) => r.engine === 'pglite')?.databaseVersion ?? null;
  const cpus = os.cpus();
  const finished = new Date();
  const bench: BenchResults = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    seconds: Math.round((finished.getTime() - started.getTime()) / 1000),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadAverageAtStart,
      postgres: postgresVersion,
      pglite,
    },
    settings: {
      seed: settings.seed,
      configs: configs.map((c) => `${c.engine}:${c.scale}`),
      latencySeconds: settings.latencySeconds,
      naiveSeconds: settings.naiveSeconds,
      loadSeconds: settings.loadSeconds,
      loadOperations: settings.loadOperations,
      peer: configs.some((c) => c.engine === 'postgresql') ? peerVersions() : null,
    },
    configs: results,
    skipped: [
      ...skipped,
      ...configs.slice(skipped.length === 0 ? results.length : configs.length).map((c) => `${c.engine}:${c.scale} not run yet when this was written`),
    ],
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(bench, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'results.md'), writeReport(bench));
  log(`wrote ${path.join(outDir, 'results.md')} and results.json in ${bench.seconds} s`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
