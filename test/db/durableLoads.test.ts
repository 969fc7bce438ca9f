/**
 * A run of loads whose commits do not wait for the disk (importDocument's `durable: false`, as the
 * importer, `npm run generate -- --load` and the bench load a run of documents) and are made
 * durable together by `flushWrites()` before the run reports them: on a PostgreSQL server of the
 * test's own whose WAL writer waits 10 s between rounds (so that a commit not flushed stays in
 * memory), each load's transaction commits asynchronously, and loads flushed survive the server
 * crashing at once after (an immediate shutdown: what is only in memory is lost).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { ensureReferenceData } from '../../src/db/referenceData';
import { importDocument } from '../../src/ingest/load';
import { SEED_DIR, seedFiles } from '../support/database';
import { createCluster, freePort, postgresBinaries, type PostgresCluster } from '../support/postgresCluster';

const binaries = postgresBinaries();

describe.skipIf(!binaries)('loads committed without waiting for the disk, then flushed', () => {
  let cluster: PostgresCluster;
  let db: Database | null = null;

  beforeAll(async () => {
    cluster = await createCluster(await freePort(), { wal_writer_delay: '10000' });
    db = await openDatabase({ url: cluster.url, dataDir: 'memory://' });
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
  });

  afterAll(async () => {
    await db?.close().catch(() => undefined);
    await cluster?.destroy();
  });

  it('commits a load asynchronously only when asked, every other transaction synchronously', async () => {
    const mode = (durable?: boolean) =>
      db!.transaction(
        async (tx) => (await tx.$queryRaw<{ synchronous_commit: string }[]>`SHOW synchronous_commit`)[0]!.synchronous_commit,
        { durable },
      );
    expect(await mode(false)).toBe('off');
    expect(await mode()).toBe('on');
    expect(await mode(true)).toBe('on');
  });

  it('keeps every flushed load when the server crashes right after', async () => {
    const files = seedFiles();
    for (const file of files) {
      const report = await importDocument(db!, file, fs.readFileSync(path.join(SEED_DIR, file)), { durable: false });
      expect(report.status, file).toBe('loaded');
    }
    await db!.flushWrites();
    await db!.close();
    db = null;
    await cluster.crash();
    await cluster.start();
    db = await openDatabase({ url: cluster.url, dataDir: 'memory://' });
    const [row] = await db.reader.$queryRaw<{ documents: number; projects: number }[]>`
      SELECT (SELECT count(*) FROM source_document)::int AS documents, (SELECT count(*) FROM project_evaluation)::int AS projects`;
    expect(row).toEqual({ documents: files.length, projects: 57 });
  });
});
