/**
 * The database going away under a running server and a running import, on a PostgreSQL server of
 * the test's own (a throw-away cluster on its own port, test/support/postgresCluster.ts — never the
 * shared server): stopped, started and restarted while requests are served and while 150 synthetic
 * documents load. The server process stays up, answers 503 with a JSON error while the database
 * is down (and /health says so, naming no host), and serves again by itself once it is back; every
 * document ends whole (its rows are those its report counts) or absent, and the importer says which:
 * across restarts all 150 load (exit 0); when the database goes away for good, the importer exits 1
 * listing what was loaded and what was not.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/ingest/load';
import { syntheticProvince } from '../../src/synthetic';
import { createCluster, freePort, postgresBinaries, type PostgresCluster } from '../support/postgresCluster';
import { commandArgs, eventually, startServerProcess, type ServerProcess } from '../support/process';

const binaries = postgresBinaries();
if (!binaries) console.warn('faults.test.ts skipped: no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql');

const QUERY = JSON.stringify({ query: '{ regions(level: CITY) { code name } }' });

async function graphql(url: string): Promise<{
  status: number;
  body: { data?: { regions: unknown[] }; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as never, text };
}

describe.skipIf(!binaries)('PostgreSQL restarting, failing over, dropping connections', () => {
  let cluster: PostgresCluster;
  let server: ServerProcess;
  const folders: string[] = [];

  beforeAll(async () => {
    cluster = await createCluster(await freePort());
    server = await startServerProcess({ DATABASE_URL: cluster.url, NODE_ENV: 'production', JIXIAO_RATE_LIMIT: '0', LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves, answers 503 while the database is down, and recovers by itself', async () => {
    const before = await graphql(server.url);
    expect(before.status).toBe(200);
    expect(before.body.data!.regions.length).toBeGreaterThan(0);

    await cluster.stop();
    const down = await eventually('a 503 while the database is down', async () => {
      const r = await graphql(server.url);
      return r.status === 503 ? r : undefined;
    });
    expect(down.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'postgresql' });
    // Nothing about where the database is.
    for (const leak of [String(cluster.port), '127.0.0.1', 'postgres://', 'postgresql://', 'ECONNREFUSED'])
      expect(down.text).not.toContain(leak);
    expect(server.alive()).toBe(true);

    await cluster.start();
    const back = await eventually('serving again once the database is back', async () => {
      const r = await graphql(server.url);
      return r.status === 200 ? r : undefined;
    });
    expect(back.body).toEqual(before.body);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(server.alive()).toBe(true);
  });

  it('survives a restart with requests in flight: each answers with data or a 503 JSON error', async () => {
    const inFlight = Array.from({ length: 30 }, () => graphql(server.url).catch((error: Error) => error));
    await cluster.restart();
    const answers = await Promise.all(inFlight);
    for (const a of answers) {
      expect(a).not.toBeInstanceOf(Error);
      const r = a as Awaited<ReturnType<typeof graphql>>;
      if (r.status === 200) expect(r.body.data!.regions.length).toBeGreaterThan(0);
      else expect([r.status, r.body.errors![0]!.extensions!.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    }
    await eventually('serving after the restart', async () => ((await graphql(server.url)).status === 200 ? true : undefined));
    expect(server.alive()).toBe(true);
  });

  /** Runs a connection of the test's own against the cluster. */
  async function sql<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: cluster.url });
    c.on('error', () => undefined);
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  /** 150 synthetic documents (`npm run generate -- --scale 0.05`) with a file-name prefix. */
  function writeDocuments(prefix: string, seed: number): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-faults-docs-'));
    folders.push(dir);
    const files: string[] = [];
    for (const doc of syntheticProvince({ scale: 0.05, seed, year: 2022 }).documents()) {
      const file = path.join(dir, `${prefix}${doc.fileName}`);
      fs.writeFileSync(file, doc.text);
      files.push(file);
    }
    return files;
  }

  /** `jixiao-import --json FILES` against the cluster: its exit code and reports, once it is done. */
  function runImporter(files: string[]): Promise<{ code: number | null; reports: ImportReport[] }> {
    const importer = spawn(process.execPath, [...commandArgs('src/cli/import.ts'), '--json', ...files], {
      env: { ...process.env, DATABASE_URL: cluster.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    importer.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    importer.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    // A failed expectation rejects (thrown in the event handler it would leave the test waiting).
    return new Promise((resolve, reject) => {
      importer.once('error', reject);
      importer.once('close', (code) => {
        try {
          expect(stdout, `importer output (exit ${code}):\n${stderr}`).toMatch(/^\[/);
          resolve({ code, reports: JSON.parse(stdout) as ImportReport[] });
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  const loadedWith = (prefix: string) =>
    sql(
      async (c) =>
        (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM source_document WHERE file_name LIKE $1', [`${prefix}%`])).rows[0]!.n,
    );

  /** Every document the report calls loaded holds the rows it counts; every failed one is absent. Returns the stored count. */
  async function checkWholeOrAbsent(prefix: string, files: string[], code: number | null, reports: ImportReport[]): Promise<number> {
    expect(reports.map((r) => r.fileName).sort()).toEqual(files.map((f) => path.basename(f)).sort());
    const failed = reports.filter((r) => r.status === 'failed');
    expect(code).toBe(failed.length > 0 ? 1 : 0);
    const stored = await sql(async (c) => {
      const { rows } = await c.query<{
        file_name: string;
        projects: number;
        indicators: number;
        summary_rows: number;
        discrepancies: number;
        department_evaluations: number;
      }>(
        `SELECT d.file_name,
          (SELECT count(*)::int FROM project_evaluation p WHERE p.document_id = d.id) AS projects,
          (SELECT count(*)::int FROM indicator i LEFT JOIN project_evaluation p ON p.id = i.project_id
             LEFT JOIN department_evaluation e ON e.id = i.department_evaluation_id
             WHERE p.document_id = d.id OR e.document_id = d.id) AS indicators,
          (SELECT count(*)::int FROM summary_row r JOIN summary_table t ON t.id = r.table_id WHERE t.document_id = d.id) AS summary_rows,
          (SELECT count(*)::int FROM discrepancy x WHERE x.document_id = d.id) AS discrepancies,
          (SELECT count(*)::int FROM department_evaluation e WHERE e.document_id = d.id) AS department_evaluations
        FROM source_document d WHERE d.file_name LIKE $1`,
        [`${prefix}%`],
      );
      return new Map(rows.map((r) => [r.file_name, r]));
    });
    for (const report of reports) {
      const row = stored.get(report.fileName);
      if (report.status === 'failed') {
        expect(row, `${report.fileName} failed but is stored`).toBeUndefined();
        expect(report.errors[0]!.message).toMatch(/database is unavailable/);
      } else {
        // The outage run loads the same organizations' evaluations again: each replaces the earlier version.
        expect(['loaded', 'replaced'], report.fileName).toContain(report.status);
        expect(row, `${report.fileName} loaded but absent`).toBeDefined();
        expect({
          projects: row!.projects,
          indicators: row!.indicators,
          summaryRows: row!.summary_rows,
          discrepancies: row!.discrepancies,
          departmentEvaluations: row!.department_evaluations,
        }).toEqual({
          projects: report.counts.projects,
          indicators: report.counts.indicators,
          summaryRows: report.counts.summaryRows,
          discrepancies: report.counts.discrepancies,
          departmentEvaluations: report.counts.departmentEvaluations,
        });
      }
    }
    return stored.size;
  }

  it('an import across restarts leaves every document whole, and says so', async () => {
    const files = writeDocuments('restarts_', 7);
    expect(files.length).toBe(150);
    const run = runImporter(files);
    // Restart the database twice while the import runs: once 10 documents are in, once 60 are.
    const loadedAtRestart: number[] = [];
    for (const threshold of [10, 60]) {
      loadedAtRestart.push(
        await eventually(
          `${threshold} documents loaded`,
          async () => {
            const n = await loadedWith('restarts_');
            return n >= threshold ? n : undefined;
          },
          2_400,
        ),
      );
      await cluster.restart();
    }
    // The database did go away while documents were still loading.
    expect(loadedAtRestart[0]).toBeLessThan(150);
    const { code, reports } = await run;
    // Restarts of a second or two are ridden out by the retries: nothing is lost.
    expect(await checkWholeOrAbsent('restarts_', files, code, reports)).toBe(150);
    expect(reports.filter((r) => r.status === 'failed')).toEqual([]);
    expect(code).toBe(0);
  });

  it('an import whose database goes away for good fails loudly: each document whole or absent, the report says which', async () => {
    const files = writeDocuments('outage_', 8);
    const run = runImporter(files);
    await eventually('10 documents loaded', async () => ((await loadedWith('outage_')) >= 10 ? true : undefined), 2_400);
    await cluster.stop();
    const { code, reports } = await run;
    await cluster.start();
    const stored = await checkWholeOrAbsent('outage_', files, code, reports);
    expect(code).toBe(1);
    expect(stored).toBeGreaterThanOrEqual(10);
    expect(stored).toBeLessThan(150);
    expect(reports.filter((r) => r.status === 'loaded' || r.status === 'replaced').length).toBe(stored);
  });

  it('the server lived through all of it', () => {
    expect(server.alive()).toBe(true);
    expect(server.output.join('')).not.toMatch(/"level":60|uncaught/i);
  });
});
