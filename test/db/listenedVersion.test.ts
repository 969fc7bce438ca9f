/**
 * The data version kept from PostgreSQL's notifications (src/db/listenedVersion.ts), on a cluster
 * of the test's own: while listening it answers without reading, sees another connection's load
 * when its notification arrives, reads after this process's own write (a bump that announces
 * nothing is still seen at once), reads while its connection is lost and listens again by itself.
 * Through openDatabase: a load by one process is seen by another, and at once by itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { bumpDataVersion, READ_DATA_VERSION } from '../../src/db/dataVersion';
import { DATA_VERSION_LISTENER, listenForDataVersion } from '../../src/db/listenedVersion';
import { migrate } from '../../src/db/migrate';
import { ensureReferenceData } from '../../src/db/referenceData';
import { importDocument } from '../../src/ingest/load';
import { createCluster, freePort, postgresBinaries, type PostgresCluster } from '../support/postgresCluster';
import { eventually } from '../support/process';
import { SEED_DIR, seedFiles } from '../support/seedFiles';

const binaries = postgresBinaries();
if (!binaries) console.warn('listenedVersion.test.ts skipped: no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql');

describe.skipIf(!binaries)('the data version from notifications', () => {
  let cluster: PostgresCluster;
  let db: Database;
  let other: Database;

  beforeAll(async () => {
    cluster = await createCluster(await freePort());
    db = await openDatabase({ url: cluster.url, dataDir: '' });
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    other = await openDatabase({ url: cluster.url, dataDir: '' });
  });

  afterAll(async () => {
    await db?.close();
    await other?.close();
    await cluster?.destroy();
  });

  const versionInTable = async () => (await db.script.query<{ version: string }>(READ_DATA_VERSION))[0]!.version;
  /** A bump that announces nothing: only a read can see it. */
  const silentBump = () => db.script.exec('UPDATE data_version SET version = version + 1 WHERE id = 1');

  it('answers from memory while listening, and follows the loads announced', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return versionInTable();
    };
    const listened = listenForDataVersion(
      () => new pg.Client({ connectionString: cluster.url, application_name: 'test listener' }),
      read,
      50,
    );
    try {
      await eventually('listening', async () => (listened.listening() ? true : undefined));
      const before = await versionInTable();
      expect(await listened.current()).toBe(before);
      expect(await listened.current()).toBe(before);
      expect(reads).toBe(0);

      // Another connection's load, announced at its commit.
      await other.transaction((tx) => bumpDataVersion(tx));
      const bumped = await versionInTable();
      expect(BigInt(bumped)).toBe(BigInt(before) + 1n);
      await eventually('the announced version', async () => ((await listened.current()) === bumped ? true : undefined), 100, 20);
      expect(reads).toBe(0);

      // This process's own write is read at once, announced or not.
      await silentBump();
      listened.wrote();
      const own = await versionInTable();
      expect(await listened.current()).toBe(own);
      expect(reads).toBe(1);
      // …and from memory again after that read.
      expect(await listened.current()).toBe(own);
      expect(reads).toBe(1);

      // The listening connection lost: read, then listening again by itself.
      await db.script.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'test listener'`);
      await eventually('not listening', async () => (listened.listening() ? undefined : true), 100, 10);
      await silentBump();
      const whileLost = await versionInTable();
      expect(await listened.current()).toBe(whileLost);
      expect(reads).toBeGreaterThan(1);
      await eventually('listening again', async () => (listened.listening() ? true : undefined));
      const readsThen = reads;
      expect(await listened.current()).toBe(whileLost);
      expect(reads).toBe(readsThen);
    } finally {
      await listened.close();
    }
  });

  it('through openDatabase: a load is seen at once by its process, and by another when announced', async () => {
    const listener = async (d: Database) =>
      (
        await d.script.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [
          DATA_VERSION_LISTENER,
        ])
      )[0]!.n;
    await eventually('both listening', async () => ((await listener(db)) === 2 ? true : undefined));
    const before = await other.dataVersion();
    const file = seedFiles()[0]!;
    const report = await importDocument(db, file, fs.readFileSync(path.join(SEED_DIR, file)));
    expect(report.status).toBe('loaded');
    const after = await versionInTable();
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
    expect(await db.dataVersion()).toBe(after);
    await eventually('the other process sees it', async () => ((await other.dataVersion()) === after ? true : undefined), 100, 20);
  });
});
