/**
 * Reads from a streaming replica (DATABASE_REPLICA_URL), on a primary and a replica of the test's
 * own (test/support/postgresCluster.ts: initdb, then pg_basebackup -R): the server migrates and
 * loads the seeds through the primary, answers GraphQL from the replica, goes on answering it while
 * the primary is stopped (so the reads cannot be going to the primary) while an upload then fails
 * with a 503, and once the primary is back an upload is answered only when the replica shows it.
 * Two servers on the same pair share nothing but the databases: the second sees the first's upload.
 * A "replica" that is not one of the primary is refused at start, and the variable is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/api/keys';
import { readConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { syntheticProvince } from '../../src/synthetic';
import { createCluster, createReplica, freePort, postgresBinaries, type PostgresCluster } from '../support/postgresCluster';
import { eventually, startServerProcess, type ServerProcess } from '../support/process';

const binaries = postgresBinaries();
if (!binaries) console.warn('replica.test.ts skipped: no PostgreSQL binaries (initdb, pg_basebackup, pg_ctl) under /usr/lib/postgresql');

const HUBEI = JSON.stringify({ query: '{ region(code: "420000") { rollup(year: 2021) { projectCount } } }' });

async function post(
  url: string,
  body: string,
): Promise<{ status: number; json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as never };
}

async function documents(url: string): Promise<number> {
  const response = await fetch(`${url}/health`);
  const body = (await response.json()) as { documents?: number; replica?: boolean };
  expect(body.replica).toBe(true);
  return body.documents!;
}

async function upload(url: string, key: string, file: string, text: string): Promise<{ status: number; statuses: string[] }> {
  const form = new FormData();
  form.append('file', new Blob([text]), file);
  const response = await fetch(`${url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  const body = (await response.json()) as { reports?: { status: string }[] };
  return { status: response.status, statuses: (body.reports ?? []).map((r) => r.status) };
}

describe('DATABASE_REPLICA_URL in the configuration', () => {
  it('is a postgresql:// URL, and only beside DATABASE_URL', () => {
    const primary = 'postgresql://postgres@db-1:5432/jixiao';
    const replica = 'postgresql://postgres@db-2:5432/jixiao';
    expect(readConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: replica }).DATABASE_REPLICA_URL).toBe(replica);
    expect(readConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: '' }).DATABASE_REPLICA_URL).toBeUndefined();
    expect(() => readConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'db-2:5432', LANG: 'en_US.UTF-8' })).toThrow(
      /DATABASE_REPLICA_URL: must be a postgresql:\/\/ URL/,
    );
    expect(() => readConfig({ DATABASE_REPLICA_URL: replica, LANG: 'en_US.UTF-8' })).toThrow(
      /DATABASE_REPLICA_URL: needs DATABASE_URL too/,
    );
  });
});

describe.skipIf(!binaries)('reads from a streaming replica', () => {
  let primary: PostgresCluster;
  let replica: PostgresCluster;
  let server: ServerProcess;
  let key: string;
  const [first, second] = [...syntheticProvince({ scale: 0.002, seed: 7, year: 2023 }).documents()];

  beforeAll(async () => {
    primary = await createCluster(await freePort());
    replica = await createReplica(primary, await freePort());
    server = await startServerProcess({
      DATABASE_URL: primary.url,
      DATABASE_REPLICA_URL: replica.url,
      NODE_ENV: 'production',
      JIXIAO_RATE_LIMIT: '0',
      JIXIAO_RESPONSE_CACHE: 'false',
    });
    const db = await openDatabase({ url: primary.url, dataDir: '' });
    key = (await createKey(db.prisma, { role: 'ADMIN', name: 'replica test' })).key;
    await db.close();
  });

  afterAll(async () => {
    await server?.stop();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('answers from the replica, also while the primary is down', async () => {
    // The seeds were loaded through the primary at start; the replica shows them once it has replayed them.
    await eventually('the replica showing the seeds', async () => ((await documents(server.url)) === 4 ? true : undefined));
    const before = await post(server.url, HUBEI);
    expect(before.status).toBe(200);
    expect(before.json).toEqual({ data: { region: { rollup: { projectCount: expect.any(Number) } } } });
    expect((before.json.data as { region: { rollup: { projectCount: number } } }).region.rollup.projectCount).toBeGreaterThan(0);

    await primary.stop();
    const during = await post(server.url, HUBEI);
    expect(during).toEqual(before);
    expect(await documents(server.url)).toBe(4);
    // Writes need the primary: the upload is refused as the database being away, and reads go on.
    const refused = await upload(server.url, key, first!.fileName, first!.text);
    expect(refused.status).toBe(503);
    expect(await post(server.url, HUBEI)).toEqual(before);
    expect(server.alive()).toBe(true);
    await primary.start();
  });

  it('answers an upload once the replica shows it, to this server and to another one', async () => {
    const loaded = await eventually('an upload with the primary back', async () => {
      const r = await upload(server.url, key, first!.fileName, first!.text);
      return r.status === 200 ? r : undefined;
    });
    expect(loaded.statuses).toEqual(['loaded']);
    // No waiting: the answer came after the replica had replayed the load.
    expect(await documents(server.url)).toBe(5);

    const other = await startServerProcess({ DATABASE_URL: primary.url, DATABASE_REPLICA_URL: replica.url, JIXIAO_RATE_LIMIT: '0' });
    try {
      expect(await documents(other.url)).toBe(5);
      expect((await upload(other.url, key, second!.fileName, second!.text)).statuses).toEqual(['loaded']);
      expect(await documents(server.url)).toBe(6);
    } finally {
      await other.stop();
    }
  });

  it('refuses a replica of another server at start, naming the variable', async () => {
    const stranger = await createCluster(await freePort());
    try {
      await expect(
        startServerProcess({
          DATABASE_URL: primary.url,
          DATABASE_REPLICA_URL: stranger.url,
          JIXIAO_LOAD_SEEDS: 'false',
        }),
      ).rejects.toThrow(/DATABASE_REPLICA_URL .* is not a replica/);
    } finally {
      await stranger.destroy();
    }
  });
});
