/**
 * One PostgreSQL database per test file, so that files run in parallel (vitest's setupFiles: this
 * runs in each file's context before the file is imported). When DATABASE_URL names a server, a
 * database of its own is created for the file and DATABASE_URL is pointed at it for everything the
 * file runs — child processes included — and dropped after it. On the embedded PGlite every test
 * opens an in-memory database of its own already, and nothing is done.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { fileDatabasePrefix } from './globalSetup';

/** The server URL CI gave, kept apart: a worker runs several files, each repoints DATABASE_URL. */
const server = (process.env.JIXIAO_TEST_SERVER_URL ??= process.env.DATABASE_URL ?? '');

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (server) {
  const name = `${fileDatabasePrefix(server)}${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    process.env.DATABASE_URL = server;
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
